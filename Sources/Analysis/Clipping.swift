import Panel
import Statistics

extension LinearPrediction {
    /// The prediction with its value and both intervals clipped to `metric`'s range (a rate or a
    /// score out of 100 is never forecast above 100, a rank never above 1); unchanged when the
    /// metric has no range or everything lies inside it.
    public func clipped(to metric: Metric) -> LinearPrediction {
        let lo = metric.min ?? -Double.infinity
        let hi = metric.max ?? Double.infinity
        func clip(_ x: Double) -> Double { Swift.min(hi, Swift.max(lo, x)) }
        func clip(_ i: ConfidenceInterval) -> ConfidenceInterval {
            ConfidenceInterval(lower: clip(i.lower), upper: clip(i.upper), level: i.level)
        }
        return LinearPrediction(
            x: x, value: clip(value), standardError: standardError, confidence: clip(confidence),
            prediction: clip(prediction))
    }
}
