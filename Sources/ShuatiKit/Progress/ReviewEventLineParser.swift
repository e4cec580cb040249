import Foundation

/// A fast reader for review log lines in the form shuati writes them (`{"ts":"…","item":"…","rating":3,…}`), so a
/// million-line history loads in well under a second. Returns nil for anything unexpected; the caller then uses
/// the general JSON parser, so nothing valid is lost.
enum ReviewEventLineParser {
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> ReviewEvent? {
        var interner = ItemInterner()
        return parse(b, interner: &interner)
    }

    /// Parses with a shared interner, so every event of an item holds the same String.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, interner: inout ItemInterner) -> ReviewEvent? {
        var p = 0
        let n = b.count
        func expect(_ s: StaticString) -> Bool {
            let len = s.utf8CodeUnitCount
            guard p + len <= n else { return false }
            let ptr = s.utf8Start
            for k in 0..<len where b[p + k] != ptr[k] { return false }
            p += len
            return true
        }
        /// A string without escapes; nil (so the slow path runs) if it has any.
        func string() -> String? {
            guard p < n, b[p] == 0x22 else { return nil }
            p += 1
            let start = p
            while p < n, b[p] != 0x22 {
                if b[p] == 0x5C || b[p] < 0x20 { return nil }
                p += 1
            }
            guard p < n else { return nil }
            defer { p += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<p]), as: UTF8.self)
        }
        func internedString() -> String? {
            guard p < n, b[p] == 0x22 else { return nil }
            let start = p + 1
            var q = start
            while q < n, b[q] != 0x22 {
                if b[q] == 0x5C || b[q] < 0x20 { return nil }
                q += 1
            }
            guard q < n else { return nil }
            p = q + 1
            let bytes = UnsafeBufferPointer(rebasing: b[start..<q])
            // Up to 15 UTF-8 bytes a String is stored inline (no allocation to save): interning would only cost.
            return bytes.count <= 15 ? String(decoding: bytes, as: UTF8.self) : interner.string(bytes)
        }
        func integer() -> Int? {
            var value = 0
            var negative = false
            if p < n, b[p] == 0x2D { negative = true; p += 1 }
            let start = p
            while p < n, b[p] >= 0x30, b[p] <= 0x39, p - start < 15 { value = value * 10 + Int(b[p] - 0x30); p += 1 }
            guard p > start else { return nil }
            if p < n, b[p] == 0x2E || b[p] == 0x65 || b[p] == 0x45 { return nil }
            return negative ? -value : value
        }
        func number() -> Double? {
            let start = p
            while p < n, (b[p] >= 0x30 && b[p] <= 0x39) || b[p] == 0x2E || b[p] == 0x2D || b[p] == 0x65 || b[p] == 0x45 || b[p] == 0x2B { p += 1 }
            guard p > start else { return nil }
            return Double(String(decoding: UnsafeBufferPointer(rebasing: b[start..<p]), as: UTF8.self))
        }

        guard expect("{\"ts\":\""), p + 21 <= n else { return nil }
        // Timestamps as written: YYYY-MM-DDTHH:MM:SS[.fff]Z
        guard let ts = fastTimestamp(b, &p) else { return nil }
        guard expect(",\"item\":"), let item = internedString(), expect(",\"rating\":"), let rating = integer() else { return nil }
        var kind = ReviewEvent.Kind.answer
        var grade: Double?
        var responseMs: Int?
        var given: JSONValue?
        var mode: String?
        while p < n, b[p] == 0x2C {
            p += 1
            guard let key = string(), p < n, b[p] == 0x3A else { return nil }
            p += 1
            switch key {
            case "event":
                guard let k = string(), let parsed = ReviewEvent.Kind(rawValue: k) else { return nil }
                kind = parsed
            case "grade": guard let g = number() else { return nil }; grade = g
            case "response_ms": guard let r = integer() else { return nil }; responseMs = r
            case "mode": guard let m = string() else { return nil }; mode = m
            case "given":
                // Arbitrary JSON: find its end by bracket depth, then parse just that part.
                let start = p
                var depth = 0
                var inString = false
                while p < n {
                    let c = b[p]
                    if inString {
                        if c == 0x5C { p += 2; continue }
                        if c == 0x22 { inString = false }
                    } else if c == 0x22 { inString = true }
                    else if c == 0x5B || c == 0x7B { depth += 1 }
                    else if c == 0x5D || c == 0x7D {
                        if depth == 0 { break }
                        depth -= 1
                    } else if c == 0x2C && depth == 0 { break }
                    p += 1
                }
                guard let value = try? JSONParser.parse(Array(UnsafeBufferPointer(rebasing: b[start..<p]))) else { return nil }
                given = value
            default: return nil
            }
        }
        guard p + 1 == n, b[p] == 0x7D else { return nil }
        if kind == .answer && !(1...4).contains(rating) { return nil }
        return ReviewEvent(ts: ts, item: item, rating: rating, kind: kind, grade: grade, responseMs: responseMs,
                           given: given, mode: mode)
    }

    private static func fastTimestamp(_ b: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> Date? {
        func digits(_ at: Int, _ count: Int) -> Int? {
            var v = 0
            for k in at..<(at + count) {
                guard k < b.count, b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        let s = p
        guard let y = digits(s, 4), b[s + 4] == 0x2D, let mo = digits(s + 5, 2), b[s + 7] == 0x2D, let d = digits(s + 8, 2),
              b[s + 10] == 0x54, let h = digits(s + 11, 2), b[s + 13] == 0x3A, let mi = digits(s + 14, 2),
              b[s + 16] == 0x3A, let sec = digits(s + 17, 2), (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, sec < 61
        else { return nil }
        var q = s + 19
        var frac = 0.0
        if q < b.count, b[q] == 0x2E {
            q += 1
            var scale = 0.1
            while q < b.count, b[q] >= 0x30, b[q] <= 0x39 { frac += Double(b[q] - 0x30) * scale; scale /= 10; q += 1 }
        }
        guard q + 1 < b.count, b[q] == 0x5A, b[q + 1] == 0x22 else { return nil }
        p = q + 2
        let days = ISO8601.daysFromCivil(y, mo, d)
        return Date(timeIntervalSince1970: Double(days * 86400 + h * 3600 + mi * 60 + sec) + frac)
    }
}
