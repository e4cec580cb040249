import Foundation

/// One String per distinct item id while a log is read: the million events of a long history share a few
/// thousand ids, and ids of 16 hex digits are too long for Swift's inline small strings, so without this every
/// event would allocate its own copy (and grouping would compare bytes instead of identical storage).
struct ItemInterner {
    private var strings: [String] = []
    /// Each string's bytes, back to back, for a plain memory comparison.
    private var arena: [UInt8] = []
    private var spans: [(start: Int, count: Int)] = []
    private var hashes: [UInt64]
    private var slots: [Int32]
    private var mask: Int

    init() {
        hashes = [UInt64](repeating: 0, count: 1024)
        slots = [Int32](repeating: -1, count: 1024)
        mask = 1023
    }

    /// The shared String for these UTF-8 bytes.
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var hash = FNV1a64()
        for byte in bytes { hash.add(byte) }
        var i = Int(truncatingIfNeeded: hash.value ^ (hash.value >> 29)) & mask
        while slots[i] >= 0 {
            let id = Int(slots[i])
            if hashes[i] == hash.value, spans[id].count == bytes.count,
               arena.withUnsafeBufferPointer({ memcmp($0.baseAddress! + spans[id].start, bytes.baseAddress!, bytes.count) == 0 }) {
                return strings[id]
            }
            i = (i + 1) & mask
        }
        let s = String(decoding: bytes, as: UTF8.self)
        slots[i] = Int32(strings.count)
        hashes[i] = hash.value
        strings.append(s)
        spans.append((arena.count, bytes.count))
        arena.append(contentsOf: bytes)
        if strings.count * 2 > slots.count { grow() }
        return s
    }

    private mutating func grow() {
        let capacity = slots.count * 2
        let old = zip(hashes, slots).filter { $0.1 >= 0 }
        hashes = [UInt64](repeating: 0, count: capacity)
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (hash, id) in old {
            var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = id
            hashes[i] = hash
        }
    }
}
