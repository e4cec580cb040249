import Dispatch
import Foundation

/// Work over `0..<count` cut into contiguous shares run with `DispatchQueue.concurrentPerform`: two per core (so
/// one slow share does not leave a core idle), or a single share when the input is too small to be worth it.
public struct ParallelShares: Sendable {
    public let count: Int
    /// How many shares there are.
    public let shares: Int

    /// Shares of `0..<count`; one share below `threshold` items.
    public init(count: Int, parallelFrom threshold: Int) {
        self.count = count
        shares = count < threshold ? 1 : ProcessInfo.processInfo.activeProcessorCount * 2
    }

    /// The items of share `k`.
    public func range(_ k: Int) -> Range<Int> { (count * k / shares)..<(count * (k + 1) / shares) }

    /// Runs `body(share, items)` for every share, in parallel.
    public func run(_ body: @Sendable (Int, Range<Int>) -> Void) {
        DispatchQueue.concurrentPerform(iterations: shares) { k in body(k, range(k)) }
    }
}
