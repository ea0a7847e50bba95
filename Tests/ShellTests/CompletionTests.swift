import Foundation
import Panel
import Testing

@testable import Shell

/// Tab completion as a line editor sees it: the line before and after Tab, and the list.
@Suite("Tab completion")
struct CompletionTests {
    let completion: Completion

    init() {
        let (s, _) = session(cwd: completionFixtures)
        _ = s.run("load units.csv")
        completion = Completion(session: s)
    }

    /// The line after Tab, and the matches a second Tab lists.
    func tab(_ line: String) -> (line: String, matches: [String]) {
        let edit = completion.complete(line)
        return (edit.applied(to: line), edit.matches)
    }

    @Test func theIssuesThreeLines() {
        // An opening quote and two words: replaced by the match, the quote kept and closed once.
        #expect(tab("trend par_index --unit \"thap muoi") == ("trend par_index --unit \"Tháp Mười\" ", ["Tháp Mười"]))
        // The start all matches share, then nothing more on a second Tab.
        let huyen = ["Huyện Bến Đò Ngang", "Huyện Cao Lãnh", "Huyện Gò Mít Đông"]
        #expect(tab("trend par_index --unit huyen") == ("trend par_index --unit \"Huyện ", huyen))
        #expect(tab("trend par_index --unit \"Huyện ") == ("trend par_index --unit \"Huyện ", huyen))
        // Đồng, Đông, Đống share only "Đ": what was typed stays; Đà Bắc, Điện Biên… are not listed.
        #expect(
            tab("trend par_index --unit dong") == (
                "trend par_index --unit dong", ["Đống Đa", "Đồng Nai", "Đông Sơn", "Đồng Tháp"]
            ))
    }

    @Test func aNameOfSeveralWordsTypedWithoutQuotes() {
        #expect(tab("trend par_index --unit thap muoi").line == "trend par_index --unit \"Tháp Mười\" ")
        #expect(tab("trend par_index --unit dong th").line == "trend par_index --unit \"Đồng Tháp\" ")
        #expect(
            tab("compare par_index --from 2022 --to 2023 --unit ho chi").line.hasSuffix(
                "--unit \"Thành phố Hồ Chí Minh\" "))
        // Words that are no unit's name are completed as usual: the metric after a whole name.
        #expect(tab("trend --unit \"Tháp Mười\" par_").line == "trend --unit \"Tháp Mười\" par_index ")
    }

    @Test func decomposedInputBecomesTheNameAsWritten() {
        let typed = "trend par_index --unit \"tha\u{301}p mu\u{31B}\u{300}o\u{31B}i"
        let after = tab(typed).line
        #expect(Array(after.unicodeScalars) == Array("trend par_index --unit \"Tháp Mười\" ".unicodeScalars))
        #expect(after.unicodeScalars.count == after.precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }

    @Test func administrativePrefixesMayBeTypedOrLeftOut() {
        #expect(
            tab("trend par_index --unit thanh pho") == (
                "trend par_index --unit \"Thành phố ", ["Thành phố Cao Lãnh", "Thành phố Hồ Chí Minh"]
            ))
        #expect(tab("trend par_index --unit \"thành phố c").line == "trend par_index --unit \"Thành phố Cao Lãnh\" ")
        #expect(tab("trend par_index --unit \"tp cao").line == "trend par_index --unit \"Thành phố Cao Lãnh\" ")
        #expect(tab("trend par_index --unit \"TP ho chi").line == "trend par_index --unit \"Thành phố Hồ Chí Minh\" ")
        #expect(tab("trend par_index --unit \"huyện gò").line == "trend par_index --unit \"Huyện Gò Mít Đông\" ")
        #expect(tab("trend par_index --unit gò mít").line == "trend par_index --unit \"Huyện Gò Mít Đông\" ")
        // No unit is called "Huyện Tháp Mười": the name without its prefix is tried.
        #expect(tab("trend par_index --unit \"huyen thap muoi").line == "trend par_index --unit \"Tháp Mười\" ")
    }

    @Test func ambiguousNames() {
        // Two units called Cao Lãnh: nothing to add, both listed.
        #expect(
            tab("trend par_index --unit \"cao lanh") == (
                "trend par_index --unit \"cao lanh", ["Huyện Cao Lãnh", "Thành phố Cao Lãnh"]
            ))
        // One name two units share (in Tiền Giang and An Giang) is one match; --parent tells them apart.
        #expect(tab("trend par_index --unit chau") == ("trend par_index --unit \"Châu Thành\" ", ["Châu Thành"]))
        #expect(tab("rank par_index --period 2023 --parent dong th").line.hasSuffix("--parent \"Đồng Tháp\" "))
    }

    @Test func aSharedStartIsTakenFromTheNamesWithTheirAccents() {
        // Đà and Đá share "Đ" only (and their first bytes after it): "da" stays.
        #expect(tab("trend par_index --unit da") == ("trend par_index --unit da", ["Đà Bắc", "Đà Lạt", "Đá Vách"]))
        #expect(tab("trend par_index --unit da l").line == "trend par_index --unit \"Đà Lạt\" ")
        #expect(tab("trend par_index --unit đà").line == "trend par_index --unit đà")
        // "d" is covered by "Đ", the start all names with d share.
        #expect(tab("trend par_index --unit d").line == "trend par_index --unit Đ")
        #expect(tab("trend par_index --unit Đ").line == "trend par_index --unit Đ")
    }

    @Test func theUsersQuoteIsKept() {
        #expect(tab("trend par_index --unit 'thap").line == "trend par_index --unit 'Tháp Mười' ")
        #expect(tab("trend par_index --unit 'huyen").line == "trend par_index --unit 'Huyện ")
        #expect(tab("trend par_index --unit \"Tháp Mười\"").line == "trend par_index --unit \"Tháp Mười\" ")
        // Nothing matches: the line is left as it was and nothing is listed.
        #expect(tab("trend par_index --unit \"zzz") == ("trend par_index --unit \"zzz", []))
    }

    /// Every start of every name, typed as written, folded, in quotes or not: Tab replaces the word
    /// only by its one match or by a start that covers it, and a second Tab changes nothing.
    @Test func tabNeverDropsWhatWasTyped() {
        let names = completion.units("")
        #expect(names.count == 15)
        let command = "trend par_index --unit "
        for name in names {
            for n in 1...name.count {
                let start = String(name.prefix(n))
                for typed in [start, Names.fold(start), "\"" + start, "'" + Names.fold(start)] {
                    let (after, matches) = tab(command + typed)
                    #expect(matches.contains(name), "\(typed)")
                    let was = PartialWord(typed: typed)
                    let now = PartialWord(typed: after.dropFirst(command.count))
                    if matches.count == 1 {
                        #expect(now.text == name + " ", "\(typed) → \(after)")
                    } else {
                        #expect(PartialWord.key(now.text).hasPrefix(PartialWord.key(was.text)), "\(typed) → \(after)")
                        #expect(tab(after).line == after, "\(typed) → \(after)")
                    }
                }
            }
        }
    }

    @Test func pathsInAFolderAndOtherWords() {
        #expect(tab("load ../ana").line == "load ../analyses/")
        let inFolder = tab("load ../analyses/")
        #expect(inFolder.line == "load ../analyses/")
        #expect(
            inFolder.matches.contains("../analyses/provinces.csv") && inFolder.matches.contains("../analyses/expected/")
        )
        #expect(tab("load ../analyses/prov").line == "load ../analyses/provinces.csv ")
        #expect(tab("tre").line == "trend ")
        #expect(tab("rank par_index --per").line == "rank par_index --period ")
        #expect(
            tab("rank par_index --period 202") == ("rank par_index --period 202", ["2020", "2021", "2022", "2023"]))
        #expect(tab("info; tre").line == "info; trend ")
    }

    @Test func whatLibeditIsGiven() {
        let line = "trend par_index --unit \"thap muoi"
        // libedit replaces the whole line (no word breaks): the line after the edit, twice for one match.
        let one = completion.complete(line)
        #expect(
            EditLineCompletion.entries(for: one, of: line, from: 0) == [one.applied(to: line), one.applied(to: line)])
        #expect(
            EditLineCompletion.entries(for: one, of: line, from: 6) == [
                "par_index --unit \"Tháp Mười\" ", "par_index --unit \"Tháp Mười\" ",
            ])
        // Several matches: the line, then the matches as a list shows them.
        let several = completion.complete("rank --unit huyen")
        #expect(
            EditLineCompletion.entries(for: several, of: "rank --unit huyen", from: 0) == [
                "rank --unit \"Huyện ", "Huyện Bến Đò Ngang", "Huyện Cao Lãnh", "Huyện Gò Mít Đông",
            ])
        // An edit that begins before the part libedit replaces is not made.
        #expect(EditLineCompletion.entries(for: one, of: line, from: 30) == nil)
        #expect(
            EditLineCompletion.entries(for: completion.complete("rank --unit zzz"), of: "rank --unit zzz", from: 0)
                == nil)
    }

    @Test func theListLinesUpWhatATerminalShows() {
        let list = EditLineCompletion.columns(
            ["Huyện Bến Đò Ngang", "Đà Lạt", "Cả nước", "ab", "Đồng Tháp"], width: 45)
        #expect(
            list == "Huyện Bến Đò Ngang  ab\r\n" + "Đà Lạt" + String(repeating: " ", count: 14) + "Đồng Tháp\r\n"
                + "Cả nước\r\n")
        #expect(EditLineCompletion.columns(["a", "b"], width: 1) == "a\r\nb\r\n")
    }
}
