/// Why a DEFLATE stream could not be decoded.
public enum InflateError: Error, CustomStringConvertible, Equatable {
    /// The stream ends before its last block does.
    case truncated
    /// A block type, code table, code or distance that DEFLATE does not allow.
    case invalid(String)
    /// The output would grow past the size the container promised.
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .truncated: return "compressed data ends too early (truncated file)"
        case let .invalid(what): return "compressed data is corrupt (\(what))"
        case let .tooLarge(limit): return "compressed data expands past the \(limit) bytes it declares"
        }
    }
}

/// A DEFLATE (RFC 1951) decoder: stored, fixed-Huffman and dynamic-Huffman blocks. Codes are decoded through
/// lookup tables (`HuffmanTable`), so one table read resolves most symbols.
public enum Inflate {
    /// Decodes the raw DEFLATE stream `input` (no zlib or gzip header). `expectedSize` sizes the output buffer;
    /// `limit` caps the output so a hostile stream cannot exhaust memory.
    public static func decompress(_ input: [UInt8], expectedSize: Int = 0, limit: Int = Int.max) throws -> [UInt8] {
        try input.withUnsafeBufferPointer { buffer in
            var decoder = InflateDecoder(input: buffer, capacity: min(max(expectedSize, 1024, input.count * 4), limit),
                                         limit: limit)
            defer { decoder.release() }
            try decoder.run()
            return decoder.result()
        }
    }
}

/// Canonical Huffman decoding table: a primary table indexed by the next `primaryBits` input bits (least
/// significant first, as DEFLATE packs codes) and, for longer codes, second-level tables linked from it.
///
/// Entry layout (UInt32): bits 0–7 = code bits to consume, bit 8 = link to a sub-table, bit 9 = invalid code,
/// bits 16–31 = symbol (or, for a link, the sub-table's start; bits 0–7 then hold its index width).
struct HuffmanTable {
    static let linkFlag: UInt32 = 1 << 8
    static let invalidFlag: UInt32 = 1 << 9

    let primaryBits: Int
    var entries: [UInt32]

    /// Builds the table for code `lengths` (0 = symbol unused). Over-subscribed code sets are rejected; incomplete
    /// ones are allowed (a lone distance code is legal) and their unused codes decode as invalid.
    init(lengths: [UInt8], primaryBits: Int) throws {
        self.primaryBits = primaryBits
        var count = [Int](repeating: 0, count: 16)
        for length in lengths { count[Int(length)] += 1 }
        count[0] = 0
        var left = 1
        for bits in 1...15 {
            left = (left << 1) - count[bits]
            if left < 0 { throw InflateError.invalid("over-subscribed code lengths") }
        }
        // Canonical codes: the first code of each length, then codes in symbol order.
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for bits in 1...15 {
            code = (code + count[bits - 1]) << 1
            nextCode[bits] = code
        }

        let primarySize = 1 << primaryBits
        var entries = [UInt32](repeating: HuffmanTable.invalidFlag, count: primarySize)
        var codes = [Int](repeating: 0, count: lengths.count)
        // Widest code behind each primary slot that needs a sub-table.
        var subWidth = [Int](repeating: 0, count: primarySize)
        for symbol in lengths.indices where lengths[symbol] != 0 {
            let bits = Int(lengths[symbol])
            let reversed = HuffmanTable.reverse(nextCode[bits], bits: bits)
            nextCode[bits] += 1
            codes[symbol] = reversed
            if bits > primaryBits {
                let slot = reversed & (primarySize - 1)
                subWidth[slot] = max(subWidth[slot], bits - primaryBits)
            }
        }
        for slot in 0..<primarySize where subWidth[slot] > 0 {
            let start = entries.count
            entries.append(contentsOf: repeatElement(HuffmanTable.invalidFlag, count: 1 << subWidth[slot]))
            entries[slot] = UInt32(start) << 16 | HuffmanTable.linkFlag | UInt32(subWidth[slot])
        }
        for symbol in lengths.indices where lengths[symbol] != 0 {
            let bits = Int(lengths[symbol])
            let reversed = codes[symbol]
            if bits <= primaryBits {
                let entry = UInt32(symbol) << 16 | UInt32(bits)
                var index = reversed
                while index < primarySize { entries[index] = entry; index += 1 << bits }
            } else {
                let link = entries[reversed & (primarySize - 1)]
                let start = Int(link >> 16), width = Int(link & 0xFF)
                let rest = bits - primaryBits
                let entry = UInt32(symbol) << 16 | UInt32(rest)
                var index = reversed >> primaryBits
                while index < 1 << width { entries[start + index] = entry; index += 1 << rest }
            }
        }
        self.entries = entries
    }

