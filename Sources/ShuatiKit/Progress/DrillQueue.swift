import Foundation

/// How a drill session picks its items.
public enum DrillMode: String, CaseIterable, Sendable {
    /// FSRS queue: due reviews first (most overdue first), then up to the daily allowance of new items.
    case due
    /// Only items never answered, in bank order.
    case new
    /// Chapter practice in bank order (顺序练习).
    case sequential
    /// Chapter practice in a seeded random order (随机练习).
    case random
    /// The wrong-answer notebook (错题本), newest first.
    case wrong
    /// Read with the answer shown (背题模式); recorded as seen, not graded.
    case study
    /// Bookmarked items (收藏).
    case starred
}

/// Builds the list of items for a session. Pure: bank, history and clock in, ordered items out.
public struct DrillQueue {
    public var mode: DrillMode
    public var limit: Int?
    /// New items allowed per day in `due` mode (items first answered today count against it).
    public var newPerDay: Int
    public var seed: UInt64
    /// The student's time zone, for "today".
    public var timeZone: TimeZone
    /// Graded modes leave out items without an answer key unless this is set (背题 always shows them).
    public var includeKeyless: Bool
    /// Sequential practice starts after the item it stopped at (false: from the first item).
    public var resume: Bool

    public init(mode: DrillMode, limit: Int? = nil, newPerDay: Int = 20, seed: UInt64 = 1, timeZone: TimeZone = .current,
                includeKeyless: Bool = false, resume: Bool = true) {
        self.includeKeyless = includeKeyless
        self.resume = resume
        self.mode = mode
        self.limit = limit
        self.newPerDay = newPerDay
        self.seed = seed
        self.timeZone = timeZone
    }

    /// What the queue holds, with counts for the status line.
    public struct Result: Sendable {
        public var items: [Question]
        public var dueCount: Int
        public var newCount: Int
    }

    /// The `mode` written on answers given in sequential practice, so the next session resumes after them.
    public static let sequentialMode = "sequential"

    public func build(items allItems: [Question], states: [String: CardState], events: [ReviewEvent], now: Date) -> Result {
        let items = mode == .study || includeKeyless ? allItems : allItems.filter { $0.answer != nil }
        var chosen: [Question]
        var dueCount = 0, newCount = 0
        switch mode {
        case .due:
            let due = items.compactMap { item in states[item.id].map { (item, $0) } }
                .filter { $0.1.due <= now }
                .sorted { $0.1.due < $1.1.due }
                .map(\.0)
            let introducedToday = firstAnswersToday(events, now: now)
            let allowance = max(0, newPerDay - introducedToday)
            let fresh = Array(DrillQueue.mixed(items.filter { states[$0.id] == nil }).prefix(allowance))
            dueCount = due.count
            newCount = fresh.count
            chosen = due + fresh
        case .new:
            chosen = DrillQueue.mixed(items.filter { states[$0.id] == nil })
            newCount = chosen.count
        case .sequential:
            chosen = resume ? DrillQueue.resumed(items, events: events) : items
        case .study:
            chosen = items
        case .random:
            var generator = DrillRandom(seed: seed)
            chosen = items.shuffled(using: &generator)
        case .wrong:
            let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            chosen = WrongNotebook.entries(events).compactMap { byID[$0.item] }
        case .starred:
            let starred = Bookmarks.starred(events)
            chosen = items.filter { starred.contains($0.id) }
        }
        if let limit { chosen = Array(chosen.prefix(limit)) }
        return Result(items: chosen, dueCount: min(dueCount, chosen.count), newCount: min(newCount, chosen.count))
    }

    /// New items interleaved across type and section (one from each group in turn, bank order within a group), so
    /// the first day is not eighteen short answers in a row.
    static func mixed(_ items: [Question]) -> [Question] {
        var groups: [[Question]] = []
        var index: [String: Int] = [:]
        for item in items {
            let key = item.type.rawValue + "\u{1F}" + item.section
            if let i = index[key] { groups[i].append(item) } else { index[key] = groups.count; groups.append([item]) }
        }
        var out: [Question] = []
        out.reserveCapacity(items.count)
        var round = 0
        while out.count < items.count {
            for group in groups where round < group.count { out.append(group[round]) }
            round += 1
        }
        return out
    }

    /// Sequential practice starts after the item last answered in sequential practice among these items (so each
    /// bank and section resumes on its own), wrapping round to the start.
    static func resumed(_ items: [Question], events: [ReviewEvent]) -> [Question] {
        let position = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard let last = events.last(where: { $0.kind == .answer && $0.mode == sequentialMode && position[$0.item] != nil }),
              let at = position[last.item] else { return items }
        let start = at + 1
        return Array(items[start...] + items[..<start])
    }

    /// Items whose first answer fell on today's local date.
    func firstAnswersToday(_ events: [ReviewEvent], now: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let startOfToday = calendar.startOfDay(for: now)
        var seen = Set<String>()
        var today = 0
        for event in events where event.kind == .answer {
            if seen.insert(event.item).inserted && event.ts >= startOfToday { today += 1 }
        }
        return today
    }
}

/// Deterministic shuffling for `random` mode and reproducible papers.
public struct DrillRandom: RandomNumberGenerator {
    private var inner: FuzzRandom
    public init(seed: UInt64) { inner = FuzzRandom(seed: seed) }
    public mutating func next() -> UInt64 { inner.next() }
}
