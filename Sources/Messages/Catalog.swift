import Analysis
import Panel
import Statistics

/// Every sentence and word parlens shows a user, in one language.
///
/// A message is a typed value (``Label``, ``Term``, …, or a result's omission or error); the
/// catalog of each language renders it behind an exhaustive `switch` (``English``,
/// ``Vietnamese``), so a message without its Vietnamese form does not compile.
///
/// ```swift
/// let say = Catalog(.vi)
/// say(.officialRank)  // "Hạng công bố"
/// ```
public struct Catalog: Hashable, Sendable {
    /// The language the messages are rendered in.
    public var language: Language

    /// The catalog of `language`.
    public init(_ language: Language) {
        self.language = language
    }

    /// A word or short heading.
    public func callAsFunction(_ message: Label) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }

    /// The name of a domain value.
    public func callAsFunction(_ message: Term) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }
}

extension Catalog {
    /// A period as the language's reports write it in a sentence or a title: "năm 2024",
    /// "6 tháng đầu năm 2022", "quý III/2023"; "2024", "H1 2022", "Q3 2023". Machine-read output
    /// (JSON, CSV for scripts) keeps the canonical code (`Period.description`).
    public func period(_ p: Period) -> String {
        switch language {
        case .en: English.period(p)
        case .vi: Vietnamese.period(p)
        }
    }

    /// A unit at one of the tiers it has figures for: "Tháp Mười [commune]", "Tháp Mười (cấp xã)".
    public func unitAtTier(_ name: String, _ tier: Tier) -> String {
        switch language {
        case .en: "\(name) [\(tier.rawValue)]"
        case .vi: "\(name) (\(Vietnamese.text(.tier(tier))))"
        }
    }

    /// A period as a column heading or an axis label: the sentence form, except that a year is
    /// its number alone ("2024", not "năm 2024").
    public func periodLabel(_ p: Period) -> String {
        p.kind == .year ? String(p.year) : period(p)
    }
}

extension Catalog {
    /// Why an analysis left a statistic out, for a report's reader: no function names.
    public func callAsFunction(_ message: Omission) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }

    /// Why an analysis left a statistic out, for a script (the `notes` of `--format json`, in
    /// English): a refused test names its method and the reference function it agrees with, as
    /// the README's methods table does.
    public static func scriptText(_ message: Omission) -> String { English.scriptText(message) }

    /// What the data does not have of what was asked.
    public func callAsFunction(_ message: AnalysisError) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }

    /// A unit name that matches no unit, or several.
    public func callAsFunction(_ message: LookupError) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }

    /// A figure two sources give differently.
    public func callAsFunction(_ message: MetricView.Conflict) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }

    /// Why an estimator or a test refused its input.
    public func callAsFunction(_ message: StatisticsError) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }

    /// How a statistical result was obtained.
    public func callAsFunction(_ message: Note) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }
}

extension Catalog {
    /// A note under an analysis's tables.
    public func callAsFunction(_ message: Finding) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }

    /// A usage error or a hint.
    public func callAsFunction(_ message: Usage) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }
}

extension Catalog {
    /// A title, a row label or a cell with values in it.
    public func callAsFunction(_ message: Phrase) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }

    /// A line of `info` or `check`.
    public func callAsFunction(_ message: Fact) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }

    /// What a session, the REPL and `run` say.
    public func callAsFunction(_ message: SessionText) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }
}

extension Catalog {
    /// A text of the commands' help.
    public func callAsFunction(_ message: HelpText) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }

    /// What ArgumentParser itself writes, in this language.
    public func callAsFunction(_ message: ParserText) -> String {
        switch language {
        case .en: English.text(message)
        case .vi: Vietnamese.text(message)
        }
    }
}
