import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why the review log could not be read or written.
public enum ReviewLogError: Error, CustomStringConvertible {
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case let .io(path, reason): return "\(path): error: \(reason)"
        }
    }
}

/// What loading the log gave: the events in order, and a warning per line that could not be read.
public struct ReviewLogContents: Sendable {
    public var events: [ReviewEvent]
    public var warnings: [Diagnostic]
    public init(events: [ReviewEvent], warnings: [Diagnostic]) { self.events = events; self.warnings = warnings }
}

/// The append-only JSON Lines study history. Every answer is one line written with a single `write` and made
/// durable with `fsync` before `append` returns, under an exclusive `flock` so two terminals interleave whole
/// lines only. History is never rewritten: corrections are new events (`undo`).
public struct ReviewLog: Sendable {
    public let url: URL
    public init(url: URL) { self.url = url }

    /// Appends one event as one line, durably.
    public func append(_ event: ReviewEvent) throws {
        try append([event])
    }

    /// Appends several events in one write (one fsync).
    public func append(_ events: [ReviewEvent]) throws {
        guard !events.isEmpty else { return }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(url.path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)  // read too: to check the last byte
        guard fd >= 0 else { throw ioError("cannot open for appending") }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw ioError("cannot lock") }
        defer { flock(fd, LOCK_UN) }
        // A crash may have left a torn last line: start on a fresh line so this record stays whole.
        var text = needsLeadingNewline(fd) ? "\n" : ""
        for event in events { text += event.json.serialized() + "\n" }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ioError("write failed: \(String(cString: strerror(errno)))")
            }
            written += n
        }
        bytes.removeAll()
        guard fsync(fd) == 0 else { throw ioError("fsync failed: \(String(cString: strerror(errno)))") }
    }

    private func needsLeadingNewline(_ fd: Int32) -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return false }
        var last: UInt8 = 0
        return pread(fd, &last, 1, off_t(info.st_size - 1)) == 1 && last != 0x0A
    }

    private func ioError(_ reason: String) -> ReviewLogError {
        ReviewLogError.io(path: url.path, reason: reason)
    }

    /// Reads every event; a missing file is an empty history. A torn last line (power cut) is skipped with a
    /// warning; a malformed line elsewhere is reported with its line number and skipped.
    public func load() throws -> ReviewLogContents {
        guard FileManager.default.fileExists(atPath: url.path) else { return ReviewLogContents(events: [], warnings: []) }
        guard let data = FileManager.default.contents(atPath: url.path) else { throw ioError("cannot read") }
        return ReviewLog.parse(data, path: url.path)
    }

    /// Parses log bytes (separate from I/O so tests and tools can use it). Large logs are cut at line breaks into
    /// one share per core and parsed in parallel; the result is the same as a sequential parse.
    public static func parse(_ data: Data, path: String) -> ReviewLogContents {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> ReviewLogContents in
            let bytes = raw.bindMemory(to: UInt8.self)
            let n = bytes.count
            let shares = n < 1 << 20 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 2
            // Share boundaries just after a newline, so no line is split.
            var bounds = [0]
            for k in 1..<shares {
                var b = max(bounds[k - 1], n * k / shares)
                while b < n, bytes[b - 1] != 0x0A { b += 1 }
                bounds.append(b)
            }
            bounds.append(n)
            // Each share counts its lines first, so every share can parse straight into its own region of one
            // array (a line gives at most one event): no per-share arrays to concatenate, no copies of events.
            let cuts = bounds
            nonisolated(unsafe) let input = bytes
            var lineCounts = [Int](repeating: 0, count: shares)
            lineCounts.withUnsafeMutableBufferPointer { counts in
                nonisolated(unsafe) let out = counts
                DispatchQueue.concurrentPerform(iterations: shares) { share in
                    var lines = 0
                    for i in cuts[share]..<cuts[share + 1] where input[i] == 0x0A { lines += 1 }
                    out[share] = lines + 1
                }
            }
            var offsets = [0]
            for count in lineCounts { offsets.append(offsets.last! + count) }
            var parts = [(written: Int, warnings: [Diagnostic], lines: Int)](repeating: (0, [], 0), count: shares)
            let starts = offsets
            let events = [ReviewEvent](unsafeUninitializedCapacity: offsets.last!) { buffer, initializedCount in
                nonisolated(unsafe) let storage = buffer.baseAddress!
                parts.withUnsafeMutableBufferPointer { results in
                    nonisolated(unsafe) let out = results
                    DispatchQueue.concurrentPerform(iterations: shares) { share in
                        out[share] = parseShare(input, from: cuts[share], to: cuts[share + 1],
                                                isLastShare: share == shares - 1, path: path,
                                                into: storage + starts[share])
                    }
                }
                // Close the gaps left by blank or unreadable lines (moves, not copies).
                var end = 0
                for share in 0..<shares {
                    let written = parts[share].written
                    if end != starts[share] { (storage + end).moveInitialize(from: storage + starts[share], count: written) }
                    end += written
                }
                initializedCount = end
            }
            var warnings: [Diagnostic] = []
            var lineOffset = 0
            for part in parts {
                warnings += part.warnings.map { var d = $0; d.line += lineOffset; return d }
                lineOffset += part.lines
            }
            return ReviewLogContents(events: events, warnings: warnings)
        }
    }

    /// Parses lines in `from..<to` into `out` (room for one event per line); returns how many events were written.
    /// Line numbers in the warnings are relative to the share (1-based).
    private static func parseShare(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, isLastShare: Bool,
                                   path: String, into out: UnsafeMutablePointer<ReviewEvent>)
        -> (written: Int, warnings: [Diagnostic], lines: Int) {
        var written = 0
        var warnings: [Diagnostic] = []
        var interner = ItemInterner()
        var lineStart = from
        var lineNumber = 1
        while lineStart < to {
            var end = lineStart
            while end < to, bytes[end] != 0x0A { end += 1 }
            let isLast = end >= to && isLastShare
            if end > lineStart {
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                if let event = ReviewEventLineParser.parse(line, interner: &interner) ?? slowParse(line) {
                    (out + written).initialize(to: event)
                    written += 1
                } else if isLast && end == bytes.count && (end == 0 || bytes[end - 1] != 0x0A) {
                    warnings.append(Diagnostic(file: path, line: lineNumber,
                                               message: "incomplete last line skipped (the program was interrupted while writing it)"))
                } else {
                    warnings.append(Diagnostic(file: path, line: lineNumber, message: "unreadable review log line skipped"))
                }
            }
            lineStart = end + 1
            lineNumber += 1
        }
        return (written, warnings, lineNumber - 1)
    }

    /// The general JSON path, for lines the fast parser does not handle (other key order, escapes, spaces).
    private static func slowParse(_ line: UnsafeBufferPointer<UInt8>) -> ReviewEvent? {
        guard let value = try? JSONParser.parse(Array(line)) else { return nil }
        return ReviewEvent(json: value)
    }
}
