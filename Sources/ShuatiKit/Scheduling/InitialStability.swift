import Foundation

/// The first step of fsrs-rs's fit: initial stability per first rating, from the cards' first long-term reviews
/// only, and the outlier filter that drops rare (first rating, first gap) groups from the whole training set.
enum InitialStability {
    /// (first rating, day gap of the first long-term review, recalled?) for the item that is a card's first
    /// long-term review.
    struct FirstReview { var rating: Int; var gap: Int; var recalled: Bool }

    /// The first long-term review of each card that has one, keyed by card.
    static func firstReviews(_ set: TrainingSet) -> [Int: FirstReview] {
        var out: [Int: FirstReview] = [:]
        for (c, card) in set.cards.enumerated() {
            guard let p = card.reviews.indices.first(where: { $0 > 0 && card.reviews[$0].deltaT > 0 }) else { continue }
            out[c] = FirstReview(rating: Int(card.reviews[0].rating), gap: Int(card.reviews[p].deltaT),
                                 recalled: card.reviews[p].rating > 1)
        }
        return out
    }

    /// fsrs-rs `filter_outlier`: per first rating, the smallest (gap) groups making up 5 % (at least 20 items) are
    /// dropped, and so are groups under 6 items or with gaps over 100 days (365 for Easy). Returns the cards kept.
    static func cardsKept(_ firsts: [Int: FirstReview]) -> Set<Int> {
        var groups: [Int: [Int: [Int]]] = [:]  // rating → gap → cards
        for (card, first) in firsts { groups[first.rating, default: [:]][first.gap, default: []].append(card) }
        var kept = Set<Int>()
        for (rating, byGap) in groups {
            // Largest groups first, ties by longer gap first; removal walks from the other end.
            let ordered = byGap.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key > $1.key }
            let total = ordered.reduce(0) { $0 + $1.value.count }
            var removed = 0
            for (gap, cards) in ordered.reversed() {
                if removed + cards.count >= max(20, total / 20) {
                    if cards.count >= 6 && gap <= (rating != 4 ? 100 : 365) { kept.formUnion(cards) }
                } else {
                    removed += cards.count
                }
            }
        }
        return kept
    }

    /// Initial stability per first rating (1…4) fitted to the first long-term reviews of `cards`, with fsrs-rs's
    /// Laplace smoothing towards `averageRecall`, L1 pull towards the defaults, and its fill-in for ratings never
    /// seen. Returns nil when there is no first review at all; also the count per rating.
    static func fit(_ firsts: [Int: FirstReview], cards: Set<Int>, averageRecall: Double, decay: Double)
        -> (stability: [Double], counts: [Int: Int])? {
        var byRating: [Int: [Int: (n: Double, recalled: Double)]] = [:]
        for card in cards {
            guard let f = firsts[card] else { continue }
            var cell = byRating[f.rating, default: [:]][f.gap] ?? (0, 0)
            cell.n += 1
            if f.recalled { cell.recalled += 1 }
            byRating[f.rating, default: [:]][f.gap] = cell
        }
        guard !byRating.isEmpty else { return nil }
        let factor = Foundation.pow(0.9, 1 / decay) - 1
        var fitted: [Int: Double] = [:]
        var counts: [Int: Int] = [:]
        for (rating, cells) in byRating {
            let data = cells.sorted { $0.key < $1.key }.map { (gap: Double($0.key), n: $0.value.n, recall: $0.value.recalled / $0.value.n) }
            counts[rating] = Int(data.reduce(0) { $0 + $1.n })
            let prior = SchedulerConfig.defaultParameters[rating - 1]
            func loss(_ s: Double) -> Double {
                var total = 0.0
                for cell in data {
                    let y = (cell.recall * cell.n + averageRecall) / (cell.n + 1)
                    let p = Foundation.pow(1 + factor * cell.gap / s, decay)
                    total -= (y * Foundation.log(p) + (1 - y) * Foundation.log(1 - p)) * cell.n
                }
                return total + abs(s - prior) / 16
            }
            // Ternary search over [S_MIN, 100], as fsrs-rs does (the loss is unimodal in s).
            var lo = 0.001, hi = 100.0, best = prior
            var iterations = 0
            while hi - lo > Double.ulpOfOne && iterations < 1000 {
                iterations += 1
                let m1 = lo + (hi - lo) / 3, m2 = hi - (hi - lo) / 3
                if loss(m1) < loss(m2) { hi = m2 } else { lo = m1 }
                best = (lo + hi) / 2
            }
            fitted[rating] = best
        }
        return (smoothAndFill(fitted, counts: counts), counts)
    }

    /// fsrs-rs `smooth_and_fill`: stabilities must not fall as the rating rises (the better-supported side wins),
    /// and ratings without data are filled by geometric interpolation/extrapolation from the others.
    static func smoothAndFill(_ input: [Int: Double], counts: [Int: Int]) -> [Double] {
        var s = input.filter { counts[$0.key] != nil }
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            guard let a = s[small], let b = s[big], a > b else { continue }
            if (counts[small] ?? 0) > (counts[big] ?? 0) { s[big] = a } else { s[small] = b }
        }
        let w1 = 0.6, w2 = 0.6
        let defaults = Array(SchedulerConfig.defaultParameters[0..<4])
        var r: [Double?] = [nil, s[1], s[2], s[3], s[4]]
        func p(_ x: Double, _ e: Double) -> Double { Foundation.pow(x, e) }
        switch s.count {
        case 0:
            return defaults
        case 1:
            let (rating, value) = s.first!
            let scale = value / defaults[rating - 1]
            return defaults.map { $0 * scale }.sorted().map { min(max($0, 0.001), 100) }
        case 2:
            switch (r[1], r[2], r[3], r[4]) {
            case (nil, nil, let r3?, let r4?):
                let r2 = p(r3, 1 / (1 - w2)) * p(r4, 1 - 1 / (1 - w2))
                r[2] = r2; r[1] = p(r2, 1 / w1) * p(r3, 1 - 1 / w1)
            case (nil, let r2?, nil, let r4?):
                let r3 = p(r2, 1 - w2) * p(r4, w2)
                r[3] = r3; r[1] = p(r2, 1 / w1) * p(r3, 1 - 1 / w1)
            case (nil, let r2?, let r3?, nil):
                r[4] = p(r2, 1 - 1 / w2) * p(r3, 1 / w2); r[1] = p(r2, 1 / w1) * p(r3, 1 - 1 / w1)
            case (let r1?, nil, nil, let r4?):
                let k = w1 + w2 - w1 * w2
                r[2] = p(r1, w1 / k) * p(r4, 1 - w1 / k)
                r[3] = p(r1, 1 - w2 / k) * p(r4, w2 / k)
            case (let r1?, nil, let r3?, nil):
                let r2 = p(r1, w1) * p(r3, 1 - w1)
                r[2] = r2; r[4] = p(r2, 1 - 1 / w2) * p(r3, 1 / w2)
            case (let r1?, let r2?, nil, nil):
                let r3 = p(r1, 1 - 1 / (1 - w1)) * p(r2, 1 / (1 - w1))
                r[3] = r3; r[4] = p(r2, 1 - 1 / w2) * p(r3, 1 / w2)
            default: break
            }
        case 3:
            switch (r[1], r[2], r[3], r[4]) {
            case (nil, let r2?, let r3?, _): r[1] = p(r2, 1 / w1) * p(r3, 1 - 1 / w1)
            case (let r1?, nil, let r3?, _): r[2] = p(r1, w1) * p(r3, 1 - w1)
            case (_, let r2?, nil, let r4?): r[3] = p(r2, 1 - w2) * p(r4, w2)
            case (_, let r2?, let r3?, nil): r[4] = p(r2, 1 - 1 / w2) * p(r3, 1 / w2)
            default: break
            }
        default: break
        }
        return (1...4).map { min(max(r[$0] ?? defaults[$0 - 1], 0.001), 100) }
    }
}
