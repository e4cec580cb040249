/// The open-addressing index behind `ItemTable` and `ItemInterner`: 64-bit hashes to small integer ids, linear
/// probing, grown to stay at most half full. The caller keeps the keys and says whether an id's key matches.
struct HashSlots {
    private var hashes: [UInt64]
    private var slots: [Int32]
    private var mask: Int
    private var count = 0

    init(expected: Int = 512) {
        var capacity = 64
        while capacity < expected * 2 { capacity <<= 1 }
        hashes = [UInt64](repeating: 0, count: capacity)
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// The id stored for `hash` whose key `matches`, or nil.
    @inline(__always)
    func find(_ hash: UInt64, matches: (Int32) -> Bool) -> Int32? {
        var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[i] >= 0 {
            if hashes[i] == hash && matches(slots[i]) { return slots[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `id` for `hash` (after `find` said it is not there).
    mutating func insert(_ hash: UInt64, id: Int32) {
        var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = id
        hashes[i] = hash
        count += 1
        if count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let old = zip(hashes, slots).filter { $0.1 >= 0 }
        let capacity = slots.count * 2
        hashes = [UInt64](repeating: 0, count: capacity)
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        count = 0
        for (hash, id) in old { insert(hash, id: id) }
    }
}
