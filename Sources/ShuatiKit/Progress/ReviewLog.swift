import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a file could not be used as a review log.
public enum ReviewLogError: Error, CustomStringConvertible {
    /// The file is binary, or no line of it is a review event: it is some other file.
    case notAReviewLog(path: String, why: String)

    public var description: String {
        switch self {
        case let .notAReviewLog(path, why): return "\(path):1: error: not a review log (\(why))"
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

    /// Appends several events in one write (one fsync). On failure (a full disk) the log is cut back to its
    /// old length, so a failed append leaves no partial line; errors name the path and the reason.
    public func append(_ events: [ReviewEvent]) throws {
        guard !events.isEmpty else { return }
        try AtomicFile.createDirectory(url.deletingLastPathComponent())
        let fd = open(url.path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)  // read too: to check the last byte
        guard fd >= 0 else { throw FileSystemError.current(url.path) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw FileSystemError.current(url.path) }
        }
        defer { flock(fd, LOCK_UN) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileSystemError.current(url.path) }
        if (info.st_mode & S_IFMT) != S_IFREG { throw FileSystemError(path: url.path, reason: "not a regular file") }
        let oldSize = info.st_size
        // A crash may have left a torn last line: start on a fresh line so this record stays whole.
        var text = needsLeadingNewline(fd, size: oldSize) ? "\n" : ""
        for event in events { text += event.json.serialized() + "\n" }
        do {
            try AtomicFile.writeAll(fd, Array(text.utf8), path: url.path)
            guard fsync(fd) == 0 else { throw FileSystemError.current(url.path) }
        } catch {
            _ = ftruncate(fd, oldSize)  // under the lock: nobody else appended meanwhile
            _ = fsync(fd)
            throw error
        }
    }

    private func needsLeadingNewline(_ fd: Int32, size: off_t) -> Bool {
        guard size > 0 else { return false }
        var last: UInt8 = 0
        return pread(fd, &last, 1, size - 1) == 1 && last != 0x0A
    }

    /// Reads every event; a missing file is an empty history. A torn last line (power cut) is skipped with a
    /// warning; a malformed line elsewhere is reported with its line number and skipped. A file that is binary,
    /// or of which no line is an event, is not a review log: that is an error, not thousands of warnings.
    public func load() throws -> ReviewLogContents {
        guard FileContents.exists(url) else { return ReviewLogContents(events: [], warnings: []) }
        let data = try FileContents.read(url)
        if data.prefix(1 << 16).contains(0) { throw ReviewLogError.notAReviewLog(path: url.path, why: "binary data") }
        let contents = ReviewLog.parse(data, path: url.path)
        if contents.events.isEmpty, contents.warnings.contains(where: { !$0.message.hasPrefix("incomplete last line") }) {
            throw ReviewLogError.notAReviewLog(path: url.path, why: "no line is a review event")
        }
        return contents
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