    static func reverse(_ code: Int, bits: Int) -> Int {
        var result = 0, code = code
        for _ in 0..<bits { result = result << 1 | code & 1; code >>= 1 }
        return result
    }

    /// The fixed literal/length and distance tables of block type 1 (RFC 1951 §3.2.6).
    static let fixedLiterals: HuffmanTable = {
        var lengths = [UInt8](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        return try! HuffmanTable(lengths: lengths, primaryBits: 9)
    }()
    static let fixedDistances: HuffmanTable = try! HuffmanTable(lengths: [UInt8](repeating: 5, count: 30), primaryBits: 5)
}

/// The decoding state: a 64-bit bit buffer over the input and a growable output buffer.
struct InflateDecoder {
    private let input: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0
    /// Zero bytes fed in past the end of the input; more than the bit buffer holds means the stream was cut.
    private var overrun = 0
    private var output: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private let limit: Int

    private static let lengthBase: [UInt16] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                               67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
                                               5, 5, 5, 5, 0]
    private static let distanceBase: [UInt32] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
                                                 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra: [UInt8] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
                                                 10, 11, 11, 12, 12, 13, 13]
    /// The order code-length code lengths are sent in (RFC 1951 §3.2.7).
    private static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    init(input: UnsafeBufferPointer<UInt8>, capacity: Int, limit: Int) {
        self.input = input
        self.capacity = capacity
        self.limit = limit
        output = .allocate(capacity: capacity)
    }

    func release() { output.deallocate() }

    func result() -> [UInt8] { Array(UnsafeBufferPointer(start: output, count: count)) }

    /// Tops the bit buffer up to at least 56 bits (8 bytes at a time while the input lasts).
    @inline(__always)
    private mutating func refill() throws {
        if position + 8 <= input.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(input.baseAddress! + position).loadUnaligned(as: UInt64.self))
            bitBuffer |= word << UInt64(bitCount)
            position += (63 - bitCount) >> 3
            bitCount |= 56
            return
        }
        while bitCount <= 56 {
            if position < input.count {
                bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
            } else {
                overrun += 1
                if overrun > 8 { throw InflateError.truncated }
            }
            position += 1
            bitCount += 8
        }
    }

    @inline(__always)
    private mutating func bits(_ n: Int) -> UInt32 {
        let value = UInt32(truncatingIfNeeded: bitBuffer & ((1 << UInt64(n)) - 1))
        bitBuffer >>= UInt64(n)
        bitCount -= n
        return value
    }

    /// Bytes read past the real end: the stream is cut when any consumed bit lies there.
    private func checkNotPastEnd() throws {
        if position - bitCount / 8 > input.count { throw InflateError.truncated }
    }

    @inline(__always)
    private mutating func decode(_ table: UnsafePointer<UInt32>, primaryBits: Int) throws -> Int {
        var entry = table[Int(bitBuffer & ((1 << UInt64(primaryBits)) - 1))]
        if entry & HuffmanTable.linkFlag != 0 {
            bitBuffer >>= UInt64(primaryBits)
            bitCount -= primaryBits
            let width = UInt64(entry & 0xFF)
            entry = table[Int(entry >> 16) + Int(bitBuffer & ((1 << width) - 1))]
        }
        if entry & HuffmanTable.invalidFlag != 0 { throw InflateError.invalid("unused Huffman code") }
        let n = Int(entry & 0xFF)
        bitBuffer >>= UInt64(n)
        bitCount -= n
        return Int(entry >> 16)
    }

    private mutating func reserve(_ extra: Int) throws {
        let needed = count + extra
        if needed > limit { throw InflateError.tooLarge(limit: limit) }
        guard needed > capacity else { return }
        var newCapacity = max(capacity * 2, 1024)
        while newCapacity < needed { newCapacity *= 2 }
        newCapacity = min(newCapacity, limit)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: output, count: count)
        output.deallocate()
        output = grown
        capacity = newCapacity
    }

    mutating func run() throws {
        var final = false
        while !final {
            try refill()
            final = bits(1) == 1
            switch bits(2) {
            case 0: try storedBlock()
            case 1: try huffmanBlock(literals: HuffmanTable.fixedLiterals, distances: HuffmanTable.fixedDistances)
            case 2:
                let (literals, distances) = try dynamicTables()
                try huffmanBlock(literals: literals, distances: distances)
            default: throw InflateError.invalid("block type 3")
            }
            try checkNotPastEnd()
        }
    }

    private mutating func storedBlock() throws {
        // Back to a byte boundary, then hand the whole bytes still in the bit buffer back to the input.
        _ = bits(bitCount & 7)
        position -= bitCount / 8
        overrun = max(0, position - input.count)
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= input.count else { throw InflateError.truncated }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw InflateError.invalid("stored block length check") }
        position += 4
        guard position + length <= input.count else { throw InflateError.truncated }
        try reserve(length)
        (output + count).update(from: input.baseAddress! + position, count: length)
        count += length
        position += length
    }

    private mutating func dynamicTables() throws -> (HuffmanTable, HuffmanTable) {
        try refill()
        let literalCount = Int(bits(5)) + 257
        let distanceCount = Int(bits(5)) + 1
        let codeLengthCount = Int(bits(4)) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw InflateError.invalid("too many codes") }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<codeLengthCount {
            try refill()
            codeLengthLengths[InflateDecoder.codeLengthOrder[i]] = UInt8(bits(3))
        }
        let codeLengthTable = try HuffmanTable(lengths: codeLengthLengths, primaryBits: 7)
        var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
        var i = 0
        try codeLengthTable.entries.withUnsafeBufferPointer { table in
            while i < lengths.count {
                try refill()
                let symbol = try decode(table.baseAddress!, primaryBits: 7)
                switch symbol {
                case 0...15:
                    lengths[i] = UInt8(symbol); i += 1
                case 16:
                    guard i > 0 else { throw InflateError.invalid("repeat with no previous length") }
                    let run = 3 + Int(bits(2))
                    guard i + run <= lengths.count else { throw InflateError.invalid("code lengths overflow") }
                    for _ in 0..<run { lengths[i] = lengths[i - 1]; i += 1 }
                default:
                    let run = symbol == 17 ? 3 + Int(bits(3)) : 11 + Int(bits(7))
                    guard i + run <= lengths.count else { throw InflateError.invalid("code lengths overflow") }
                    i += run
                }
            }
        }
        guard lengths[256] != 0 else { throw InflateError.invalid("no end-of-block code") }
        return (try HuffmanTable(lengths: Array(lengths[..<literalCount]), primaryBits: 10),
                try HuffmanTable(lengths: Array(lengths[literalCount...]), primaryBits: 8))
    }

    private mutating func huffmanBlock(literals: HuffmanTable, distances: HuffmanTable) throws {
        let literalBits = literals.primaryBits, distanceBits = distances.primaryBits
        try literals.entries.withUnsafeBufferPointer { literalTable in
            try distances.entries.withUnsafeBufferPointer { distanceTable in
                let lit = literalTable.baseAddress!, dist = distanceTable.baseAddress!
                while true {
                    // 56 bits cover a literal/length code (15) with its extra bits (5) and a distance code (15)
                    // with its extra bits (13).
                    try refill()
                    let symbol = try decode(lit, primaryBits: literalBits)
                    if symbol < 256 {
                        if count == capacity { try reserve(1) }
                        output[count] = UInt8(truncatingIfNeeded: symbol)
                        count += 1
                        continue
                    }
                    if symbol == 256 { return }
                    let lengthIndex = symbol - 257
                    guard lengthIndex < 29 else { throw InflateError.invalid("length code \(symbol)") }
                    let length = Int(InflateDecoder.lengthBase[lengthIndex]) + Int(bits(Int(InflateDecoder.lengthExtra[lengthIndex])))
                    let distanceCode = try decode(dist, primaryBits: distanceBits)
                    guard distanceCode < 30 else { throw InflateError.invalid("distance code \(distanceCode)") }
                    let distance = Int(InflateDecoder.distanceBase[distanceCode]) + Int(bits(Int(InflateDecoder.distanceExtra[distanceCode])))
                    guard distance <= count else { throw InflateError.invalid("distance before the start") }
                    if count + length > capacity { try reserve(length) }
                    var to = output + count
                    var from = to - distance
                    if distance >= length {
                        to.update(from: from, count: length)
                    } else {
                        // Overlapping copy: each byte may be one written by this same copy.
                        for _ in 0..<length { to.pointee = from.pointee; to += 1; from += 1 }
                    }
                    count += length
                }
            }
        }
    }
}
