import Foundation

/// One handed-in mock exam, as `exams.jsonl` keeps it.
public struct ExamRecord: Equatable, Sendable {
    public var ts: Date
    /// The paper's title: attempts at the same title make one trend.
    public var title: String
    public var seed: UInt64?
    public var earned: Double
    public var possible: Double
    public var items: Int
    public var correct: Int
    public var seconds: Int?

    public init(ts: Date, title: String, seed: UInt64?, earned: Double, possible: Double, items: Int, correct: Int, seconds: Int?) {
        self.ts = ts
        self.title = title
        self.seed = seed
        self.earned = earned
        self.possible = possible
        self.items = items
        self.correct = correct
        self.seconds = seconds
    }

    /// The score out of 100, whatever the paper's points add up to.
    public var percent: Double { possible > 0 ? earned / possible * 100 : 0 }

    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("ts", .string(ISO8601.format(ts))), ("title", .string(title))]
        if let seed { pairs.append(("seed", .number(Double(seed)))) }
        pairs += [("earned", .number(earned)), ("possible", .number(possible)), ("items", .number(Double(items))),
                  ("correct", .number(Double(correct)))]
        if let seconds { pairs.append(("seconds", .number(Double(seconds)))) }
        return .object(pairs)
    }

    public init?(json: JSONValue) {
        guard let tsText = json["ts"]?.stringValue, let ts = ISO8601.parse(tsText), let title = json["title"]?.stringValue,
              let earned = json["earned"]?.doubleValue, let possible = json["possible"]?.doubleValue,
              let items = json["items"]?.intValue, let correct = json["correct"]?.intValue else { return nil }
        self.init(ts: ts, title: title, seed: json["seed"]?.doubleValue.map { UInt64($0) }, earned: earned, possible: possible,
                  items: items, correct: correct, seconds: json["seconds"]?.intValue)
    }
}

/// `exams.jsonl` in the data directory: one line per handed-in paper, appended like the review log (one write,
/// fsync, under flock), so `shuati exam history` can show each paper's score trend.
public struct ExamHistoryLog: Sendable {
    public let url: URL
    public init(url: URL) { self.url = url }

    /// The file inside a data directory.
    public static func url(in dataDirectory: URL) -> URL { dataDirectory.appendingPathComponent("exams.jsonl") }

    public func append(_ record: ExamRecord) throws {
        try AtomicFile.createDirectory(url.deletingLastPathComponent())
        let fd = open(url.path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystemError.current(url.path) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw FileSystemError.current(url.path) }
        }
        defer { flock(fd, LOCK_UN) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileSystemError.current(url.path) }
        var last: UInt8 = 0x0A
        if info.st_size > 0 { _ = pread(fd, &last, 1, info.st_size - 1) }
        let text = (last == 0x0A ? "" : "\n") + record.json.serialized() + "\n"
        do {
            try AtomicFile.writeAll(fd, Array(text.utf8), path: url.path)
            guard fsync(fd) == 0 else { throw FileSystemError.current(url.path) }
        } catch {
            _ = ftruncate(fd, info.st_size)
            throw error
        }
    }

    /// Every record, oldest first, and the line numbers of lines that are not records (a torn last line).
    public func load() throws -> (records: [ExamRecord], badLines: [Int]) {
        guard FileContents.exists(url) else { return ([], []) }
        let text = String(decoding: try FileContents.read(url), as: UTF8.self)
        var records: [ExamRecord] = []
        var bad: [Int] = []
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            if let json = try? JSONParser.parse(Array(line.utf8)), let record = ExamRecord(json: json) { records.append(record) }
            else { bad.append(i + 1) }
        }
        return (records, bad)
    }

    /// Attempts grouped by paper title, groups in order of their latest attempt (newest first).
    public static func trends(_ records: [ExamRecord]) -> [(title: String, attempts: [ExamRecord])] {
        var order: [String] = []
        var groups: [String: [ExamRecord]] = [:]
        for r in records.sorted(by: { $0.ts < $1.ts }) {
            if groups[r.title] == nil { order.append(r.title) }
            groups[r.title, default: []].append(r)
        }
        return order.map { ($0, groups[$0]!) }.sorted { $0.1.last!.ts > $1.1.last!.ts }
    }
}
