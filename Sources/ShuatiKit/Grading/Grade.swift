/// The grader's verdict on one response.
public struct Grade: Equatable, Sendable {
    public enum Verdict: String, Sendable { case correct, partial, wrong }
    /// 0…1.
    public var score: Double
    public var verdict: Verdict
    /// For short answers: each key point of the reference and whether the response covered it.
    public var keyPoints: [(point: String, covered: Bool)]

    public init(score: Double, verdict: Verdict, keyPoints: [(point: String, covered: Bool)] = []) {
        self.score = score
        self.verdict = verdict
        self.keyPoints = keyPoints
    }

    public static func == (a: Grade, b: Grade) -> Bool {
        a.score == b.score && a.verdict == b.verdict && a.keyPoints.map(\.point) == b.keyPoints.map(\.point)
            && a.keyPoints.map(\.covered) == b.keyPoints.map(\.covered)
    }
}
