import Statistics

/// The JSON of the statistics, in the order of the output contract.
enum StatisticsJSON {
    static func ols(_ o: LinearTrend?) -> JSONValue {
        guard let o else { return .null }
        return .object([
            ("slope", .num(o.slope)), ("intercept", .num(o.intercept)), ("slope_stderr", .num(o.slopeStandardError)),
            ("r_squared", .num(o.rSquared)), ("p_value", .num(o.pValue)),
            ("slope_ci95", .pair(o.slopeInterval?.lower, o.slopeInterval?.upper)),
        ])
    }
    static func mannKendall(_ m: MannKendall?) -> JSONValue {
        guard let m else { return .null }
        return .object([
            ("s", .int(m.s)), ("var_s", .num(m.varianceS)), ("z", .num(m.z)), ("p_value", .num(m.pValue)),
            ("tau", .num(m.tau)), ("p_exact", .num(m.exactPValue)),
        ])
    }
    static func sen(_ s: SenSlope?) -> JSONValue {
        guard let s else { return .null }
        return .object([("slope", .num(s.slope)), ("ci95", .pair(s.interval?.lower, s.interval?.upper))])
    }
    static func spearman(_ s: SpearmanCorrelation?, n: Int? = nil) -> JSONValue {
        guard let s else { return .null }
        var members: [(String, JSONValue)] = [("rho", .num(s.rho)), ("p_value", .num(s.pValue))]
        if n != nil { members.append(("n", .int(s.n))) }
        return .object(members)
    }
    static func kendall(_ k: KendallTau?, n: Int? = nil) -> JSONValue {
        guard let k else { return .null }
        var members: [(String, JSONValue)] = [("tau_b", .num(k.tauB)), ("p_value", .num(k.pValue))]
        if n != nil { members.append(("n", .int(k.n))) }
        return .object(members)
    }
}
