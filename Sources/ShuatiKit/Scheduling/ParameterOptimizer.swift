import Foundation

/// Fits the 21 FSRS-6 parameters to a review log the way fsrs-rs's `compute_parameters` does: initial stability
/// from first long-term reviews, outlier filter, then Adam on recency-weighted log loss with an L2 pull towards
/// the starting point, cosine-annealed learning rate, parameters clamped after every step, and the best epoch kept.
/// Gradients are exact, from forward-mode dual numbers. Pure and deterministic for a given set and options.
public struct ParameterOptimizer: Sendable {
    public struct Options: Sendable {
        public var epochs = 5
        public var batchSize = 512
        public var learningRate = 0.04
        /// Items with more reviews than this are left out of training (fsrs-rs `max_seq_len`).
        public var maxSequenceLength = 256
        /// Weight of the L2 pull towards the starting parameters.
        public var gamma = 1.0
        public var seed: UInt64 = 2023
        /// Train w17–w19 (same-day reviews); off freezes them, as fsrs-rs does without short-term.
        public var shortTerm = true
        /// Relearning steps the scheduler uses (bounds w17·w18 when more than one, as fsrs-rs does).
        public var relearningSteps = 1
        public init() {}
    }

    /// Why the result is what it is.
    public enum Outcome: String, Sendable {
        /// Trained on the log.
        case trained
        /// Enough first reviews for initial stability only; the rest are the defaults.
        case initialStabilityOnly = "initial_stability_only"
        /// Too little data: the defaults.
        case tooLittleData = "too_little_data"
    }

    public struct Result: Sendable {
        public var parameters: [Double]
        public var outcome: Outcome
        /// Items trained on (after the outlier filter).
        public var trainingItems: Int
    }

    public var options: Options
    public init(options: Options = Options()) { self.options = options }

