import Dispatch
import Foundation

/// The answers of a review log grouped by item, in log order, with undo applied: the one reading of the log that
/// card states, statistics and the wrong-answer notebook all share. Holds indices, not copies of the events.
public struct AnswerHistory: Sendable {
    /// Item ids in order of first answer.
    public private(set) var items: [String] = []
    /// For each item, the indices (into the events given) of its surviving answers.
    public private(set) var answers: [[Int32]] = []
    /// Items read in study mode (`seen` events).
    public private(set) var seen = Set<String>()

    public init(_ events: [ReviewEvent]) {
        let ids = ItemNumbering(events)
        seen = ids.seen
        // Pass 1: slots in order of first answer, and how many answers each may hold (to allocate once).
        var slotOfID = [Int32](repeating: -1, count: ids.names.count)
        var capacity: [Int] = []
        for code in ids.code where code >= 0 {
            let id = Int(code)
            if slotOfID[id] < 0 {
                slotOfID[id] = Int32(items.count)
                items.append(ids.names[id])
                capacity.append(0)
            }
            capacity[Int(slotOfID[id])] += 1
        }
        answers = capacity.map { var list = [Int32](); list.reserveCapacity($0); return list }
        // Pass 2: the answers, with each undo taking back the latest surviving answer of its item.
        for (index, code) in ids.code.enumerated() {
            if code >= 0 {
                answers[Int(slotOfID[Int(code)])].append(Int32(index))
            } else if code <= -2 {
                let slot = slotOfID[Int(-code - 2)]
                if slot >= 0, !answers[Int(slot)].isEmpty { answers[Int(slot)].removeLast() }
            }
        }
    }
}

/// A small integer per distinct item of the answer and undo events, so grouping compares integers instead of
/// hashing strings a million times. Large logs are numbered in parallel shares whose numbers are then merged.
struct ItemNumbering {
    /// Item id for each number.
    var names: [String] = []
    /// Per event: the item's number for an answer, −(number + 2) for an undo, −1 for any other event.
    var code: [Int32]
    /// Items read in study mode (`seen` events).
    var seen = Set<String>()

    init(_ events: [ReviewEvent]) {
        let n = events.count
        code = [Int32](repeating: -1, count: n)
        let parallel = ParallelShares(count: n, parallelFrom: 1 << 16)
        let shares = parallel.shares
        var localNames = [[String]](repeating: [], count: shares)
        var localSeen = [Set<String>](repeating: [], count: shares)
        events.withUnsafeBufferPointer { events in
            nonisolated(unsafe) let input = events
            code.withUnsafeMutableBufferPointer { codes in
                nonisolated(unsafe) let out = codes
                localNames.withUnsafeMutableBufferPointer { names in
                    nonisolated(unsafe) let namesOut = names
                    localSeen.withUnsafeMutableBufferPointer { seenSets in
                        nonisolated(unsafe) let seenOut = seenSets
                        parallel.run { share, range in
                            var table = ItemTable()
                            for index in range {
                                let kind = input[index].kind
                                if kind == .seen { seenOut[share].insert(input[index].item) }
                                guard kind == .answer || kind == .undo else { continue }
                                let id = table.number(of: input[index].item)
                                out[index] = kind == .answer ? id : -id - 2
                            }
                            namesOut[share] = table.names
                        }
                    }
                }
            }
        }
        for set in localSeen { seen.formUnion(set) }
        guard shares > 1 else { names = localNames[0]; return }
        // Merge the shares' numbers into one numbering, then renumber every event.
        var global: [String: Int32] = [:]
        var remap: [[Int32]] = []
        for order in localNames {
            remap.append(order.map { item in
                if let id = global[item] { return id }
                let id = Int32(names.count)
                global[item] = id
                names.append(item)
                return id
            })
        }
        let maps = remap
        code.withUnsafeMutableBufferPointer { codes in
            nonisolated(unsafe) let out = codes
            parallel.run { share, range in
                maps[share].withUnsafeBufferPointer { map in
                    for index in range {
                        let c = out[index]
                        if c >= 0 { out[index] = map[Int(c)] } else if c <= -2 { out[index] = -map[Int(-c - 2)] - 2 }
                    }
                }
            }
        }
    }
}
