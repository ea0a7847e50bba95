import Analysis
import Panel

extension English {
    static func text(_ term: Term) -> String {
        switch term {
        case .level(let level):
            switch level {
            case .national?: "national"
            case .region?: "region"
            case .province?: "province"
            case .ministry?: "ministry"
            case .department?: "department"
            case .district?: "district"
            case .commune?: "commune"
            case nil: "no level"
            }
        case .tier(let tier): "\(tier.rawValue) tier"
        case .periodKinds(let kind):
            switch kind {
            case .year: "years"
            case .half: "halves"
            case .quarter: "quarters"
            case .month: "months"
            case .cumulative: "cumulative periods"
            case .years: "multi-year spans"
            case .monthRange: "month ranges"
            case .day: "days"
            }
        case .periodKind(let period):
            switch period.kind {
            case .year: "a year"
            case .half: "a half-year"
            case .quarter: "a quarter"
            case .month: "a month"
            case .cumulative: "\(months(period)) months from January"
            case .years: "\(months(period) / 12) years"
            case .monthRange: "\(months(period)) months"
            case .day: "a day"
            }
        case .metricKind(let kind):
            switch kind {
            case .percent: "percent"
            case .points: "points"
            case .rank: "rank"
            case .count: "count"
            case .category: "category"
            }
        case .direction(let direction):
            switch direction {
            case .higher: "higher"
            case .lower: "lower"
            case .none: "none"
            }
        case .rule(let direction):
            switch direction {
            case .higher: "higher is better"
            case .lower: "lower is better"
            case .none: "—"
            }
        case .changeUnit(let kind):
            switch kind {
            case .percent: "percentage points"
            case .rank: "places"
            case .points, .count, .category: "points"
            }
        case .decimal(let convention):
            switch convention {
            case .point: "point"
            case .comma: "comma"
            }
        case .delimiter(let delimiter):
            switch delimiter {
            case .comma: "comma"
            case .semicolon: "semicolon"
            case .tab: "tab"
            case .sheet: "sheet"
            }
        case .layout(let kind):
            switch kind {
            case .tidy: "tidy"
            case .wide: "wide"
            case .metrics: "metrics"
            case .targets: "targets"
            case .crosswalk: "crosswalk"
            case .dossiers: "dossier log"
            }
        case .targetVerdict(let verdict):
            switch verdict {
            case .met: "met"
            case .onTrack: "on track"
            case .atRisk: "at risk"
            case .offTrack: "off track"
            case .unknown: "unknown"
            }
        case .comparator(let comparator):
            switch comparator {
            case .atLeast: "≥"
            case .atMost: "≤"
            case .above: ">"
            case .below: "<"
            case .equal: "="
            }
        case .trendVerdict(let verdict):
            switch verdict {
            case .rising: "rising"
            case .falling: "falling"
            case .noTrend: "no trend"
            case .tooShort: "too short"
            }
        }
    }
}

extension English {
    /// How many months a period covers.
    static func months(_ period: Period) -> Int {
        period.lastMonth - period.firstMonth + 1
    }
}
