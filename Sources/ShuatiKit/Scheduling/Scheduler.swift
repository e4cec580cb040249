import Foundation

/// FSRS-6 exactly as py-fsrs 6.3 computes it (the reference): memory update, learning/relearning steps,
/// review intervals, optional fuzz. Pure: the caller passes the time.
public struct Scheduler: Sendable {
    public let config: SchedulerConfig
    private let w: [Double]
    /// DECAY = −w20; FACTOR = 0.9^(1/DECAY) − 1 (the literal 0.9, not the desired retention).
    private let decay: Double
    private let factor: Double
    /// Constants of the formulas, computed once with the same operations (so results stay bit-identical).
    private let expW8: Double
    private let easyInitialDifficulty: Double
    private let retentionTerm: Double
    private let shortTermLapseDivisor: Double

    static let minimumStability = 0.001
    /// e as CPython spells it: `math.e ** x` is `pow(e, x)`, which differs from `exp(x)` in the last bit.
    private static let e = 2.718281828459045

    public init(config: SchedulerConfig = SchedulerConfig()) {
        self.config = config
        self.w = config.parameters
        self.decay = -config.parameters[20]
        self.factor = pow(0.9, 1 / -config.parameters[20]) - 1
        let w = config.parameters
        self.expW8 = pow(Scheduler.e, w[8])
        self.easyInitialDifficulty = w[4] - pow(Scheduler.e, w[5] * (4 - 1)) + 1
        self.retentionTerm = pow(config.desiredRetention, 1 / -config.parameters[20]) - 1
        self.shortTermLapseDivisor = pow(Scheduler.e, w[17] * w[18])
    }

    // MARK: public API

    /// The state after reviewing `card` (nil for a new item) with `rating` at `now`.
    public func review(_ card: CardState?, item: String, rating: Rating, at now: Date) -> CardState {
        let g = Double(rating.rawValue)
        var stability: Double
        var difficulty: Double
        var phase = card?.phase ?? .learning
        var step: Int? = card == nil ? 0 : card!.step
        if let card {
            let t = elapsedDays(from: card.lastReview, to: now)
            if t < 1 {
                stability = shortTermStability(card.stability, g)
            } else {
                let r = retrievability(stability: card.stability, elapsedDays: t)
                stability = rating == .again ? forgetStability(card.difficulty, card.stability, r)
                                             : recallStability(card.difficulty, card.stability, r, g)
            }
            difficulty = nextDifficulty(card.difficulty, g)
        } else {
            stability = max(w[rating.rawValue - 1], Scheduler.minimumStability)
            difficulty = clampDifficulty(initialDifficultyRaw(g))
        }

        var interval: TimeInterval
        var reviewInterval = false
        switch phase {
        case .learning, .relearning:
            let steps = phase == .learning ? config.learningSteps : config.relearningSteps
            let current = step ?? 0
            if steps.isEmpty || (current >= steps.count && rating != .again) {
                phase = .review; step = nil; reviewInterval = true; interval = 0
            } else {
                switch rating {
                case .again:
                    step = 0
                    interval = steps[0]
                case .hard:
                    if current == 0 && steps.count == 1 { interval = steps[0] * 1.5 }
                    else if current == 0 { interval = (steps[0] + steps[1]) / 2 }
                    else { interval = steps[current] }
                case .good:
                    if current + 1 == steps.count {
                        phase = .review; step = nil; reviewInterval = true; interval = 0
                    } else {
                        step = current + 1
                        interval = steps[current + 1]
                    }
                case .easy:
                    phase = .review; step = nil; reviewInterval = true; interval = 0
                }
            }
        case .review:
            if rating == .again && !config.relearningSteps.isEmpty {
                phase = .relearning; step = 0
                interval = config.relearningSteps[0]
            } else {
                reviewInterval = true; interval = 0
            }
        }
        if reviewInterval {
            var days = nextIntervalDays(stability)
            if let seed = config.fuzzSeed {
                days = fuzzed(days, seed: seed, item: item, at: now)
            }
            interval = Double(days) * 86400
        }
        let lapses = (card?.lapses ?? 0) + (card?.phase == .review && rating == .again ? 1 : 0)
        return CardState(item: item, phase: phase, step: step, stability: stability, difficulty: difficulty,
                         due: now.addingTimeInterval(interval), lastReview: now, reps: (card?.reps ?? 0) + 1,
                         lapses: lapses)
    }

