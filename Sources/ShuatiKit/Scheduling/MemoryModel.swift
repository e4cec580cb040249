import Foundation

/// The numbers the memory model can run on: plain doubles (evaluation) and duals (training, with gradients).
protocol ModelNumber {
    init(_ v: Double)
    var value: Double { get }
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static func + (a: Self, b: Double) -> Self
    static func - (a: Self, b: Double) -> Self
    static func - (a: Double, b: Self) -> Self
    static func * (a: Self, b: Double) -> Self
    static func exp(_ a: Self) -> Self
    static func log(_ a: Self) -> Self
    static func pow(_ a: Self, _ b: Self) -> Self
    static func pow(_ a: Self, _ b: Double) -> Self
    func clamped(_ lo: Double, _ hi: Double) -> Self
}

extension Double: ModelNumber {
    var value: Double { self }
    @inline(__always) static func exp(_ a: Double) -> Double { Foundation.exp(a) }
    @inline(__always) static func log(_ a: Double) -> Double { Foundation.log(a) }
    @inline(__always) static func pow(_ a: Double, _ b: Double) -> Double { Foundation.pow(a, b) }
    @inline(__always) func clamped(_ lo: Double, _ hi: Double) -> Double { Swift.min(Swift.max(self, lo), hi) }
}

extension Dual: ModelNumber {
    init(_ v: Double) { self.init(v, Partials()) }
    var value: Double { v }
}

/// FSRS-6 memory model as fsrs-rs trains it: whole-day gaps, the first review sets S and D, a zero-day gap uses
/// short-term stability, S kept in [0.001, 36500] and D in [1, 10]. Generic so the same formulas give values and
/// (on duals) gradients.
struct MemoryModel<N: ModelNumber> {
    let w: [N]
    let decay: N
    let factor: N
    let easyInitialDifficulty: N
    let lapseShortTermDivisor: N
    let expW8: N

    static var minimumStability: Double { 0.001 }
    static var maximumStability: Double { 36500 }

    init(_ w: [N]) {
        self.w = w
        decay = N(0) - w[20]
        // FACTOR = 0.9^(1/DECAY) − 1, written with exp/log so it is differentiable in w20.
        factor = N.exp(N(Foundation.log(0.9)) / decay) - 1
        easyInitialDifficulty = w[4] - N.exp(w[5] * 3) + 1
        lapseShortTermDivisor = N.exp(w[17] * w[18])
        expW8 = N.exp(w[8])
    }

    @inline(__always) func retrievability(days: Double, stability s: N) -> N {
        N.pow(factor * days / s + 1, decay)
    }

    @inline(__always) func initialDifficulty(_ g: Int) -> N {
        (w[4] - N.exp(w[5] * Double(g - 1)) + 1).clamped(1, 10)
    }

    @inline(__always) func nextDifficulty(_ d: N, _ g: Int) -> N {
        let delta = w[6] * Double(3 - g)
        let damped = d + (10 - d) * delta / N(9)
        return (w[7] * easyInitialDifficulty + (1 - w[7]) * damped).clamped(1, 10)
    }

    @inline(__always) func shortTermStability(_ s: N, _ g: Int) -> N {
        var increase = N.exp(w[17] * (w[18] + Double(g - 3))) * N.pow(s, N(0) - w[19])
        if g >= 2 && increase.value < 1 { increase = N(1) }
        return s * increase
    }

    @inline(__always) func recallStability(_ d: N, _ s: N, _ r: N, _ g: Int) -> N {
        var growth = expW8 * (11 - d) * N.pow(s, N(0) - w[9]) * (N.exp((1 - r) * w[10]) - 1)
        if g == 2 { growth = growth * w[15] }
        if g == 4 { growth = growth * w[16] }
        return s * (growth + 1)
    }

    @inline(__always) func forgetStability(_ d: N, _ s: N, _ r: N) -> N {
        let long = w[11] * N.pow(d, N(0) - w[12]) * (N.pow(s + 1, w[13]) - 1) * N.exp((1 - r) * w[14])
        let short = s / lapseShortTermDivisor
        return long.value < short.value ? long : short
    }

    /// Runs one card's reviews; for every review with a positive day gap calls `visit(position, R)` with the
    /// predicted recall just before it (the fsrs-rs item ending at that review).
    @inline(__always)
    func run(_ reviews: UnsafeBufferPointer<TrainingReview>, visit: (Int, N) -> Void) {
        guard let first = reviews.first else { return }
        var s = w[Int(first.rating) - 1].clamped(Self.minimumStability, Self.maximumStability)
        var d = initialDifficulty(Int(first.rating))
        var position = 1
        while position < reviews.count {
            let review = reviews[position]
            let g = Int(review.rating)
            if review.deltaT > 0 {
                let r = retrievability(days: Double(review.deltaT), stability: s)
                visit(position, r)
                s = g == 1 ? forgetStability(d, s, r) : recallStability(d, s, r, g)
            } else {
                s = shortTermStability(s, g)
            }
            s = s.clamped(Self.minimumStability, Self.maximumStability)
            d = nextDifficulty(d, g)
            position += 1
        }
    }
}
