import Foundation
import PanelTestSupport
import Testing

@testable import Panel

// The loader's fast paths against the code they replace: the flat CSV reader against the
// field-by-field parser, byte-level cell reading against the String functions, the tidy reader
// against the reference tidy reader. Each pair must agree exactly — texts, places, values,
// diagnostics — on tricky inputs and on seeded random ones.

/// SplitMix64: a small seeded generator, so the random cases are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A random string of `pieces` drawn from `alphabet`.
func randomText(_ alphabet: [String], length: ClosedRange<Int>, using g: inout SeededGenerator) -> String {
    let n = Int.random(in: length, using: &g)
    return (0..<n).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &g)] }.joined()
}

@Suite("Fast paths agree with the reference code")
struct FastPathTests {
    // MARK: CSV

    static let trickyCSV: [String] = [
        "", "a", "a,b\n1,2\n", "a,b\r\n1,2\r\n", "a,b\r1,2\r", "a,b,\n", "a,b,", "a,,c\n,,\n", "\n\n  \n\r\n",
        "  a  ,  b  \n x y ,z\n", "\"\"\n", "\"a\"\"b\",c\n", "\"ab\"cd,e\n", "\"ab\"  , c\n", "  \"a b\"  , c \n",
        "a,\"b,c\",\"say \"\"hi\"\"\",\"line1\nline2\",d\n1,2,3,4,5\n", "\"x\r\ny\",z\r\n1,2\r\n",
        "a,b\n1, \"oops\n2,3\n", "\"open", "a;b;c\n1;2,5;3\n", "a\tb\tc\n1\t2\t3\n", "\"x,y,z\";b;c\n1;2;3\n",
        "Tháp Mười,42\nĐồng Tháp,\"7\"\n", "Tha\u{0301}p Mươ\u{0300}i,42\n", "ư,ờ,😀\n", "a,b\n\"q\"\"\" x ,y\n",
        "\u{FEFF}unit,value\nA,1\n", "unit;value\r\nA;99,17\r\n\r\n", "x,\"\"\"\"\n", "\"a\nb\"\"c\"tail  ,d",
    ]

    static func sameDocument(_ text: String, _ bytes: [UInt8]? = nil, delimiter: UInt8? = nil) -> Bool {
        let input = bytes ?? Array(text.utf8)
        let fast = CSVReader.parse(input, file: "t.csv", delimiter: delimiter)
        let reference = ReferenceCSV.parse(input, file: "t.csv", delimiter: delimiter)
        return fast.records == reference.records && fast.delimiter == reference.delimiter
            && fast.hadBOM == reference.hadBOM && fast.diagnostics == reference.diagnostics
    }

    @Test(arguments: trickyCSV)
    func csvTrickyInputs(_ text: String) {
        #expect(Self.sameDocument(text), "\(text.debugDescription)")
        #expect(Self.sameDocument(text, [0xEF, 0xBB, 0xBF] + Array(text.utf8)), "BOM + \(text.debugDescription)")
        #expect(Self.sameDocument(text, delimiter: UInt8(ascii: ";")), "; \(text.debugDescription)")
    }

    @Test func csvRandomInputs() {
        var g = SeededGenerator(seed: 20_240_601)
        let alphabet = [
            "a", "7", ",", ",", ";", "\t", "\"", "\"", " ", " ", "\n", "\r", "\r\n", "ư", "ờ", "\u{0301}", "\u{00A0}",
            "😀",
        ]
        for _ in 0..<3000 {
            let text = randomText(alphabet, length: 0...40, using: &g)
            #expect(Self.sameDocument(text), "\(text.debugDescription)")
        }
    }

    @Test func csvLargeInputsAreCheckedWhileScanned() {
        // Above 1 MB the UTF-8 check runs beside the scan: the same records, or the same error.
        let row = Array("Xã Thử 00001,commune,Huyện Mẫu,2013,par_index,66.18\n".utf8)
        var big = Array("unit,level,parent,period,metric,value\n".utf8)
        while big.count < 1_500_000 { big += row }
        #expect(Self.sameDocument("", big))
        for (offset, bad) in [(700_003, [UInt8(0)]), (1_400_001, [UInt8(0xC3), 0x28]), (big.count - 1, [UInt8(0xE1)])] {
            var broken = big
            broken.replaceSubrange(offset..<(offset + bad.count), with: bad)
            #expect(Self.sameDocument("", broken), "byte \(offset)")
        }
    }

