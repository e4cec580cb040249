import Foundation

/// A JSON document with object keys kept in the order they were written, so output is stable and readable.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value under `key` for an object, nil otherwise.
    public subscript(key: String) -> JSONValue? {
        if case let .object(pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }

    public var stringValue: String? { if case let .string(s) = self { return s }; return nil }
    public var doubleValue: Double? { if case let .number(n) = self { return n }; return nil }
    public var intValue: Int? {
        if case let .number(n) = self, n.rounded() == n, abs(n) < 9e15 { return Int(n) }
        return nil
    }
    public var boolValue: Bool? { if case let .bool(b) = self { return b }; return nil }
    public var arrayValue: [JSONValue]? { if case let .array(a) = self { return a }; return nil }
    public var objectValue: [(String, JSONValue)]? { if case let .object(o) = self { return o }; return nil }
    public var isNull: Bool { if case .null = self { return true }; return false }
}

extension JSONValue {
    /// Compact serialisation (no spaces), UTF-8 kept as is except for the characters JSON requires escaping.
    public func serialized() -> String {
        var out = JSONBytes()
        write(to: &out, indent: nil, level: 0)
        return out.string
    }

    /// Serialisation with two-space indentation, for files people may read.
    public func prettySerialized() -> String {
        var out = JSONBytes()
        write(to: &out, indent: "  ", level: 0)
        return out.string
    }

    // Written as bytes, not by appending to a String (a large import's JSON is written on one core after the
    // parallel parse, and String appends of short pieces cost about three times as much).
    private func write(to out: inout JSONBytes, indent: StaticString?, level: Int) {
        switch self {
        case .null: out.append("null")
        case let .bool(b): out.append(b ? "true" : "false")
        case let .number(n): out.append(JSONValue.format(n))
        case let .string(s): JSONValue.writeString(s, to: &out)
        case let .array(items):
            if items.isEmpty { out.append("[]"); return }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.newline(&out, indent, level + 1)
                item.write(to: &out, indent: indent, level: level + 1)
            }
            JSONValue.newline(&out, indent, level)
            out.append(UInt8(ascii: "]"))
        case let .object(pairs):
            if pairs.isEmpty { out.append("{}"); return }
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.newline(&out, indent, level + 1)
                JSONValue.writeString(key, to: &out)
                out.append(indent == nil ? ":" : ": ")
                value.write(to: &out, indent: indent, level: level + 1)
            }
            JSONValue.newline(&out, indent, level)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ out: inout JSONBytes, _ indent: StaticString?, _ level: Int) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<level { out.append(indent) }
    }

    /// A number as JSON writes it: integers without a fraction, others in the shortest round-trip form.
    public static func format(_ n: Double) -> String {
        if n.isNaN || n.isInfinite { return "null" }
        if n.rounded() == n && abs(n) < 1e15 { return String(Int64(n)) }
        return n.description
    }

    /// The escape for the scalar whose UTF-8 starts at `i`, and that scalar's length in bytes; nil for one kept
    /// as it is. Quotes, backslashes and controls must be escaped; C1 controls, DEL, U+2028/2029 and the bidi
    /// overrides are too, so JSON printed to a terminal cannot drive it.
    private static func escapeSequence(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (String, Int)? {
        switch b[i] {
        case 0x22: return ("\\\"", 1)
        case 0x5C: return ("\\\\", 1)
        case 0x0A: return ("\\n", 1)
        case 0x0D: return ("\\r", 1)
        case 0x09: return ("\\t", 1)
        case 0..<0x20, 0x7F: return (unicodeEscape(UInt32(b[i])), 1)
        case 0xC2 where i + 1 < b.count && b[i + 1] <= 0x9F:  // U+0080…U+009F
            return (unicodeEscape(UInt32(b[i + 1])), 2)
        case 0xE2 where i + 2 < b.count:
            let v = UInt32(b[i] & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
            if v == 0x2028 || v == 0x2029 || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                return (unicodeEscape(v), 3)
            }
            return nil
        default: return nil
        }
    }

    /// `\u` and four lower-case hex digits (`String(format: "\\u%04x")` for values below 0x10000).
    private static func unicodeEscape(_ v: UInt32) -> String {
        let digits = Array("0123456789abcdef".utf8)
        let bytes: [UInt8] = [0x5C, 0x75] + (0..<4).map { k in digits[Int((v >> (12 - 4 * UInt32(k))) & 0xF)] }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal.
    public static func writeString(_ s: String, to out: inout String) {
        var bytes = JSONBytes()
        writeString(s, to: &bytes)
        out += bytes.string
    }

    /// Appends `s` as a JSON string literal, as UTF-8.
    static func writeString(_ s: String, to out: inout JSONBytes) {
        out.append(UInt8(ascii: "\""))
        var text = s
        text.withUTF8 { bytes in
            JSONValue.escapeStarts.withUnsafeBufferPointer { starts in
                // Text between the characters to escape is appended in runs (the usual string has none: one copy).
                var run = 0, i = 0
                while i < bytes.count {
                    // Only some bytes can start an escape (one table load a byte rather than six comparisons).
                    guard starts[Int(bytes[i])], let (escape, length) = escapeSequence(bytes, at: i) else { i += 1; continue }
                    if run < i { out.append(UnsafeBufferPointer(rebasing: bytes[run..<i])) }
                    out.append(escape)
                    i += length
                    run = i
                }
                if run < bytes.count { out.append(UnsafeBufferPointer(rebasing: bytes[run...])) }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The bytes that can start an escape: controls, `"`, `\\`, DEL, 0xC2 (a C1 control) and 0xE2 (U+2028/2029, the
    /// bidi overrides).
    private static let escapeStarts: [Bool] = (0..<256).map { b in
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 || b == 0x7F || b == 0xC2
    }
}

/// A growing UTF-8 buffer for the JSON writer.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1024) }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }
    mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
    mutating func append(_ run: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: run) }

    /// The bytes as a String (they are valid UTF-8: whole strings and runs cut at scalar boundaries).
    var string: String { String(decoding: bytes, as: UTF8.self) }
}

