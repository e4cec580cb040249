import Foundation

/// When a study day starts, for counting day gaps the way Anki and fsrs-rs do (a review at 01:00 belongs to the
/// day before). `config.json`: `{"scheduler":{"day_start_hour":4}}`; days are local to the time zone.
public enum DayBoundary {
    /// Anki's default "next day starts at" hour.
    public static let defaultHour = 4

    /// The configured hour (0–23), or the default.
    public static func hour(in config: JSONValue, path: String) throws -> Int {
        guard let value = config["scheduler"]?["day_start_hour"] else { return defaultHour }
        guard let hour = value.intValue, (0...23).contains(hour) else {
            throw ConfigError(path: path, line: nil, message: "scheduler: day_start_hour must be a whole number 0–23")
        }
        return hour
    }
}