    @Test func csvNotText() {
        for bytes: [UInt8] in [
            [0x61, 0x2C, 0x00], [0x61, 0x0A, 0x62, 0xC3, 0x28], [0x80], [0xED, 0xA0, 0x80],
            Array("a,b\nTháp,".utf8) + [0xE1, 0xBA],
            Array("0123456789abcdef\n0123456789\u{0}".utf8),
            Array(repeating: 0x61, count: 37) + [0xF5, 0x80, 0x80, 0x80],
        ] {
            #expect(Self.sameDocument("", bytes), "\(bytes)")
        }
    }

    // MARK: Numbers

    static let numberAlphabet = [
        "0", "1", "5", "9", ".", ",", "-", "+", "%", " ", "\u{00A0}", "\u{202F}", "e", "\u{2212}", "7", "3", "0",
    ]

    static let trickyNumbers = [
        "", "0", "-0", "-0.00", "+5", "5.", ".5", ".", "-", "--5", "99.17", "99,17", "86,450", "7.554", "7,554",
        "1,234.5",
        "1.234,5", "7.554.000", "1 234", "\u{00A0}85,00", "87,1 %", "88%", "−1,5", "123456789012345",
        "1234567890123456",
        "0.000000000000001", "12345678901234.5", "000000000000000001", "9007199254740993", "1e5", "NaN", "inf", "0x10",
    ]

