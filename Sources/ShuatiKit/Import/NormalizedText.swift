/// A document as one array of Unicode scalars, normalised for parsing, with the original line of every position.
///
/// Full-width ASCII (`Ａ．`, `（`, `：`) becomes ASCII, exotic spaces become spaces, invisible characters go, CRLF and
/// CR become LF. Noise lines (site boilerplate) are left out here so no later stage can turn them into items.
struct NormalizedText {
    /// The kept lines joined by `\n`.
    let scalars: [Unicode.Scalar]
    /// Offset in `scalars` where each kept line starts.
    let lineStarts: [Int]
    /// The original 1-based line number of each kept line.
    let originalLines: [Int]
    /// Noise lines that were dropped, by original line number (for the report).
    let droppedNoiseLines: [Int]

    init(_ text: String, noise: NoiseFilter = NoiseFilter()) {
        self.init(scalars: text.unicodeScalars, capacity: text.utf8.count / 2, noise: noise)
    }

    /// Normalises any scalar sequence (a String's, or UTF-8 decoded straight from the file's bytes).
    init<S: Sequence>(scalars text: S, capacity: Int, firstLine: Int = 1, noise: NoiseFilter = NoiseFilter()) where S.Element == Unicode.Scalar {
        var builder = NormalizedTextBuilder(capacity: capacity, firstLine: firstLine, noise: noise)
        for scalar in text { builder.add(scalar) }
        self = builder.finish()
    }

    init(scalars: [Unicode.Scalar], lineStarts: [Int], originalLines: [Int], droppedNoiseLines: [Int]) {
        self.scalars = scalars
        self.lineStarts = lineStarts
        self.originalLines = originalLines
        self.droppedNoiseLines = droppedNoiseLines
    }

    /// The normalised form of one scalar, or nil to drop it.
    @inline(__always)
    static func normalise(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x80 {
            if v == 0x09 || v == 0x0B || v == 0x0C { return " " }
            return v < 0x20 ? nil : s
        }
        if isKeptAsIs(s) { return s }
        switch v {
        case 0xFF01...0xFF5E: return Unicode.Scalar(v - 0xFEE0)
        case 0x3014, 0xFF3B: return "["  // 〔答案〕 reads like [答案]
        case 0x3015, 0xFF3D: return "]"
        case 0x3000, 0x00A0, 0x2002...0x200A, 0x202F, 0x205F: return " "
        case 0x200B...0x200D, 0xFEFF, 0x2060, 0x00AD: return nil
        case 0x2028, 0x2029: return " "
        case 0x80...0x9F: return nil
        default: return s
        }
    }

    /// CJK text (and everything between the CJK brackets and U+FEFF) is kept as it is: decided in one test.
    @inline(__always)
    static func isKeptAsIs(_ s: Unicode.Scalar) -> Bool { s.value >= 0x3016 && s.value < 0xFEFF }

    /// The original line number of a scalar offset.
    func line(at offset: Int) -> Int {
        lineStarts.isEmpty ? 1 : originalLines[lineIndex(at: offset)]
    }

    /// Index of the kept line containing `offset`.
    func lineIndex(at offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        if hi < 0 { return 0 }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// End offset (exclusive, before the `\n`) of kept line `index`.
    func lineEnd(_ index: Int) -> Int {
        index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : scalars.count
    }
}

/// Builds a `NormalizedText` one scalar at a time. Lines are normalised straight into the buffer; a noise line is
/// cut back out when it ends. Kept lines are separated by one `\n`. The scalars go to a plain buffer rather than an
/// array: appending to an array checks its capacity and uniqueness for each of millions of scalars.
struct NormalizedTextBuilder: ~Copyable {
    private var buffer: UnsafeMutablePointer<Unicode.Scalar>
    private var capacity: Int
    private var count = 0
    private var lineStarts: [Int] = []
    private var originalLines: [Int] = []
    private var dropped: [Int] = []
    private var lineNumber: Int
    private var previousWasCR = false
    /// Where the current line starts in the buffer.
    private var lineStart = 0
    private let noise: NoiseFilter

    init(capacity: Int, firstLine: Int = 1, noise: NoiseFilter = NoiseFilter()) {
        self.capacity = max(capacity, 16)
        buffer = .allocate(capacity: self.capacity)
        lineNumber = firstLine
        self.noise = noise
    }

