import Foundation

/// Day numbers in the student's time zone (days since 1970-01-01 local), without a Calendar call per event:
/// the UTC offset is looked up once per hour of time and cached, which stays right across DST changes.
struct LocalDays {
    let timeZone: TimeZone
    private var offsets: [Int: Int] = [:]

    init(timeZone: TimeZone) { self.timeZone = timeZone }

    private var lastHour = Int.min
    private var lastOffset = 0

    mutating func day(_ date: Date) -> Int {
        let t = date.timeIntervalSince1970
        let hour = Int((t / 3600).rounded(.down))
        let offset: Int
        if hour == lastHour {
            offset = lastOffset  // logs are in time order: most lookups hit the previous hour
        } else if let cached = offsets[hour] {
            offset = cached
        } else {
            offset = timeZone.secondsFromGMT(for: date)
            offsets[hour] = offset
        }
        lastHour = hour
        lastOffset = offset
        let local = Int((t + Double(offset)).rounded(.down))
        return local >= 0 ? local / 86400 : (local - 86399) / 86400
    }

    /// The instant local day `day` starts.
    func start(ofDay day: Int) -> Date {
        let guess = Date(timeIntervalSince1970: Double(day * 86400))
        return Date(timeIntervalSince1970: Double(day * 86400 - timeZone.secondsFromGMT(for: guess)))
    }
}