    /// Predicted probability of recall of `card` at `now` (0…1), counting whole elapsed days as py-fsrs does.
    public func retrievability(_ card: CardState, at now: Date) -> Double {
        retrievability(stability: card.stability, elapsedDays: max(0, elapsedDays(from: card.lastReview, to: now)))
    }

    /// Recall probability after `days` (fractional allowed) for a stability, for forecasts.
    public func retrievability(stability: Double, afterDays days: Double) -> Double {
        pow(1 + factor * max(0, days) / stability, decay)
    }

    // MARK: formulas (evaluation order as in the reference, for bit-exact results)

    /// Whole 24-hour periods (Python `timedelta.days`: floor, negative for time going backwards).
    func elapsedDays(from last: Date, to now: Date) -> Double {
        (now.timeIntervalSince(last) / 86400).rounded(.down)
    }

    func retrievability(stability: Double, elapsedDays t: Double) -> Double {
        pow(1 + factor * max(0, t) / stability, decay)
    }

    func initialDifficultyRaw(_ g: Double) -> Double {
        w[4] - pow(Scheduler.e, w[5] * (g - 1)) + 1
    }

    func clampDifficulty(_ d: Double) -> Double { min(max(d, 1), 10) }

    func nextDifficulty(_ d: Double, _ g: Double) -> Double {
        let delta = -(w[6] * (g - 3))
        let dPrime = d + (10.0 - d) * delta / 9.0
        return clampDifficulty(w[7] * easyInitialDifficulty + (1 - w[7]) * dPrime)
    }

    func shortTermStability(_ s: Double, _ g: Double) -> Double {
        var increase = pow(Scheduler.e, w[17] * (g - 3 + w[18])) * pow(s, -w[19])
        if g >= 2 { increase = max(increase, 1.0) }
        return max(s * increase, Scheduler.minimumStability)
    }

    func recallStability(_ d: Double, _ s: Double, _ r: Double, _ g: Double) -> Double {
        let hard = g == 2 ? w[15] : 1
        let easy = g == 4 ? w[16] : 1
        let growth = expW8 * (11 - d) * pow(s, -w[9]) * (pow(Scheduler.e, (1 - r) * w[10]) - 1) * hard * easy
        return max(s * (1 + growth), Scheduler.minimumStability)
    }

    func forgetStability(_ d: Double, _ s: Double, _ r: Double) -> Double {
        let long = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * pow(Scheduler.e, (1 - r) * w[14])
        let short = s / shortTermLapseDivisor
        return max(min(long, short), Scheduler.minimumStability)
    }

    /// Days until retrievability falls to the desired retention, rounded half-to-even, within [1, maximum].
    func nextIntervalDays(_ s: Double) -> Int {
        let raw = (s / factor) * retentionTerm
        let rounded = raw.rounded(.toNearestOrEven)
        guard rounded.isFinite else { return config.maximumInterval }
        return Int(min(max(rounded, 1), Double(config.maximumInterval)))
    }

    /// py-fsrs's fuzz ranges, drawn from a generator seeded by (seed, item, time) so a replay is deterministic.
    func fuzzed(_ days: Int, seed: UInt64, item: String, at now: Date) -> Int {
        let n = Double(days)
        guard n >= 2.5 else { return days }
        let delta = 1.0 + 0.15 * max(min(n, 7) - 2.5, 0) + 0.10 * max(min(n, 20) - 7, 0) + 0.05 * max(n - 20, 0)
        var lo = (n - delta).rounded(.toNearestOrEven)
        var hi = (n + delta).rounded(.toNearestOrEven)
        lo = max(2, lo)
        hi = min(hi, Double(config.maximumInterval))
        lo = min(lo, hi)
        var generator = FuzzRandom(seed: seed ^ ItemIDHash.of(item) ^ UInt64(bitPattern: Int64(now.timeIntervalSince1970)))
        let u = Double(generator.next() >> 11) / Double(1 << 53)
        let value = (u * (hi - lo + 1) + lo).rounded(.toNearestOrEven)
        return Int(min(value, Double(config.maximumInterval)))
    }
}

/// SplitMix64: small, fast, and the same on every platform.
struct FuzzRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A stable 64-bit hash of an item id (FNV-1a), for seeding.
enum ItemIDHash {
    static func of(_ s: String) -> UInt64 { ItemID.fnv1a64(s) }
}
