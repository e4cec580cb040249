import Foundation

/// Why a bank file could not be read.
public enum BankError: Error, CustomStringConvertible, Equatable {
    case badItem(String)
    case notABank(String)

    public var description: String {
        switch self {
        case let .badItem(why): return "bad item: \(why)"
        case let .notABank(why): return "not a shuati bank: \(why)"
        }
    }
}

/// A named collection of items, deduplicated by id (first occurrence wins).
public struct Bank: Equatable, Sendable {
    public var name: String
    public private(set) var items: [Question]
    private var index: [String: Int]

    public init(name: String, items: [Question] = []) {
        self.name = name
        self.items = []
        self.index = [:]
        add(items)
    }

    public static func == (a: Bank, b: Bank) -> Bool { a.name == b.name && a.items == b.items }

    /// Adds items not already present; returns how many were new.
    @discardableResult
    public mutating func add(_ newItems: [Question]) -> Int {
        var added = 0
        for item in newItems where index[item.id] == nil {
            index[item.id] = items.count
            items.append(item)
            added += 1
        }
        return added
    }

    /// The item with this id, or the only item whose id starts with this prefix.
    public func item(_ idOrPrefix: String) -> Question? {
        if let i = index[idOrPrefix] { return items[i] }
        let matches = items.filter { $0.id.hasPrefix(idOrPrefix) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Section names in first-appearance order.
    public var sections: [String] {
        var seen = Set<String>()
        return items.compactMap { seen.insert($0.section).inserted ? $0.section : nil }
    }

    /// `{"name":…,"items":[…]}`.
    public var json: JSONValue {
        .object([("name", .string(name)), ("items", .array(items.map(\.json)))])
    }

    /// Reads a bank file (the format `json` above, or the bare `shuati import --json` output).
    public init(json: JSONValue, defaultName: String) throws {
        guard let items = json["items"]?.arrayValue else { throw BankError.notABank("no \"items\" list") }
        var parsed: [Question] = []
        for (i, item) in items.enumerated() {
            do { parsed.append(try Question(json: item)) } catch let error as BankError {
                throw BankError.badItem("item \(i + 1): \(error)")
            }
        }
        self.init(name: json["name"]?.stringValue ?? defaultName, items: parsed)
    }
}
