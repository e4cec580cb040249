/// Why a paper could not be built.
public enum MockExamError: Error, CustomStringConvertible, Equatable {
    /// One line per blueprint entry the bank cannot fill.
    case tooFewItems([Shortage])
    case noGradableItems

    /// An entry that asked for more keyed items than there are.
    public struct Shortage: Equatable, Sendable {
        public var entry: BlueprintEntry
        public var available: Int
        /// Matching items left out because they have no answer key.
        public var withoutKey: Int
    }

    public var description: String {
        switch self {
        case .noGradableItems:
            return "the bank has no items with an answer key, so no graded paper can be built"
        case let .tooFewItems(shortages):
            let lines = shortages.map { s -> String in
                let scope = s.entry.type.rawValue + (s.entry.section.map { " in sections matching '\($0)'" } ?? "")
                var line = "\(scope): the blueprint asks for \(s.entry.count), the bank has \(s.available) with an answer key"
                if s.withoutKey > 0 { line += " (\(s.withoutKey) more have no usable key and cannot be graded)" }
                return line
            }
            return "not enough items for the blueprint: " + lines.joined(separator: "; ")
        }
    }
}

/// Draws a mock exam from a bank: seeded, so the same seed, bank and blueprint give the same paper.
public enum MockExamBuilder {
    /// Picks items per blueprint entry (entries naming a section first, so a general entry cannot use up the
    /// items a specific one needs), groups them by type in blueprint order, numbers them, and optionally
    /// shuffles each choice item's options with its key remapped. Items without a key are never used.
    public static func build(from questions: [Question], blueprint: Blueprint, seed: UInt64, shuffleOptions: Bool,
                             title: String, minutes: Int? = nil) throws -> Paper {
        let keyed = questions.filter(\.isGradable)
        guard !keyed.isEmpty else { throw MockExamError.noGradableItems }
        guard blueprint.itemCount > 0 else { throw BlueprintError.empty }
        var rng = SeededGenerator(seed: seed)
        var used = Set<String>()
        var picked: [Int: [(Question, Double)]] = [:]
        var shortages: [MockExamError.Shortage] = []
        let order = blueprint.entries.indices.sorted { a, b in
            let sa = blueprint.entries[a].section != nil, sb = blueprint.entries[b].section != nil
            return sa != sb ? sa : a < b
        }
        for index in order {
            let entry = blueprint.entries[index]
            func matches(_ q: Question) -> Bool {
                q.type == entry.type && (entry.section.map { q.section.contains($0) } ?? true)
            }
            var pool = keyed.filter { matches($0) && !used.contains($0.id) }
            if pool.count < entry.count {
                let withoutKey = questions.filter { !$0.isGradable && matches($0) }.count
                shortages.append(.init(entry: entry, available: pool.count, withoutKey: withoutKey))
                continue
            }
            rng.shuffle(&pool)
            let chosen = pool.prefix(entry.count)
            for q in chosen { used.insert(q.id) }
            picked[index] = chosen.map { ($0, entry.points) }
        }
        if !shortages.isEmpty {
            // Report in the order the user wrote the blueprint.
            let position = Dictionary(uniqueKeysWithValues: blueprint.entries.enumerated().map { ($0.element.text, $0.offset) })
            throw MockExamError.tooFewItems(shortages.sorted { (position[$0.entry.text] ?? 0) < (position[$1.entry.text] ?? 0) })
        }
        // Same-type entries sit together, in the order their type first appears in the blueprint.
        var typeOrder: [QuestionType] = []
        for entry in blueprint.entries where !typeOrder.contains(entry.type) { typeOrder.append(entry.type) }
        var items: [PaperItem] = []
        for type in typeOrder {
            for index in blueprint.entries.indices where blueprint.entries[index].type == type {
                for (question, points) in picked[index] ?? [] {
                    var item = PaperItem(number: items.count + 1, question: question, points: points)
                    if shuffleOptions { OptionShuffler.shuffle(&item, using: &rng) }
                    items.append(item)
                }
            }
        }
        return Paper(title: title, items: items, seed: seed, minutes: minutes)
    }
}