    deinit { buffer.deallocate() }

    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar) {
        if scalar == "\n" {
            if previousWasCR { previousWasCR = false; return }
            endLine(final: false)
            return
        }
        previousWasCR = false
        if scalar == "\r" {
            endLine(final: false)
            previousWasCR = true
            return
        }
        if scalar == "\t" {
            // A tab separates columns (options in a row): kept as a wide gap, two spaces.
            if count == lineStart { return }
            append(" ")
            append(" ")
            return
        }
        if let mapped = NormalizedText.normalise(scalar) {
            // Indentation carries no meaning the parser uses (an indented `A.` is still an option at a line
            // start), so lines start at their first visible scalar.
            if mapped == " " && count == lineStart { return }
            append(mapped)
        }
    }

    /// Adds a scalar that `add` would append unchanged (not white space, a line break or anything normalised).
    @inline(__always)
    mutating func addPlain(_ scalar: Unicode.Scalar) {
        previousWasCR = false
        append(scalar)
    }

    /// Appends the run that starts at `start` in `bytes` of scalars `add` would append with no line or tab logic
    /// (visible ASCII, spaces inside a line, CJK, CJK and general punctuation, full-width ASCII mapped to ASCII), up
    /// to `end`, and returns where the run stopped. One tight loop with its own count: per scalar calls kept the
    /// builder's fields in memory for a document's every character, and Chinese punctuation (`。` `，` `：`) came
    /// through the slow path on every sentence.
    mutating func addPlainRun(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        var index = start
        var n = count
        let lineStart = self.lineStart
        while index < end {
            // Each byte gives at most one scalar here, so room for the rest of the input is checked once per stretch.
            if n + (end - index) > capacity {
                if n == capacity { count = n; grow() }
            }
            let stop = Swift.min(end, index + (capacity - n))
            while index < stop {
                let lead = bytes[index]
                if lead < 0x80 {
                    guard lead > 0x20 && lead < 0x7F || lead == 0x20 && n > lineStart else { break }
                    buffer[n] = Unicode.Scalar(lead)
                    n += 1
                    index += 1
                    continue
                }
                guard lead >= 0xE2, lead <= 0xEF, index + 2 < end else { break }
                let b1 = bytes[index + 1], b2 = bytes[index + 2]
                guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80 else { break }
                var value = UInt32(lead & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                // (no surrogate or overlong form is in the ranges taken below)
                if value >= 0x3016 {
                    if value >= 0xFEFF {
                        guard value >= 0xFF01, value <= 0xFF5E else { break }
                        value -= 0xFEE0  // full-width ASCII
                    } else if value >= 0xD800 && value <= 0xDFFF {
                        break
                    }
                } else if value >= 0x3001 {
                    if value == 0x3014 { value = 0x5B } else if value == 0x3015 { value = 0x5D }  // 〔答案〕 reads like [答案]
                } else if !(value >= 0x2010 && value <= 0x2027 || value >= 0x2030 && value <= 0x205E) {
                    break
                }
                buffer[n] = Unicode.Scalar(value)!
                n += 1
                index += 3
            }
            if index < stop || index == end { break }
        }
        if n != count { previousWasCR = false }
        count = n
        return index
    }

    @inline(__always)
    private mutating func append(_ scalar: Unicode.Scalar) {
        if count == capacity { grow() }
        buffer[count] = scalar
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: capacity * 2)
        larger.initialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = larger
        capacity *= 2
    }

    private mutating func endLine(final: Bool) {
        while count > lineStart, buffer[count - 1] == " " { count -= 1 }  // trailing spaces: nothing to parse
        if noise.isNoise(UnsafeBufferPointer(start: buffer + lineStart, count: count - lineStart)) {
            dropped.append(lineNumber)
            count = lineStart
            if final, count > 0, buffer[count - 1] == "\n" { count -= 1 }
        } else {
            lineStarts.append(lineStart)
            originalLines.append(lineNumber)
            if !final { append("\n") }
        }
        lineNumber += 1
        lineStart = count
    }

    consuming func finish() -> NormalizedText {
        endLine(final: true)
        return NormalizedText(scalars: Array(UnsafeBufferPointer(start: buffer, count: count)), lineStarts: lineStarts,
                              originalLines: originalLines, droppedNoiseLines: dropped)
    }
}
