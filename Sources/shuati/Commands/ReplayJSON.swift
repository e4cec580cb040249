import Dispatch
import Foundation
import ShuatiKit

/// The `replay --json` document, `{"cards":[…]}`. Written field by field (a JSONValue tree per card cost more than
/// the replay itself) and in parallel shares, since formatting numbers and dates is most of the work.
enum ReplayJSON {
    static func document(_ cards: [CardState]) -> String {
        let parallel = ParallelShares(count: cards.count, parallelFrom: 4096)
        var parts = [String](repeating: "", count: parallel.shares)
        parts.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            parallel.run { share, range in
                var text = ""
                text.reserveCapacity(range.count * 200)
                for index in range { write(cards[index], first: index == 0, to: &text) }
                out[share] = text
            }
        }
        var document = "{\"cards\":["
        document.reserveCapacity(parts.reduce(16) { $0 + $1.utf8.count })
        for part in parts { document += part }
        document += "]}"
        return document
    }

    /// One card object. Separate appends: `a + b + c` would build a temporary string per `+`.
    static func write(_ card: CardState, first: Bool, to out: inout String) {
        out += first ? "{\"item\":" : ",{\"item\":"
        JSONValue.writeString(card.item, to: &out)
        out += ",\"state\":\""
        out += card.phase.rawValue
        out += "\",\"step\":"
        if let step = card.step { out += String(step) } else { out += "null" }
        out += ",\"stability\":"
        out += JSONValue.format(card.stability)
        out += ",\"difficulty\":"
        out += JSONValue.format(card.difficulty)
        out += ",\"due\":\""
        out += ISO8601.format(card.due)
        out += "\",\"last_review\":\""
        out += ISO8601.format(card.lastReview)
        out += "\",\"reps\":"
        out += String(card.reps)
        out += ",\"lapses\":"
        out += String(card.lapses)
        out += "}"
    }
}
