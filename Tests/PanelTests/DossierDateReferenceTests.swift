import Foundation
import Testing

@testable import Panel

/// The date reader as first written (three arrays per cell), kept as the reference for the one
/// that reads a cell in one stack allocation: the two must agree on every input.
enum ReferenceDateBytes {
    /// The date in `cell`, nil when it does not read.
    static func parse(_ cell: UnsafeBufferPointer<UInt8>) -> DayTime? {
        var i = 0
        var end = cell.count
        while i < end, cell[i] == 0x20 { i += 1 }
        while end > i, cell[end - 1] == 0x20 { end -= 1 }
        guard i < end else { return nil }
        var fields: [Int] = []
        fields.reserveCapacity(6)
        var separators: [UInt8] = []
        var digits: [Int] = []
        var value = 0
        var length = 0
        while i <= end {
            let b: UInt8 = i < end ? cell[i] : 0
            if b >= 0x30, b <= 0x39 {
                guard length < 9 else { return nil }
                value = value * 10 + Int(b - 0x30)
                length += 1
            } else {
                guard length > 0 else { return nil }
                fields.append(value)
                digits.append(length)
                if i < end { separators.append(b) }
                value = 0
                length = 0
                guard fields.count <= 6 else { return nil }
            }
            i += 1
        }
        return date(fields, digits, separators)
    }

    static func date(_ f: [Int], _ digits: [Int], _ s: [UInt8]) -> DayTime? {
        let slash = UInt8(ascii: "/")
        let dash = UInt8(ascii: "-")
        let colon = UInt8(ascii: ":")
        if f.count <= 2 && (s.isEmpty || s == [UInt8(ascii: ".")]) {
            return serial(f, digits)
        }
        guard f.count >= 3 else { return nil }
        let (y, m, d): (Int, Int, Int)
        if s[0] == slash, s[1] == slash, digits[0] <= 2, digits[1] <= 2, digits[2] == 4 {
            (y, m, d) = (f[2], f[1], f[0])
        } else if s[0] == dash, s[1] == dash, digits[0] == 4, digits[1] <= 2, digits[2] <= 2 {
            (y, m, d) = (f[0], f[1], f[2])
        } else {
            return nil
        }
        guard (1900...2100).contains(y), (1...12).contains(m), d >= 1, d <= Period.daysIn(month: m, year: y) else {
            return nil
        }
        let day = Int32(DateBytes.daysFromCivil(y, m, d))
        guard f.count > 3 else { return s.count == 2 ? DayTime(day: day, minute: -1) : nil }
        // A time: ' ' or 'T', then H:mm or H:mm:ss.
        guard s[2] == UInt8(ascii: " ") || (s[2] == UInt8(ascii: "T") && s[0] == dash), s.count == f.count - 1,
            s[3...].allSatisfy({ $0 == colon }), f.count >= 5, digits[3] <= 2, digits[4] == 2,
            f.count == 5 || digits[5] == 2
        else { return nil }
        guard f[3] < 24, f[4] < 60, f.count == 5 || f[5] < 60 else { return nil }
        return DayTime(day: day, minute: Int16(f[3] * 60 + f[4]))
    }

    /// An Excel serial: whole days since 1899-12-30, a fraction the time of day.
    static func serial(_ f: [Int], _ digits: [Int]) -> DayTime? {
        guard f[0] >= 1, f[0] <= 2_958_465 else { return nil }
        let day = f[0] - 25569
        var minute = -1
        if f.count == 2, f[1] > 0 {
            var scale = 1.0
            for _ in 0..<digits[1] { scale *= 10 }
            minute = Int((Double(f[1]) / scale * 1440 + 1e-6).rounded(.down))
        }
        let result = DayTime(day: Int32(day), minute: Int16(minute))
        let (y, _, _) = CellNumbers.civilFromDays(day)
        return (1900...2100).contains(y) ? result : nil
    }

}

@Suite("Dossier dates: the stack reader against the reference")
struct DossierDateReferenceTests {
    @Test func bothReadersAgree() {
        var generator = SeededGenerator(seed: 1_509_2022)
        let alphabet = Array("0123456789/-: T.".utf8) + [0x41, 0xC3, 0x20]
        var cells: [[UInt8]] = [
            "01/7/2025", "1/7/2025 8:05", "31/12/2022 23:59:59", "2024-02-29", "2023-02-29", "2025-07-01T08:00",
            "45000", "45000.5", "45000.25", " 7/1/2024 09:59 ", "1/2/2022 10:11:12:", "1/2/3/4/5/6/7", "", "  ",
            "2025-7-1 8:00", "12/31/2022", "44927.0000001", "1/1/1899", "2958466",
        ].map { Array($0.utf8) }
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...22, using: &generator)
            cells.append((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        }
        // Dates in the export forms, with random numbers (valid or not) and now and then a
        // separator changed, so that the paths past the first checks are taken too.
        let separators = Array("/-: T.".utf8)
        var readable = 0
        for _ in 0..<20_000 {
            let r = { (range: ClosedRange<Int>) in Int.random(in: range, using: &generator) }
            var text: String
            switch r(0...3) {
            case 0: text = "\(r(0...32))/\(r(0...13))/\(r(1890...2110))"
            case 1: text = "\(r(1890...2110))-\(r(0...13))-\(r(0...32))"
            case 2: text = "\(r(0...3_000_000))" + (r(0...1) == 0 ? "" : ".\(r(0...99_999))")
            default: text = "\(r(1...31))/\(r(1...12))/\(r(2000...2030))"
            }
            if r(0...1) == 0 {
                text += (r(0...3) == 0 ? "T" : " ") + "\(r(0...25)):" + String(format: "%02d", r(0...61))
                if r(0...1) == 0 { text += ":" + String(format: "%02d", r(0...61)) }
            }
            var bytes = Array(text.utf8)
            if r(0...7) == 0, !bytes.isEmpty {
                bytes[r(0...(bytes.count - 1))] = separators[r(0...(separators.count - 1))]
            }
            cells.append(bytes)
        }
        for cell in cells {
            if cell.withUnsafeBufferPointer({ DateBytes.parse($0) }) != nil { readable += 1 }
            let fast = cell.withUnsafeBufferPointer { DateBytes.parse($0) }
            let reference = cell.withUnsafeBufferPointer { ReferenceDateBytes.parse($0) }
            #expect(fast == reference, "\(String(decoding: cell, as: UTF8.self))")
        }
        // Enough of them are dates for the agreement to mean something.
        #expect(readable > 8_000, "\(readable)")
    }
}
