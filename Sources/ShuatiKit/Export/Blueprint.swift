/// Why a blueprint could not be read.
public enum BlueprintError: Error, CustomStringConvertible, Equatable {
    case badEntry(entry: String, reason: String)
    case unknownType(entry: String, type: String)
    case empty

    public var description: String {
        switch self {
        case let .badEntry(entry, reason): return "blueprint entry '\(entry)': \(reason)"
        case let .unknownType(entry, type):
            return "blueprint entry '\(entry)': unknown item type '\(type)' (use \(QuestionType.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .empty: return "the blueprint asks for no items"
        }
    }
}

/// How many items of one type (optionally from matching sections) a paper takes, and what each is worth.
public struct BlueprintEntry: Equatable, Sendable {
    public var type: QuestionType
    /// Only items whose section contains this text; nil for any section.
    public var section: String?
    public var count: Int
    public var points: Double

    public init(type: QuestionType, section: String? = nil, count: Int, points: Double) {
        self.type = type
        self.section = section
        self.count = count
        self.points = points
    }

    /// `single_choice@第二章:5x2`.
    public var text: String {
        type.rawValue + (section.map { "@" + $0 } ?? "") + ":\(count)x\(formatPoints(points))"
    }
}

/// What a mock exam is made of: `single_choice:20x1,multiple_choice:10x2,true_false:10x1,short_answer:4x10`.
public struct Blueprint: Equatable, Sendable {
    public var entries: [BlueprintEntry]

    public init(entries: [BlueprintEntry]) { self.entries = entries }

    /// Points per item when the blueprint does not say: harder types are worth more.
    public static func defaultPoints(_ type: QuestionType) -> Double {
        switch type {
        case .singleChoice, .trueFalse: return 1
        case .multipleChoice, .fillBlank: return 2
        case .shortAnswer: return 5
        }
    }

    /// Parses `TYPE[@SECTION]:COUNT[xPOINTS]` entries separated by commas (`，` too). Types take their
    /// `shuati` names or short aliases (`single`, `multi`, `tf`, `fill`, `short`, 单选, 多选, 判断, 填空, 简答).
    public static func parse(_ text: String) throws -> Blueprint {
        var entries: [BlueprintEntry] = []
        let pieces = text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for piece in pieces {
            guard let colon = piece.lastIndex(where: { $0 == ":" || $0 == "：" }) else {
                throw BlueprintError.badEntry(entry: piece, reason: "expected TYPE:COUNTxPOINTS, e.g. single_choice:20x1")
            }
            var head = String(piece[..<colon]).trimmingCharacters(in: .whitespaces)
            let tail = String(piece[piece.index(after: colon)...]).trimmingCharacters(in: .whitespaces).lowercased()
            var section: String?
            if let at = head.firstIndex(of: "@") {
                section = String(head[head.index(after: at)...]).trimmingCharacters(in: .whitespaces)
                head = String(head[..<at]).trimmingCharacters(in: .whitespaces)
                if section?.isEmpty ?? true { throw BlueprintError.badEntry(entry: piece, reason: "empty section after '@'") }
            }
            guard let type = typeNamed(head) else { throw BlueprintError.unknownType(entry: piece, type: head) }
            let numbers = tail.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "x" || $0 == "×" || $0 == "*" })
            guard numbers.count == 1 || numbers.count == 2, let count = Int(numbers[0]), count >= 0 else {
                throw BlueprintError.badEntry(entry: piece, reason: "'\(tail)' is not COUNT or COUNTxPOINTS")
            }
            var points = defaultPoints(type)
            if numbers.count == 2 {
                guard let p = Double(numbers[1]), p > 0, p.isFinite else {
                    throw BlueprintError.badEntry(entry: piece, reason: "points '\(numbers[1])' must be a positive number")
                }
                points = p
            }
            if count > 0 { entries.append(BlueprintEntry(type: type, section: section, count: count, points: points)) }
        }
        guard !entries.isEmpty else { throw BlueprintError.empty }
        return Blueprint(entries: entries)
    }

    /// The bank's own proportions over `total` items (largest remainder), counting only items with a key.
    public static func proportional(to questions: [Question], total: Int = 50) -> Blueprint {
        let keyed = questions.filter(\.isGradable)
        let n = min(total, keyed.count)
        guard n > 0 else { return Blueprint(entries: []) }
        var available: [QuestionType: Int] = [:]
        for q in keyed { available[q.type, default: 0] += 1 }
        let types = QuestionType.allCases.filter { (available[$0] ?? 0) > 0 }
        var counts: [QuestionType: Int] = [:]
        var remainders: [(QuestionType, Double)] = []
        for type in types {
            let exact = Double(n) * Double(available[type]!) / Double(keyed.count)
            counts[type] = min(Int(exact), available[type]!)
            remainders.append((type, exact - Double(Int(exact))))
        }
        var left = n - counts.values.reduce(0, +)
        for (type, _) in remainders.sorted(by: { $0.1 > $1.1 }) where left > 0 && counts[type]! < available[type]! {
            counts[type]! += 1
            left -= 1
        }
        return Blueprint(entries: types.compactMap { type in
            counts[type]! > 0 ? BlueprintEntry(type: type, count: counts[type]!, points: defaultPoints(type)) : nil
        })
    }

    /// Total items asked for.
    public var itemCount: Int { entries.reduce(0) { $0 + $1.count } }

    /// `single_choice:20x1,…`, which `parse` reads back.
    public var text: String { entries.map(\.text).joined(separator: ",") }

    /// A type by its `shuati` name, a short alias or its Chinese name (单选, 多选题, 判断 …).
    public static func typeNamed(_ name: String) -> QuestionType? {
        let key = name.lowercased().replacingOccurrences(of: "-", with: "_")
        if let t = QuestionType(rawValue: key) { return t }
        switch key {
        case "single", "sc", "choice", "单选", "单选题", "单项选择题": return .singleChoice
        case "multi", "multiple", "mc", "多选", "多选题", "多项选择题": return .multipleChoice
        case "tf", "truefalse", "true_or_false", "judge", "判断", "判断题": return .trueFalse
        case "fill", "blank", "fill_in", "填空", "填空题": return .fillBlank
        case "short", "essay", "sa", "简答", "简答题", "问答题", "论述题": return .shortAnswer
        default: return nil
        }
    }
}
