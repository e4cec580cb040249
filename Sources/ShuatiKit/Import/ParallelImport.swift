import Dispatch
import Foundation

/// Large UTF-8 documents are cut into shares at document titles (a short title-like line followed by a blank
/// line, where the parser resets anyway) and the shares are read on all cores. The result is the same as
/// reading the file in one piece: items in document order, duplicates merged, original line numbers.
enum ParallelImport {
    static let minimumSize = 4 << 20
    /// Shares are handed to cores as they come free; with many per core, a core that started late or had the
    /// slower text is not left finishing alone (at two per core one core idled for a tenth of a 50 MB import; at
    /// eight, the last share still kept one core busy alone for 0.1 s of 1.3 s).
    static let sharesPerCore = 24

    static func read(_ data: Data, file: String) -> ImportResult? {
        data.withUnsafeBytes { raw -> ImportResult? in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
            let shares = ProcessInfo.processInfo.activeProcessorCount * sharesPerCore
            var cuts = [0]
            for k in 1..<shares {
                if let cut = titleStart(bytes, from: max(cuts.last! + 1, bytes.count * k / shares)), cut > cuts.last! {
                    cuts.append(cut)
                }
            }
            cuts.append(bytes.count)
            guard cuts.count > 2 else { return nil }
            let count = cuts.count - 1
            nonisolated(unsafe) let input = raw
            let bounds = cuts
            // Line numbers: each share starts after the newlines of the shares before it (counted on all cores:
            // on one, this pass over the whole file kept the other core waiting).
            var newlines = [Int](repeating: 0, count: count)
            newlines.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let out = buffer
                DispatchQueue.concurrentPerform(iterations: count) { k in
                    out[k] = newlineCount(input.bindMemory(to: UInt8.self), bounds[k]..<bounds[k + 1])
                }
            }
            var firstLines = [1]
            for k in 1..<count { firstLines.append(firstLines[k - 1] + newlines[k - 1]) }
            var parts = [([(Question, [Diagnostic])], [Diagnostic], ParseTemplate)?](repeating: nil, count: count)
            let lines = firstLines
            parts.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let out = buffer
                DispatchQueue.concurrentPerform(iterations: count) { k in
                    let share = UnsafeRawBufferPointer(rebasing: input[bounds[k]..<bounds[k + 1]])
                    guard let text = UTF8ScalarReader.normalizedText(share, firstLine: lines[k]) else { return }
                    // Duplicates are merged within the share (readItems does), on its own core, so the final merge
                    // has less to do; the result is the same as merging everything at once.
                    out[k] = DocumentImporter.readItems(text, file: file)
                }
            }
            guard parts.allSatisfy({ $0 != nil }) else { return nil }
            return DocumentImporter.merge(parts.map { $0! })
        }
    }

    /// The `\n` bytes in `range`, counted eight bytes at a time.
    private static func newlineCount(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var i = range.lowerBound
        let words = UnsafeRawPointer(b.baseAddress! + i)
        let wordCount = (range.upperBound - i) / 8
        // Per-byte tallies summed every 255 words, so no byte of `tally` overflows (a population count per word
        // is a dozen instructions on baseline x86-64, which has no POPCNT).
        var w = 0
        while w < wordCount {
            var tally: UInt64 = 0
            let blockEnd = min(wordCount, w + 255)
            while w < blockEnd {
                // Exact zero-byte test of word ^ 0x0A0A…: a byte is 0x80 in `zero` only where it was zero.
                let y = words.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                let zero = ~(((y & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | y) & 0x8080_8080_8080_8080
                tally &+= zero >> 7
                w += 1
            }
            // The eight byte tallies (each at most 255) summed two, four, then eight at a time.
            tally = (tally & 0x00FF_00FF_00FF_00FF) &+ ((tally >> 8) & 0x00FF_00FF_00FF_00FF)
            tally = (tally & 0x0000_FFFF_0000_FFFF) &+ ((tally >> 16) & 0x0000_FFFF_0000_FFFF)
            count += Int((tally & 0xFFFF_FFFF) &+ (tally >> 32))
        }
        i += wordCount * 8
        while i < range.upperBound { if b[i] == 0x0A { count += 1 }; i += 1 }
        return count
    }

    /// The start of the first title line at or after `from` (searching at most 1 MB).
    private static func titleStart(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = from
        let limit = min(b.count, from + (1 << 20))
        while i < limit {
            // Find the next line start.
            while i < limit, b[i - 1] != 0x0A { i += 1 }
            var end = i
            while end < b.count, b[end] != 0x0A, end - i <= 240 { end += 1 }
            if end + 1 < b.count, b[end] == 0x0A, b[end + 1] == 0x0A || (b[end + 1] == 0x0D), end > i {
                let line = String(decoding: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self)
                let first = line.unicodeScalars.first!
                if TypeHint.looksLikeTitle(line), !ScalarClass.isDigit(first), !ScalarClass.isOptionLetter(first),
                   end + 2 < b.count {
                    return i
                }
            }
            i = end + 1
        }
        return nil
    }
}
