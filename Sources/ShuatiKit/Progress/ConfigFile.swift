import Foundation

/// The optional `config.json` in the data directory: `{"scheduler":{…},"drill":{…}}`. Each module reads its own
/// section. PLACEHOLDER (issue 3 adds scheduler settings and validation).
public enum ConfigFile {
    /// The parsed file, or an empty object when there is none.
    public static func load(dataDirectory: URL) throws -> JSONValue {
        let url = DataDirectory.config(in: dataDirectory)
        guard let data = FileManager.default.contents(atPath: url.path) else { return .object([]) }
        return try JSONParser.parse(Array(data))
    }
}
