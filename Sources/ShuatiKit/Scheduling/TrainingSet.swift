import Foundation

/// One review as the optimiser sees it: the rating and the whole days since the previous review's day (0 for the
/// first review and for a review on the same day).
public struct TrainingReview: Equatable, Sendable {
    public var rating: Int8
    public var deltaT: Int32
    public init(rating: Int, deltaT: Int) { self.rating = Int8(rating); self.deltaT = Int32(deltaT) }
}

/// One card's reviews in time order.
public struct TrainingCard: Sendable {
    public var reviews: [TrainingReview]
    /// Review times (seconds since 1970), to order the items in time.
    public var times: [Double]
    public init(reviews: [TrainingReview], times: [Double]) { self.reviews = reviews; self.times = times }
}

/// The training items of fsrs-rs: one per review with a positive day gap, holding the card's history up to and
/// including it. Stored as (card, position) pairs over the cards instead of copies of every history prefix, so a
/// card's items all come out of one pass of the model.
public struct TrainingSet: Sendable {
    public struct Item: Equatable, Sendable {
        public var card: Int32
        /// Index of the item's last review in its card.
        public var position: Int32
    }

    public var cards: [TrainingCard]
    /// All items, oldest last review first (the order fsrs-rs's recency weights assume).
    public var items: [Item]
    /// Answers read from the log (all reviews, including first and same-day ones).
    public var reviewCount: Int

    /// Items from cards given directly (synthetic learners, tests).
    public init(cards: [TrainingCard]) {
        self.cards = cards
        reviewCount = cards.reduce(0) { $0 + $1.reviews.count }
        var items: [Item] = []
        for (c, card) in cards.enumerated() {
            for (p, review) in card.reviews.enumerated() where p > 0 && review.deltaT > 0 {
                items.append(Item(card: Int32(c), position: Int32(p)))
            }
        }
        // Stable sort by the time of the item's review.
        let keyed = items.enumerated().map { (cards[Int($0.element.card)].times[Int($0.element.position)], $0.offset, $0.element) }
        self.items = keyed.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.2)
    }

    /// Items from a review log: every surviving answer (undo applied), grouped by item, days counted in `timeZone`
    /// with the day starting at `dayStartHour` (Anki's "next day starts at", 4 by default).
    public init(events: [ReviewEvent], timeZone: TimeZone, dayStartHour: Int) {
        let history = AnswerHistory(events)
        var localDays = LocalDays(timeZone: timeZone)
        let shift = Double(dayStartHour * 3600)
        var cards: [TrainingCard] = []
        cards.reserveCapacity(history.items.count)
        for answers in history.answers where !answers.isEmpty {
            // Indices, not copies of the events; the log is in time order, so the sort rarely moves anything.
            let ordered = answers.map(Int.init).sorted { events[$0].ts != events[$1].ts ? events[$0].ts < events[$1].ts : $0 < $1 }
            var reviews: [TrainingReview] = []
            var times: [Double] = []
            reviews.reserveCapacity(ordered.count)
            times.reserveCapacity(ordered.count)
            var previousDay: Int?
            for index in ordered {
                let ts = events[index].ts
                let day = localDays.day(ts.addingTimeInterval(-shift))
                reviews.append(TrainingReview(rating: events[index].rating, deltaT: previousDay.map { max(0, day - $0) } ?? 0))
                times.append(ts.timeIntervalSince1970)
                previousDay = day
            }
            cards.append(TrainingCard(reviews: reviews, times: times))
        }
        self.init(cards: cards)
    }

    /// Reviews with a positive day gap, like fsrs-rs's `long_term_review_cnt`, up to and including `position`.
    func longTermCount(card: Int, through position: Int) -> Int {
        var n = 0
        for p in 1...position where cards[card].reviews[p].deltaT > 0 { n += 1 }
        return n
    }
}
