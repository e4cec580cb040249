import Foundation

/// Why the review log could not be read or written.
public enum ReviewLogError: Error, CustomStringConvertible {
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case let .io(path, reason): return "\(path): \(reason)"
        }
    }
}

/// What loading the log gave: the events in order, and a warning per line that could not be read.
public struct ReviewLogContents: Sendable {
    public var events: [ReviewEvent]
    public var warnings: [Diagnostic]
    public init(events: [ReviewEvent], warnings: [Diagnostic]) { self.events = events; self.warnings = warnings }
}

/// The append-only JSON Lines study history.
/// PLACEHOLDER (issue 3 replaces the body): append must become one write + fsync under flock.
public struct ReviewLog: Sendable {
    public let url: URL
    public init(url: URL) { self.url = url }

    /// Appends one event as one line.
    public func append(_ event: ReviewEvent) throws {
        let line = event.json.serialized() + "\n"
        let dir = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: url.path) {
            FileManager.default.createFile(atPath: url.path, contents: nil)
        }
        guard let handle = try? FileHandle(forWritingTo: url) else {
            throw ReviewLogError.io(path: url.path, reason: "cannot open for writing")
        }
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(Data(line.utf8))
    }

    /// Reads every event; a missing file is an empty history.
    public func load() throws -> ReviewLogContents {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return ReviewLogContents(events: [], warnings: [])
        }
        var events: [ReviewEvent] = []
        var warnings: [Diagnostic] = []
        for (i, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty { continue }
            if let value = try? JSONParser.parse(String(line)), let event = ReviewEvent(json: value) {
                events.append(event)
            } else {
                warnings.append(Diagnostic(file: url.path, line: i + 1, message: "unreadable review log line"))
            }
        }
        return ReviewLogContents(events: events, warnings: warnings)
    }
}