    /// fsrs-rs's per-parameter spread, scaling the L2 pull.
    static let parameterSpread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    ]

    public func fit(_ set: TrainingSet) -> Result {
        let defaults = SchedulerConfig.defaultParameters
        let averageRecall = set.items.isEmpty ? 0
            : Double(set.items.filter { set.cards[Int($0.card)].reviews[Int($0.position)].rating > 1 }.count) / Double(set.items.count)
        let firsts = InitialStability.firstReviews(set)
        let kept = InitialStability.cardsKept(firsts)
        let trainItems = set.items.filter { kept.contains(Int($0.card)) }
        let pretrainCount = kept.count  // one first long-term review per kept card
        guard trainItems.count >= 8,
              let initial = InitialStability.fit(firsts, cards: kept, averageRecall: averageRecall, decay: -defaults[20]) else {
            return Result(parameters: defaults, outcome: .tooLittleData, trainingItems: trainItems.count)
        }
        var start = defaults
        start.replaceSubrange(0..<4, with: initial.stability)
        if trainItems.count == pretrainCount || trainItems.count < 64 {
            return Result(parameters: start, outcome: .initialStabilityOnly, trainingItems: trainItems.count)
        }
        var w = train(set, items: trainItems, from: start)
        let smoothed = InitialStability.smoothAndFill([1: w[0], 2: w[1], 3: w[2], 4: w[3]].filter { initial.counts[$0.key] != nil },
                                                      counts: initial.counts)
        w.replaceSubrange(0..<4, with: smoothed)
        return Result(parameters: w, outcome: .trained, trainingItems: trainItems.count)
    }

    /// fsrs-rs clamps (FSRS-6), all inside the bounds py-fsrs checks.
    func clamp(_ w: inout [Double]) {
        var ceiling1718 = 2.0
        if options.relearningSteps > 1 {
            let v = -(Foundation.log(w[11]) + Foundation.log(Foundation.pow(2, w[13]) - 1) + w[14] * 0.3) / Double(options.relearningSteps)
            ceiling1718 = min(max(v, 0.01).squareRoot(), 2)
        }
        let bounds: [(Double, Double)] = [
            (0.001, 100), (0.001, 100), (0.001, 100), (0.001, 100), (1, 10), (0.001, 4), (0.001, 4), (0.001, 0.75),
            (0, 4.5), (0, 0.8), (0.001, 3.5), (0.001, 5), (0.001, 0.25), (0.001, 0.9), (0, 4), (0, 1), (1, 6),
            (0, ceiling1718), (0, ceiling1718), (options.shortTerm ? 0.01 : 0, 0.8), (0.1, 0.8),
        ]
        for i in 0..<21 { w[i] = min(max(w[i], bounds[i].0), bounds[i].1) }
    }

    /// The training loop. Items of one card share one model pass, so a batch is a run of whole cards (shuffled
    /// each epoch) holding about `batchSize` items.
    func train(_ set: TrainingSet, items: [TrainingSet.Item], from start: [Double]) -> [Double] {
        // Per (card, position): the item's recency weight, 0 where the review is not a training item.
        let recency = RecencyWeights.of(count: items.count)
        var weight = set.cards.map { [Double](repeating: 0, count: $0.reviews.count) }
        var itemsPerCard = [Int](repeating: 0, count: set.cards.count)
        for (k, item) in items.enumerated() where Int(item.position) + 1 <= options.maxSequenceLength {
            weight[Int(item.card)][Int(item.position)] = recency[k]
            itemsPerCard[Int(item.card)] += 1
        }
        let trainCards = (0..<set.cards.count).filter { itemsPerCard[$0] > 0 }
        let total = Double(trainCards.reduce(0) { $0 + itemsPerCard[$1] })
        let spread2 = Self.parameterSpread.map { $0 * $0 }
        var frozen = [Bool](repeating: false, count: 21)
        if !options.shortTerm { for i in 17...19 { frozen[i] = true } }

        var w = start
        clamp(&w)
        var m = [Double](repeating: 0, count: 21), v = [Double](repeating: 0, count: 21)
        let beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8
        let stepsPerEpoch = Int(total) / options.batchSize + 1
        let totalSteps = Double(stepsPerEpoch * options.epochs)
        var step = 0
        var generator = FuzzRandom(seed: options.seed)
        var best = w
        var bestLoss = objective(set, cards: trainCards, weight: weight, w: w, start: start, spread2: spread2)

        for _ in 0..<options.epochs {
            let order = trainCards.shuffled(using: &generator)
            var index = 0
            while index < order.count {
                var batch: [Int] = []
                var batchItems = 0
                while index < order.count && (batchItems < options.batchSize || batch.isEmpty) {
                    batch.append(order[index]); batchItems += itemsPerCard[order[index]]; index += 1
                }
                var gradient = lossGradient(set, cards: batch, weight: weight, w: w)
                let share = options.gamma * Double(batchItems) / total
                for i in 0..<21 { gradient[i] += share * 2 * (w[i] - start[i]) / spread2[i] }
                // Adam with bias correction; learning rate on a cosine from its start to 0 over all steps.
                step += 1
                let rate = options.learningRate * (1 + cos(Double.pi * Double(step - 1) / totalSteps)) / 2
                let c1 = 1 - Foundation.pow(beta1, Double(step)), c2 = 1 - Foundation.pow(beta2, Double(step))
                for i in 0..<21 where !frozen[i] {
                    m[i] = beta1 * m[i] + (1 - beta1) * gradient[i]
                    v[i] = beta2 * v[i] + (1 - beta2) * gradient[i] * gradient[i]
                    w[i] -= rate * (m[i] / c1) / ((v[i] / c2).squareRoot() + epsilon)
                }
                clamp(&w)
            }
            let loss = objective(set, cards: trainCards, weight: weight, w: w, start: start, spread2: spread2)
            if loss < bestLoss { bestLoss = loss; best = w }
        }
        return best
    }

    /// Weighted log loss summed over the items of `cards`, differentiated in all 21 parameters.
    func lossGradient(_ set: TrainingSet, cards: [Int], weight: [[Double]], w: [Double]) -> [Double] {
        let model = MemoryModel<Dual>((0..<21).map { Dual.parameter(w[$0], index: $0) })
        var sum = Partials()
        for c in cards {
            let card = set.cards[c]
            let weights = weight[c]
            card.reviews.withUnsafeBufferPointer { reviews in
                model.run(reviews) { p, r in
                    let itemWeight = weights[p]
                    guard itemWeight > 0 else { return }
                    // d/dθ of −[y log R + (1−y) log(1−R)] = −(y/R − (1−y)/(1−R)) dR/dθ, with R kept off 0 and 1.
                    let q = min(max(r.v, 1e-7), 1 - 1e-7)
                    guard q == r.v else { return }
                    let scale = reviews[p].rating > 1 ? -1 / q : 1 / (1 - q)
                    sum += r.d * (scale * itemWeight)
                }
            }
        }
        return sum.array
    }

    /// What the epochs are compared on: the training loss plus the full L2 pull, per item.
    func objective(_ set: TrainingSet, cards: [Int], weight: [[Double]], w: [Double], start: [Double], spread2: [Double]) -> Double {
        let model = MemoryModel<Double>(w)
        var loss = 0.0, count = 0.0
        for c in cards {
            let weights = weight[c]
            set.cards[c].reviews.withUnsafeBufferPointer { reviews in
                model.run(reviews) { p, r in
                    guard weights[p] > 0 else { return }
                    loss += weights[p] * BinaryCrossEntropy.loss(r, reviews[p].rating > 1 ? 1 : 0)
                    count += 1
                }
            }
        }
        var penalty = 0.0
        for i in 0..<21 { penalty += (w[i] - start[i]) * (w[i] - start[i]) / spread2[i] }
        return (loss + options.gamma * penalty) / max(count, 1)
    }
}
