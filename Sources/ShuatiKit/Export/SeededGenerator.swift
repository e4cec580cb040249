/// SplitMix64: a tiny, fast generator whose sequence depends on the seed alone, on every platform and Swift
/// version, so `--seed N` gives the same paper everywhere (the system generator cannot be seeded).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform index in `0..<bound` (rejection sampling, so no modulo bias). Own routine rather than
    /// `Int.random(in:using:)`, whose use of the generator is not promised to stay the same across Swift versions.
    public mutating func index(below bound: Int) -> Int {
        precondition(bound > 0)
        let b = UInt64(bound)
        let limit = UInt64.max - UInt64.max % b
        while true {
            let v = next()
            if v < limit { return Int(v % b) }
        }
    }

    /// Fisher–Yates with `index(below:)`.
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, index(below: i + 1))
        }
    }
}
