import Foundation

/// Where shuati keeps the review log, config and imported banks.
public enum DataDirectory {
    /// `--data-dir` wins, then `$SHUATI_HOME`, then `$XDG_DATA_HOME/shuati`, then `~/.local/share/shuati`.
    public static func resolve(flag: String?, environment: [String: String]) -> URL {
        if let flag, !flag.isEmpty { return URL(fileURLWithPath: flag) }
        if let home = environment["SHUATI_HOME"], !home.isEmpty { return URL(fileURLWithPath: home) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("shuati")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/shuati")
    }

    /// The review log inside a data directory.
    public static func reviewLog(in dir: URL) -> URL { dir.appendingPathComponent("reviews.jsonl") }
    /// Imported banks inside a data directory.
    public static func banks(in dir: URL) -> URL { dir.appendingPathComponent("banks") }
    /// The config file inside a data directory.
    public static func config(in dir: URL) -> URL { dir.appendingPathComponent("config.json") }
}