    @Test func numbersFromBytesAgree() {
        var g = SeededGenerator(seed: 7)
        var texts = Self.trickyNumbers
        for _ in 0..<20_000 { texts.append(randomText(Self.numberAlphabet, length: 0...18, using: &g)) }
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { p in
                for convention in DecimalConvention.allCases {
                    for count in [false, true] {
                        let fast = NumberReader.parse(p, convention: convention, count: count)
                        let reference = NumberReader.parse(text, convention: convention, count: count)
                        #expect(
                            fast == reference && fast?.value.sign == reference?.value.sign,
                            "\(text.debugDescription) \(convention) count \(count): \(String(describing: fast)) vs \(String(describing: reference))"
                        )
                    }
                }
                #expect(
                    "\(NumberReader.shape(p))" == "\(NumberReader.shape(text))", "shape of \(text.debugDescription)")
            }
        }
    }

    @Test func plainNumbersAreExactlyTheDoublesOfTheirText() {
        var g = SeededGenerator(seed: 11)
        for _ in 0..<50_000 {
            let whole = Int.random(in: 0...9_999_999, using: &g)
            let decimals = Int.random(in: 0...7, using: &g)
            let fraction =
                decimals == 0
                ? ""
                : "." + String(Int.random(in: 0..<Int(pow(10, Double(decimals))), using: &g)).leftPadded(to: decimals)
            let text = "\(whole)\(fraction)"
            let parsed = Array(text.utf8).withUnsafeBufferPointer { NumberReader.parse($0, convention: .point) }
            #expect(parsed?.value == Double(text), "\(text)")
        }
    }

    @Test func missingMarkersFromBytesAgree() {
        var g = SeededGenerator(seed: 3)
        var texts = [
            "", "-", "—", "–", "NA", "N/A", "n/a", "na", "N.A.", "..", "…", "Na", "nA", "N/a", "N.A", "...", "--", "- ",
            " ", "0", "−", "n.a.",
        ]
        for _ in 0..<5000 {
            texts.append(randomText(["N", "A", "n", "a", "/", ".", "-", "—", "–", "…", "x"], length: 0...4, using: &g))
        }
        for text in texts {
            let fast = Array(text.utf8).withUnsafeBufferPointer { NumberReader.isMissing($0) }
            #expect(fast == NumberReader.isMissing(text), "\(text.debugDescription)")
        }
    }

    @Test func plainRanksAgreeWithTheRankReader() {
        for text in [
            "6", "06", "6/63", "0/0", "6/", "/6", "6//3", "123456789012345678", "1234567890123456789", "6 / 63",
            "hạng 6", "-6", "+6",
        ] {
            let plain = Array(text.utf8).withUnsafeBufferPointer { RankCells.plain($0) }
            if let plain {
                let reference = RankCells.parse(text)
                #expect(reference?.rank == plain.rank && reference?.of == plain.of, "\(text)")
            }
        }
    }

    @Test func internerGivesOneIdPerDistinctText() {
        var g = SeededGenerator(seed: 5)
        let texts = (0..<5000).map { _ in randomText(["a", "b", "ư", "1", " "], length: 0...6, using: &g) }
        let storage = Array(texts.joined().utf8)
        var interner = ByteInterner(capacity: 4)
        var seen: [String: Int] = [:]
        var offset = 0
        storage.withUnsafeBufferPointer { p in
            for text in texts {
                let n = text.utf8.count
                let (id, isNew) = interner.id(of: p, start: offset, count: n)
                let bytesKey = text.utf8.map { String($0) }.joined(separator: ",")
                if let known = seen[bytesKey] {
                    #expect(id == known && !isNew)
                } else {
                    #expect(isNew && id == seen.count)
                    seen[bytesKey] = id
                }
                offset += n
            }
        }
        #expect(interner.count == seen.count)
    }

    // MARK: Repeated keys

    @Test func repeatedKeysAgreeWithGroupingByKey() {
        var g = SeededGenerator(seed: 23)
        for _ in 0..<200 {
            var text = "unit,period,metric,tier,value,source\n"
            for _ in 0..<Int.random(in: 0...40, using: &g) {
                let unit = ["A", "B", "C", "Tha\u{0301}p", "Tháp"][Int.random(in: 0..<5, using: &g)]
                let period = ["2022", "2023", "2022-H1", "27/11/2023"][Int.random(in: 0..<4, using: &g)]
                let metric = ["par_index", "pci", "PAR INDEX"][Int.random(in: 0..<3, using: &g)]
                let tier = ["", "district", "commune"][Int.random(in: 0..<3, using: &g)]
                let source = ["", "X", "Y"][Int.random(in: 0..<3, using: &g)]
                text += "\(unit),\(period),\(metric),\(tier),\(Int.random(in: 1...3, using: &g)),\(source)\n"
            }
            let observations = Loader.load(text: text, name: "t.csv").panel.observations
            var reference: [ObservationKey: [Int]] = [:]
            for (i, o) in observations.enumerated() { reference[ObservationKey(o), default: []].append(i) }
            let expected = reference.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
            #expect(Panel.repeatedKeys(of: observations) == expected, "\(text)")
        }
    }

    // MARK: Files

    @Test func fileContentsAgreeWithFoundation() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parlens-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var g = SeededGenerator(seed: 29)
        var paths = ["clean.csv", "messy.csv", "wide.csv"].map { fixtures.appendingPathComponent($0).path }
        for (i, size) in [0, 1, 4095, 65536, 65537, 300_001].enumerated() {
            let path = dir.appendingPathComponent("f\(i).csv").path
            let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &g) }
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            paths.append(path)
        }
        for path in paths {
            #expect(
                FileAccess.contents(of: path) == FileManager.default.contents(atPath: path).map { [UInt8]($0) },
                "\(path)")
        }
        #expect(FileAccess.contents(of: dir.path) == nil)  // a folder
        #expect(FileAccess.contents(of: dir.appendingPathComponent("missing.csv").path) == nil)
    }

    // MARK: Names

    static let nameAlphabet = [
        "a", "Z", "đ", "Đ", "ư", "ờ", "Ậ", "ỹ", "\u{0301}", "\u{0323}", " ", " ", "  ", "\t", "\n", "-", ".", "(", "'",
        "–",
        "\u{00A0}", "ñ", "Å", "\u{212A}", "北", "😀", "\u{1F}", "0", "x", "ã",
    ]

    @Test func foldOfBytesAgreesWithTheDecompositionFold() {
        var g = SeededGenerator(seed: 13)
        var names = [
            "Tháp Mười", "Tha\u{0301}p Mươ\u{0300}i", "TP. Hồ Chí Minh", "  Xã Thử 00001 ", "Huyện Mẫu", "", "Đắk Lắk",
            "Sài Gòn–Gia Định",
        ]
        for _ in 0..<5000 { names.append(randomText(Self.nameAlphabet, length: 0...12, using: &g)) }
        for name in names {
            let folded = Names.fold(name)
            #expect(folded == Names.foldByDecomposition(name), "\(name.debugDescription)")
        }
    }

    @Test func namesThatPassTheCleanCheckAreUnchangedByCleaning() {
        var g = SeededGenerator(seed: 17)
        var names = ["Tháp Mười", "Xã Thử 00001", "a  b", " a", "a ", "", "a\tb", "Tha\u{0301}p"]
        for _ in 0..<5000 { names.append(randomText(Self.nameAlphabet, length: 0...10, using: &g)) }
        for name in names {
            #expect(Names.clean(name) == Names.cleanByCharacters(name), "\(name.debugDescription)")
            if Names.isClean(name) {
                #expect(Array(Names.cleanByCharacters(name).utf8) == Array(name.utf8), "\(name.debugDescription)")
            }
        }
    }

    @Test func stripPrefixKeepsItsRule() {
        for key in [
            "thanh pho hoa binh", "tp hcm", "tphcm", "xa thu 00001", "huyen", "huyen ", "quan 1", "phuong 2",
            "thi xa a", "tinh",
            "binh", "xa \u{0483}b", "thanh pho \u{0301}a", "xa ư", "thi tran", "tp  x",
        ] {
            var expected = key
            for prefix in Names.prefixes where key.hasPrefix(prefix + " ") {
                let rest = key.dropFirst(prefix.count + 1)
                if !rest.isEmpty {
                    expected = String(rest)
                    break
                }
            }
            #expect(Names.stripPrefix(key) == expected, "\(key)")
        }
    }

    // MARK: Tidy reader

    static let tidyFiles: [String] = [
        "\u{FEFF}unit;level;parent;period;metric;value;rank\r\n\"Tháp Mười\";district;Đồng Tháp;2022;par_index;\"86,45\";4/12\r\n  Tháp  Mười ;district;Đồng Tháp;2023;par_index;87,1 %;hạng 3\r\nCao Lãnh;district;Đồng Tháp;2022;par_index;\u{00A0}85,00;thứ 5/12\r\nCao Lãnh;district;Đồng Tháp;2023;par_index;-;NA\r\nHuyện Cao Lãnh;district;Đồng Tháp;2024;par_index;−1,5;7\r\nThành phố Cao Lãnh;huyện;Đồng Tháp;2024;par_index;1.234,5;8\r\n",
        "unit,level,parent,tier,period,metric,value,numerator,denominator,rank,rank_of,source,note\nA,district,P,district,2021,on_time_rate,99.17,7029,7088,,,,\nA,district,P,commune,2021,on_time_rate,98.5,,,,,,\nB,district,P,,2023,dossiers_received,\"7,554\",,,,,,\nB,district,P,,2022,dossiers_received,7.554,,,,,,\nB,district,P,,2021,dossiers_received,7554.5,,,,,,\nC,district,P,district,2021,on_time_rate,,100,200,,,,\nC,district,P,district,2022,on_time_rate,50,100,200,,,X,\nC,district,P,district,2022,on_time_rate,50.0,100,200,,,Y,\nC,district,P,district,2023,on_time_rate,55,,,,,,\nC,district,P,district,2023,on_time_rate,56,,,,,,\nD,xã,P,cấp xã,6 tháng đầu năm 2022,on_time_rate,88%,,,,,,\nD,xã,P,cấp xã,quý III/2022,on_time_rate,n/a,,,,,,\nD,xã,P,galaxy,2022,on_time_rate,1,,,,,,\nE,district,P,,20x,par_index,1,,,,,,\nE,planet,P,,2022,par_index,1,,,first,,,\nF,district,P,,2022,par_indx,5,,,,,,\nF,district,P,,2023,par_indx,6,,,,,,\n,district,P,,2022,par_index,5,,,,,,\nG,district,P,,,par_index,5,,,,,,\nG,district,P,,2022,,5,,,,,,\nG,district,P,,2022,par_index,,,,,,,\nG,district,P,,2022,par_index,5,,,3,4,,\nG,district,P,,2023,par_index,5,,,3/63,64,,\nH,district,P,,2024,par_index\nH,district,P,,2023,par_index,5,,,,,,,extra\nH,province,,,2025,par_index,5,,,,,,\n\"Trung bình cả nước\",national,,,2022,par_index,70,,,,,,\n",
        "unit,period,metric,value\nA,2022,par_index,\"86,450\"\nB,2022,par_index,\"1,234\"\n",
        "unit,period,metric,value\nA,2022,par_index,86.4\nB,2022,par_index,\"86,4\"\nC,2022,par_index,77,5\n",
        "unit,level,parent,period,metric,value\nTháp Mười,province,,2020,pci,50.1\nTha\u{0301}p Mươ\u{0300}i,province,,2021,pci,51.2\nTP.HCM,province,,2023,pci,61\nThành phố Hồ Chí Minh,province,,2024,pci,62\nThap Muoi,district,X,2020,pci,1\nThap Muoi,district,Y,2020,pci,2\nThap Muoi,district,X,2021,pci,3\nthap muoi,district,X,2022,pci,4\n",
        "đơn vị;kỳ;chỉ số;giá trị;hạng\nA;H1/2022;sipas;99,17;1\nA;6 tháng cuối năm 2022;sipas;98,5;2\nA;2023;sipas;\"97,1\";\nB;2023;sipas;;\n",
        "unit,period,metric,value,rank\nA,2022,par_index,NA,3\nB,2022,par_index,-,4\nC,2022,par_index,n/a,5\nD,2022,par_index,—,6\nE,2022,par_index_rank,,7\n",
        "note,unit,period,metric,value\n\"two\nlines\",A,2022,par_index,x86\n\"q\"\"uote\",B,2022,par_index,1\n",
        "unit,period,metric,value\nA,2022,par_index,80\nB,2022,par_index,81\nA,2022,par_index,82\nA,2022,par_index,80.0\n",
        "unit,period,metric,value\n",
    ]
}

extension String {
    fileprivate func leftPadded(to n: Int) -> String { String(repeating: "0", count: max(0, n - count)) + self }
}
