import Foundation
import Panel
import Testing

@testable import Shell

/// Issue 15: under `--lang vi` a reader sees Vietnamese. A broad corpus of commands (every verb,
/// charts, errors, `check` on bad input) runs in Vietnamese and no English word may appear
/// outside a short allow-list: what a user types (commands, options, their values), names of
/// indices and methods, and what the data itself holds (unit names, metric codes, file paths,
/// the sources' URLs).
@Suite("Vietnamese output carries no English")
struct VietnameseCorpusTests {
    static let analyses = "Tests/ShellTests/Fixtures/analyses"

    static let commands: [[String]] =
        [
            ["info"], ["check"], ["metrics"], ["units", "--level", "province"],
            ["rank", "par_index", "--period", "2024", "--vs", "2023", "--level", "province"],
            ["rank", "par_index", "--period", "2024", "--vs", "2022", "--level", "department", "--parent", "Hòa Bình"],
            ["compare", "par_index", "--from", "2023", "--to", "2024", "--level", "province"],
            ["compare", "on_time_rate", "--from", "2022", "--to", "2023", "--data", "\(analyses)/rates.csv"],
            ["trend", "pci", "--unit", "Đồng Nai"], ["trend", "par_index", "--all", "--level", "province"],
            ["trend", "par_index", "--unit", "Hà Nội", "--chart"],
            [
                "target", "online_filing_rate", "--unit", "Tháp Mười", "--value", "90", "--by", "2025", "--data",
                "datasets/seed_figures.csv",
            ],
            ["summary", "par_index", "--period", "2024", "--level", "province"],
            ["correlate", "par_index", "sipas", "--period", "2023", "--level", "province"],
            ["chart", "heat", "par_index", "--level", "province", "--top", "5"],
            ["chart", "bar", "par_index", "--period", "2024", "--level", "province", "--top", "5"],
            ["chart", "bump", "par_index", "--from", "2022", "--to", "2024", "--level", "province", "--top", "5"],
            ["chart", "dots", "on_time_rate", "--period", "2023", "--data", "\(analyses)/rates.csv", "--target", "97"],
            ["check", "--data", "Tests/PanelTests/Fixtures"], ["info", "--data", "Tests/PanelTests/Fixtures"],
            ["check", "--data", "Tests/ShellTests/Fixtures/reports/broken.csv"],
            ["rank", "nosuch", "--period", "2024"], ["rank", "par_index", "--period", "2099"],
            ["trend", "par_index", "--unit", "Nowhere"], ["compare", "par_index", "--from", "2024", "--to", "2023"],
            ["info", "--data", "no/such/folder"], ["run", "notebooks-cli/annual-review-vi.md", "--format", "text"],
            ["run", "notebooks-cli/district-review-vi.md", "--format", "text"],
            ["run", "notebooks-cli/data-quality-vi.md", "--format", "text"],
            // Workbooks: refused without -o (no byte stream here); a chart has none.
            ["rank", "par_index", "--period", "2024", "--format", "xlsx"],
            ["run", "notebooks-cli/annual-review-vi.md", "--format", "xlsx"],
            ["chart", "bar", "par_index", "--period", "2024", "--format", "xlsx"],
            ["dossiers", "summarise", "Tests/PanelTests/Fixtures/dossiers/forms.csv"],
            [
                "dossiers", "summarise", "datasets/synthetic/dam_rong_2022_h1_dossiers.csv", "--by", "unit", "--format",
                "table",
            ],
            ["dossiers", "summarise", "datasets/seed_figures.csv"],
            ["check", "--data", "Tests/PanelTests/Fixtures/dossiers/random_bad.csv"],
            [
                "rank", "on_time_rate_766", "--period", "2022-Q2", "--data",
                "datasets/synthetic/dam_rong_2022_h1_dossiers.csv",
            ],
        ] + crossBreak

