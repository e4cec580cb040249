import Foundation

/// Where "now" comes from: the system clock in the program, a fixed instant in tests.
public protocol Clock: Sendable {
    var now: Date { get }
}

/// The real wall clock.
public struct SystemClock: Clock {
    public init() {}
    public var now: Date { Date() }
}

/// A clock that always says the same instant.
public struct FixedClock: Clock {
    public let now: Date
    public init(_ now: Date) { self.now = now }
}

/// ISO 8601 timestamps as the review log writes them (`2026-11-24T10:00:00Z`, fractional seconds allowed on input).
public enum ISO8601 {
    /// Formats in UTC with whole seconds, or milliseconds when the instant has them.
    public static func format(_ date: Date) -> String {
        let t = date.timeIntervalSince1970
        let whole = Int(t.rounded(.down))
        let ms = Int(((t - Double(whole)) * 1000).rounded())
        let days = whole >= 0 ? whole / 86400 : (whole - 86399) / 86400
        let secs = whole - days * 86400
        let (y, m, d) = civilFromDays(days)
        // Built by hand into the string's own storage: String(format:) and even small arrays per field are slow
        // enough to show up when a hundred thousand timestamps are written.
        return String(unsafeUninitializedCapacity: 24) { out in
            var count = 0
            func put(_ value: Int, _ width: Int) {
                var v = value
                for k in stride(from: width - 1, through: 0, by: -1) { out[count + k] = UInt8(0x30 + v % 10); v /= 10 }
                count += width
            }
            func mark(_ byte: UInt8) { out[count] = byte; count += 1 }
            put(y, 4); mark(0x2D); put(m, 2); mark(0x2D); put(d, 2); mark(0x54)
            put(secs / 3600, 2); mark(0x3A); put(secs % 3600 / 60, 2); mark(0x3A); put(secs % 60, 2)
            if ms > 0 && ms < 1000 { mark(0x2E); put(ms, 3) }
            mark(0x5A)
            return count
        }
    }

    /// Days in a month of the proleptic Gregorian calendar (February 30 is not a date).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`; nil when malformed.
    public static func parse(_ s: String) -> Date? {
        let b = Array(s.utf8)
        guard b.count >= 20 else { return nil }
        func num(_ from: Int, _ len: Int) -> Int? {
            var v = 0
            for i in from..<(from + len) {
                guard i < b.count, (0x30...0x39).contains(b[i]) else { return nil }
                v = v * 10 + Int(b[i] - 0x30)
            }
            return v
        }
        guard let y = num(0, 4), b[4] == 0x2D, let mo = num(5, 2), b[7] == 0x2D, let d = num(8, 2),
              b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), let h = num(11, 2), b[13] == 0x3A,
              let mi = num(14, 2), b[16] == 0x3A, let sec = num(17, 2),
              (1...12).contains(mo), (1...daysIn(month: mo, year: y)).contains(d), h < 24, mi < 60, sec < 61 else { return nil }
        var i = 19
        var frac = 0.0
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            var scale = 0.1
            let start = i
            while i < b.count, (0x30...0x39).contains(b[i]) { frac += Double(b[i] - 0x30) * scale; scale /= 10; i += 1 }
            if i == start { return nil }
        }
        var offset = 0
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "Z") {
            i += 1
        } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            guard let oh = num(i + 1, 2), i + 3 < b.count, b[i + 3] == 0x3A, let om = num(i + 4, 2) else { return nil }
            offset = (oh * 3600 + om * 60) * (b[i] == UInt8(ascii: "+") ? 1 : -1)
            i += 6
        } else { return nil }
        guard i == b.count else { return nil }
        let days = daysFromCivil(y, mo, d)
        let seconds = Double(days * 86400 + h * 3600 + mi * 60 + sec - offset) + frac
        return Date(timeIntervalSince1970: seconds)
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01.
    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm; no Calendar, so it is fast).
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}

extension Calendar {
    /// A Gregorian calendar in UTC.
    public static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()
}
