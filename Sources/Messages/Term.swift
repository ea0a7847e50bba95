import Analysis
import Panel

/// The name of a domain value: a unit level, a kind of period, a metric's kind or direction, a
/// number convention, a verdict.
///
/// Each case wraps the typed value, so the catalog's `switch` over it is exhaustive: a new
/// level or verdict has no name until both languages give it one.
public enum Term: Hashable, Sendable {
    /// A unit level ("province", "tỉnh"); nil names units of no known level.
    case level(UnitLevel?)
    /// The tier a figure is reported for ("commune tier", "cấp xã").
    case tier(Tier)
    /// Periods of one kind, in the plural ("years", "quarters").
    case periodKinds(Period.Kind)
    /// What kind of period one is, with its length where kinds vary in length ("a quarter",
    /// "9 months from January"; "quý", "9 tháng đầu năm").
    case periodKind(Period)
    /// What kind of number a metric is ("percent", "rank").
    case metricKind(MetricKind)
    /// Which way is better, as one word ("higher"); none is "none".
    case direction(Direction)
    /// Which way is better, as a rule ("higher is better"); none is "—".
    case rule(Direction)
    /// The unit of a change of a metric of this kind ("percentage points", "places", "points").
    case changeUnit(MetricKind)
    /// A decimal convention ("point", "comma").
    case decimal(DecimalConvention)
    /// A field delimiter of a CSV file.
    case delimiter(Delimiter)
    /// The layout of a file that was read ("tidy", "targets").
    case layout(LoadedFile.Kind)
    /// Where a unit stands against a target.
    case targetVerdict(TargetResult.Verdict)
    /// How a value must compare with a target, as a mathematical sign ("≥", "≤").
    case comparator(Target.Comparator)
    /// What a unit's trend did in a table of trends.
    case trendVerdict(TrendTable.Verdict)
}

/// The field delimiters a CSV file may use, as the loader names them.
public enum Delimiter: String, Hashable, Sendable, CaseIterable {
    /// `,`
    case comma
    /// `;`
    case semicolon
    /// A tab.
    case tab
    /// None: the table is a workbook's sheet.
    case sheet
}