    /// Issue 17: comparisons across the 2025 reorganisation and `check` of units across it.
    static let crossBreak: [[String]] = {
        let folder = "Tests/ShellTests/Fixtures/crosswalk"
        let provinces = ["--data", "datasets/province_merger_2025.csv", "--data", "\(folder)/provinces_synthetic.csv"]
        let communes = [
            "--data", "\(folder)/commune_crosswalk_synthetic.csv", "--data", "\(folder)/communes_synthetic.csv",
        ]
        let mixed = ["--from", "2024", "--to", "2025-H2", "--allow-mixed-periods"]
        return [
            ["compare", "par_index_rank", "--from", "2024", "--to", "2025"] + provinces,
            ["rank", "par_index", "--period", "2025", "--vs", "2024"] + provinces,
            ["compare", "online_filing_rate", "--basis", "new"] + mixed + provinces,
            ["compare", "par_index", "--from", "2024", "--to", "2025", "--basis", "both"] + provinces,
            [
                "compare", "par_index", "--from", "2024", "--to", "2025", "--basis", "new", "--weight",
                "dossiers_received",
            ]
                + provinces,
            ["compare", "on_time_rate"] + mixed + communes,
            ["compare", "on_time_rate", "--basis", "old"] + mixed + communes,
            ["trend", "par_index", "--unit", "Đồng Nai"] + provinces,
            ["trend", "online_filing_rate", "--unit", "Đồng Nai", "--basis", "new"] + provinces,
            ["trend", "par_index", "--unit", "Đồng Nai", "--basis", "mới"] + provinces,
            ["compare", "par_index", "--from", "2024", "--to", "2025", "--unit", "Bình Phước"] + provinces,
            ["trend", "par_index", "--unit", "Hà Giang"] + provinces,
            ["chart", "bump", "par_index", "--from", "2024", "--to", "2025"] + provinces,
            ["check"] + provinces + communes + ["--data", "\(folder)/mixed_synthetic.csv"],
            ["check", "--data", "\(folder)/bad_crosswalk_synthetic.csv"],
            ["run", "notebooks-cli/across-the-merger-vi.md", "--format", "text"],
        ]
    }()

    /// Words that are not English prose: index and method names, abbreviations, what a user
    /// types (format names, levels and kinds as data files write them).
    static let allowed: Set<String> = [
        "parlens", "csv", "tsv", "json", "html", "markdown", "md", "utf", "bom", "nul", "na", "id", "vi", "en",
        "par", "index", "sipas", "papi", "pci", "ddci", "ols", "ktc", "kdb", "qs", "mad", "ubnd", "qđ", "kendall",
        "spearman", "pearson", "wilcoxon", "mann", "sen", "holm", "newcombe", "wilson", "rho", "tau", "df", "gsl",
        "fifo", "socket", "mb", "unit", "period", "metric", "value", "level", "parent", "tier", "numerator",
        "denominator", "rank", "rank_of", "source", "note", "name_vi", "name_en", "kind", "better", "min", "max",
        "province", "district", "commune", "department", "ministry", "region", "national", "higher", "lower",
        "none", "comma", "point", "percent", "points", "count", "category", "old_province", "new_province",
        "limit", "table", "text", "box", "ascii", "tcvn", "vni", "windows", "xlsx", "mk", "htnv", "httnv",
        "htxsnv", "datasets", "info", "check", "metrics", "units", "periods", "rank", "compare", "trend", "target",
        "summary", "correlate", "chart", "run", "load", "set", "show", "help", "dots", "bar", "heat", "bump",
        "line", "vcci", "year", "synthetic", "excel", "libreoffice", "xls", "ods", "file", "info", "protect",
        "workbook", "encrypt", "with", "password", "dossiers", "summarise",
        // The help: session commands and settings a user types, keys, environment variables, a
        // library named as the source of a convention.
        "repl", "quit", "exit", "history", "settings", "unload", "lang", "locale", "width", "decimal", "format",
        "tab", "ctrl", "numpy", "previous",
        // The values of `--basis` a user types.
        "new", "old", "both",
    ]

