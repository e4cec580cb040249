import Foundation

/// A review log that is not shuati's own cannot be read.
public struct ReviewLogCSVError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let line: Int
    public let message: String
    public var description: String { "\(path):\(line): error: \(message)" }
}

/// Reads the review-log CSV of Anki exports and py-fsrs (`card_id,review_rating,review_time[,review_duration]`,
/// time ISO 8601 with offset or epoch milliseconds, duration in ms) as review events, so the optimiser can fit a
/// log kept elsewhere.
public enum ReviewLogCSV {
    public static func parse(_ text: String, path: String) throws -> [ReviewEvent] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        guard let header = lines.first else { throw ReviewLogCSVError(path: path, line: 1, message: "the file is empty") }
        let columns = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
        func column(_ name: String) -> Int? { columns.firstIndex(of: name) }
        guard let card = column("card_id"), let rating = column("review_rating"), let time = column("review_time") else {
            throw ReviewLogCSVError(path: path, line: 1,
                                    message: "expected a header with card_id, review_rating and review_time columns")
        }
        let duration = column("review_duration")
        var events: [ReviewEvent] = []
        events.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated().dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count > max(card, rating, time) else {
                throw ReviewLogCSVError(path: path, line: index + 1, message: "expected \(columns.count) fields")
            }
            guard let r = Int(fields[rating]), (1...4).contains(r) else {
                throw ReviewLogCSVError(path: path, line: index + 1, message: "review_rating must be 1–4, not '\(fields[rating])'")
            }
            let t: Date
            if let ms = Double(fields[time]) { t = Date(timeIntervalSince1970: ms / 1000) }
            else if let parsed = ISO8601.parse(fields[time]) { t = parsed }
            else { throw ReviewLogCSVError(path: path, line: index + 1, message: "review_time '\(fields[time])' is not ISO 8601 or epoch ms") }
            let ms = duration.flatMap { $0 < fields.count ? Int(fields[$0]) : nil }
            events.append(ReviewEvent(ts: t, item: fields[card], rating: r, responseMs: ms, mode: "import"))
        }
        return events
    }
}
