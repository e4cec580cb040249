import Foundation

/// One String per distinct item id while a log is read: the million events of a long history share a few
/// thousand ids, and ids of 16 hex digits are too long for Swift's inline small strings, so without this every
/// event would allocate its own copy (and grouping would compare bytes instead of identical storage).
struct ItemInterner {
    private var strings: [String] = []
    /// Each string's bytes, back to back, for a plain memory comparison.
    private var arena: [UInt8] = []
    private var spans: [(start: Int, count: Int)] = []
    private var index = HashSlots()

    /// The shared String for these UTF-8 bytes.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var hash = FNV1a64()
        for byte in bytes { hash.add(byte) }
        let found = arena.withUnsafeBufferPointer { arena in
            index.find(hash.value) { id in
                let span = spans[Int(id)]
                guard span.count == bytes.count else { return false }
                return bytes.isEmpty || memcmp(arena.baseAddress! + span.start, bytes.baseAddress!, bytes.count) == 0
            }
        }
        if let found { return strings[Int(found)] }
        let s = String(decoding: bytes, as: UTF8.self)
        index.insert(hash.value, id: Int32(strings.count))
        strings.append(s)
        spans.append((arena.count, bytes.count))
        arena.append(contentsOf: bytes)
        return s
    }
}