    /// Vietnamese syllables written without diacritics (and the parts of unit names).
    static let vietnameseSyllables: Set<String> = [
        "an", "ba", "ban", "bao", "binh", "ca", "cach", "cai", "cao", "chi", "chinh", "cho", "co", "cua", "da",
        "dan", "doanh", "du", "gia", "giang", "giao", "ghi", "hai", "hay", "hoa", "hoi", "hop", "khi", "khoa", "khu",
        "kinh", "kon", "la", "lai", "lam", "lao", "long", "mau", "minh", "nam", "nang", "nguy", "nhau", "ninh",
        "qua", "quan", "quang", "sai", "sau", "so", "tam", "te", "thanh", "thao", "thay", "theo", "thu", "tin",
        "tong", "tra", "tranh", "tre", "trong", "trung", "tum", "van", "ve", "vinh", "vung", "xa", "xep", "xu",
        "tan", "tay", "bac", "tien", "hau", "cam", "phong", "hue", "cau", "go", "hoan", "bai", "cat", "son", "tan",
        "ho", "sen", "den", "di", "ma", "phu", "vang", "xem", "danh", "ngang", "nai", "khe", "giai",
        "thang", "quy", "dung", "xanh", "quanh", "trang", "con", "tham", "coi", "ra", "khung", "gian", "lau", "chia",
        "nay", "mang",
    ]

    /// The output with what the data and the command line put there taken out: URLs, paths,
    /// options, `code spans`, codes in brackets, identifiers with `_` or `-`, metric ids.
    static func prose(_ text: String) -> String {
        var s = text
        for pattern in [
            #"https?://\S+"#, #"`[^`]*`"#, #"\[[a-z0-9-]+\]"#, #"--[a-z-]+"#, #"\S*[/\\]\S*"#,
            #"\S+\.(csv|tsv|md|html)\b"#,
            #"\b\w+(_\w+)+\b"#, #"\b[a-z]+(-[a-z0-9]+)+\b"#, #"'[^'\n]*'"#,
        ] {
            s = s.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        for code in DiagnosticCode.allCases {
            s = s.replacingOccurrences(of: "\\b\(code.rawValue)\\b", with: " ", options: .regularExpression)
        }
        for id in MetricCatalog.builtIn.ids { s = s.replacingOccurrences(of: id, with: " ") }
        return s
    }

    /// The ASCII words of `text` that are neither allowed nor Vietnamese.
    static func englishWords(_ text: String) -> [String] {
        let words = prose(text).split { !($0.isLetter) }.map(String.init)
        return words.filter { w in
            let lower = w.lowercased()
            return w.count >= 2 && w.allSatisfy(\.isASCII) && !allowed.contains(lower)
                && !vietnameseSyllables.contains(lower)
        }
    }

    @Test func theFilterFindsEnglish() {
        #expect(Self.englishWords("Thay đổi tính bằng điểm %. 2 provinces improved") == ["provinces", "improved"])
        #expect(
            Self.englishWords("xem `parlens check --format json` tại https://x.vn/a-b và dossiers_received").isEmpty)
    }

    /// Every command's help (and the overview) under `--lang vi`, as `help VERB` and `VERB --help`.
    @Test(arguments: [""] + Parlens.commandNames)
    func aCommandsHelpSpeaksVietnamese(_ verb: String) {
        for args in verb.isEmpty ? [["--help"]] : [["help", verb], [verb, "--help"]] {
            let r = run(args + ["--lang", "vi"], cwd: root)
            #expect(r.code == 0 && !r.out.isEmpty, "\(args)")
            let words = Self.englishWords(r.out)
            #expect(words.isEmpty, "\(args.joined(separator: " ")): \(Array(Set(words)).sorted())")
        }
    }

    /// ArgumentParser's errors, one of each shape, under `--lang vi`.
    @Test(arguments: VietnameseHelpTests.errors.map(\.args) + [["nosuch"], ["help", "help"]])
    func aParserErrorSpeaksVietnamese(_ args: [String]) {
        let r = run(args, cwd: root, env: ["PARLENS_LANG": "vi"])
        let words = Self.englishWords(r.out + "\n" + r.err)
        #expect(words.isEmpty, "\(args.joined(separator: " ")): \(Array(Set(words)).sorted())")
    }

    @Test(arguments: commands)
    func aCommandSpeaksVietnamese(_ args: [String]) {
        // Wide enough that no URL or path is wrapped into pieces; `metrics` and `units` print lists.
        let wide = ["metrics", "units", "run"].contains(args[0]) ? [] : ["--width", "400"]
        let r = run(args + ["--lang", "vi"] + wide, cwd: root)
        let words = Self.englishWords(r.out + "\n" + r.err)
        #expect(words.isEmpty, "\(args.joined(separator: " ")): \(Array(Set(words)).sorted())")
    }
}
