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
            var parts = [(events: [ReviewEvent], warnings: [Diagnostic], lines: Int)](repeating: ([], [], 0), count: shares)
            let cuts = bounds
            nonisolated(unsafe) let input = bytes
            parts.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let out = buffer
                DispatchQueue.concurrentPerform(iterations: shares) { share in
                    out[share] = parseShare(input, from: cuts[share], to: cuts[share + 1], isLastShare: share == shares - 1, path: path)
                }
            }
            var events: [ReviewEvent] = []
            events.reserveCapacity(parts.reduce(0) { $0 + $1.events.count })
            var warnings: [Diagnostic] = []
            var lineOffset = 0
            for part in parts {
                events += part.events
                warnings += part.warnings.map { var d = $0; d.line += lineOffset; return d }
                lineOffset += part.lines
            }
            return ReviewLogContents(events: events, warnings: warnings)
        }
    }

    /// Parses lines in `from..<to`; line numbers in the warnings are relative to the share (1-based).
    private static func parseShare(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, isLastShare: Bool,
                                   path: String) -> (events: [ReviewEvent], warnings: [Diagnostic], lines: Int) {
        var events: [ReviewEvent] = []
        var warnings: [Diagnostic] = []
        events.reserveCapacity((to - from) / 90)
        var lineStart = from
        var lineNumber = 1
        while lineStart < to {
            var end = lineStart
            while end < to, bytes[end] != 0x0A { end += 1 }
            let isLast = end >= to && isLastShare
            if end > lineStart {
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                if let event = ReviewEventLineParser.parse(line) ?? slowParse(line) {
                    events.append(event)
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
        return (events, warnings, lineNumber - 1)
    }

    /// The general JSON path, for lines the fast parser does not handle (other key order, escapes, spaces).
    private static func slowParse(_ line: UnsafeBufferPointer<UInt8>) -> ReviewEvent? {
        guard let value = try? JSONParser.parse(Array(line)) else { return nil }
        return ReviewEvent(json: value)
    }
}
