import Foundation

/// Axis ticks at "nice" round numbers (Heckbert, Graphics Gems 1990): steps of 1, 2 or 5 × 10ᵏ
/// chosen so that about `maxTicks` ticks cover [min, max].
public struct NiceScale: Hashable, Sendable {
    /// The lowest and highest tick (they enclose the data).
    public let lower: Double
    public let upper: Double
    public let step: Double
    /// The multiples of ``step`` from ``lower`` to ``upper``. A bound set by `floor` or `ceiling`
    /// that is not a multiple ends the axis without a tick.
    public var ticks: [Double] {
        guard step > 0 else { return [lower] }
        let tolerance = 1e-9
        var out: [Double] = []
        var k = (lower / step - tolerance).rounded(.up)
        while true {
            let t = k * step
            if t > upper + step * tolerance { break }
            out.append(abs(t) < step * tolerance ? 0 : t)
            k += 1
        }
        return out
    }
    /// Decimals needed to print the ticks.
    public var decimals: Int { step >= 1 ? 0 : Int(ceil(-log10(step) - 1e-9)) }

    /// - Parameters:
    ///   - min, max: the data range (equal bounds are widened by one unit each side).
    ///   - maxTicks: the largest number of ticks wanted (at least 2).
    ///   - floor, ceiling: the values the quantity can take, if bounded (a percent's 0 and 100):
    ///     the scale never extends past them, even when rounding out to a tick would (a scale
    ///     already wholly outside them is kept as it is).
    public init(min: Double, max: Double, maxTicks: Int = 5, floor: Double? = nil, ceiling: Double? = nil) {
        var lo = Swift.min(min, max)
        var hi = Swift.max(min, max)
        if !(lo.isFinite && hi.isFinite) {
            lo = 0
            hi = 1
        }
        if lo == hi {
            let pad = lo == 0 ? 1 : Swift.max(abs(lo) * 0.05, 0.5)
            lo -= pad
            hi += pad
        }
        let range = Self.nice(hi - lo, round: false)
        let step = Self.nice(range / Double(Swift.max(1, maxTicks - 1)), round: true)
        self.step = step
        var lower = (lo / step).rounded(.down) * step
        var upper = (hi / step).rounded(.up) * step
        if let floor, floor > lower, floor < upper { lower = floor }
        if let ceiling, ceiling < upper, ceiling > lower { upper = ceiling }
        self.lower = lower
        self.upper = upper
    }

    /// The nice number near `x`: 1, 2, 5 or 10 × 10ᵏ, rounded or taken as a ceiling.
    public static func nice(_ x: Double, round: Bool) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        let exponent = floor(log10(x))
        let fraction = x / pow(10, exponent)
        let niceFraction: Double =
            if round { fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10 } else {
                fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
            }
        return niceFraction * pow(10, exponent)
    }

    /// Position of `value` in [0, 1] along the scale.
    public func fraction(_ value: Double) -> Double {
        upper == lower ? 0.5 : (value - lower) / (upper - lower)
    }
}

/// Which characters a chart may use.
public enum Glyphs: String, Sendable, CaseIterable {
    /// Braille dots, eighth blocks, box drawing and arrows.
    case unicode
    /// Printable ASCII only, for any terminal or file.
    case ascii
}

/// A one-line picture of a series: ▁▂▃▄▅▆▇█ scaled between its min and max; a missing value is
/// a space; a constant series is all ▄ (ASCII: `_.-~^` and `-`).
public enum Sparkline {
    public static func render(_ values: [Double?], glyphs: Glyphs = .unicode) -> String {
        let ramp: [Character] = glyphs == .unicode ? Array("▁▂▃▄▅▆▇█") : Array("_.-~^")
        let present = values.compactMap { $0 }.filter(\.isFinite)
        guard let lo = present.min(), let hi = present.max() else { return String(repeating: " ", count: values.count) }
        return String(
            values.map { v -> Character in
                guard let v, v.isFinite else { return " " }
                if hi == lo { return ramp[ramp.count / 2] }
                let i = Int(((v - lo) / (hi - lo) * Double(ramp.count - 1)).rounded())
                return ramp[Swift.max(0, Swift.min(ramp.count - 1, i))]
            })
    }
}

/// A grid of braille cells, each 2 dots wide and 4 high, for plotting at sub-character resolution.
struct BrailleCanvas {
    let columns: Int, rows: Int
    private var bits: [UInt8]
    var dotWidth: Int { columns * 2 }
    var dotHeight: Int { rows * 4 }

    init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
        bits = [UInt8](repeating: 0, count: self.columns * self.rows)
    }

    /// Sets the dot at (x, y), y = 0 at the top; outside the canvas is ignored.
    mutating func set(_ x: Int, _ y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let masks: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        bits[(y / 4) * columns + x / 2] |= masks[y % 4][x % 2]
    }

    /// A straight line of dots (Bresenham).
    mutating func line(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, every: Int = 1) {
        var x = x0
        var y = y0
        var k = 0
        let dx = abs(x1 - x0)
        let dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1
        let sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        while true {
            if k % every == 0 { set(x, y) }
            k += 1
            if x == x1 && y == y1 { break }
            let e2 = 2 * err
            if e2 >= dy {
                err += dy
                x += sx
            }
            if e2 <= dx {
                err += dx
                y += sy
            }
        }
    }

    func isEmpty(column: Int, row: Int) -> Bool { bits[row * columns + column] == 0 }

    func character(column: Int, row: Int) -> Character {
        let b = bits[row * columns + column]
        return b == 0 ? " " : Unicode.Scalar(0x2800 + UInt32(b)).map(Character.init) ?? " "
    }
}

/// A grid of characters with overlays, row by row.
struct CharGrid {
    var cells: [[Character]]
    init(columns: Int, rows: Int) {
        cells = Array(repeating: Array(repeating: " ", count: max(0, columns)), count: max(0, rows))
    }
    mutating func put(_ c: Character, _ x: Int, _ y: Int) {
        guard y >= 0, y < cells.count, x >= 0, x < cells[y].count else { return }
        cells[y][x] = c
    }
    mutating func write(_ text: String, _ x: Int, _ y: Int) {
        for (i, c) in text.enumerated() { put(c, x + i, y) }
    }
    func line(_ y: Int) -> String { String(cells[y]) }
}

/// The ASCII line between two cells: `-` where it runs level, `/` or `\` where it changes row,
/// `|` where it climbs within one column.
func asciiLine(_ grid: inout CharGrid, _ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) {
    let steps = max(abs(x1 - x0), abs(y1 - y0))
    guard steps > 0 else { return }
    var previousY = y0
    for k in 1..<steps {
        let x = x0 + Int((Double((x1 - x0) * k) / Double(steps)).rounded())
        let y = y0 + Int((Double((y1 - y0) * k) / Double(steps)).rounded())
        let c: Character =
            x1 == x0
            ? "|"
            : y == previousY && abs(y1 - y0) < abs(x1 - x0)
                ? "-"
                : ((y - previousY) < 0) == ((x1 - x0) > 0) ? "/" : "\\"
        previousY = y
        if grid.cells.indices.contains(y), grid.cells[y].indices.contains(x), grid.cells[y][x] == " " {
            grid.put(c, x, y)
        }
    }
}
