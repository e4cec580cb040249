import Foundation

/// Everything that shapes scheduling: FSRS-6 weights, desired retention, steps, limits, fuzz.
public struct SchedulerConfig: Equatable, Sendable {
    /// py-fsrs 6.x default weights w0…w20.
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
        0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    public var parameters: [Double]
    public var desiredRetention: Double
    /// Learning steps in seconds (default 1 min, 10 min); empty means none.
    public var learningSteps: [TimeInterval]
    /// Relearning steps in seconds (default 10 min); empty means none.
    public var relearningSteps: [TimeInterval]
    public var maximumInterval: Int
    /// Fuzz seed; nil means no fuzz.
    public var fuzzSeed: UInt64?

    public init(parameters: [Double] = SchedulerConfig.defaultParameters, desiredRetention: Double = 0.9,
                learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600],
                maximumInterval: Int = 36500, fuzzSeed: UInt64? = nil) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.fuzzSeed = fuzzSeed
    }
}
