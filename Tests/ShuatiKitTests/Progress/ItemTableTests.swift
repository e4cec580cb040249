import XCTest
@testable import ShuatiKit

final class ItemTableTests: XCTestCase {
    func testNumbersInOrderOfFirstSightThroughGrowth() {
        var table = ItemTable(expected: 1)
        var reference: [String: Int32] = [:]
        var random = FuzzRandom(seed: 7)
        for _ in 0..<50_000 {
            // Long and short ids, ASCII and CJK, many repeats.
            let k = random.next() % 9000
            let item = k % 3 == 0 ? "题目\(k)" : k % 3 == 1 ? "\(k)" : String(repeating: "f", count: 20) + "\(k)"
            let expected = reference[item] ?? Int32(reference.count)
            reference[item] = expected
            XCTAssertEqual(table.number(of: item), expected, item)
        }
        XCTAssertEqual(table.names.count, reference.count)
        for (item, id) in reference { XCTAssertEqual(table.names[Int(id)], item) }
    }
}
