import Foundation

/// A problem in `config.json`, naming the file and what to fix.
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let line: Int?
    public let message: String
    public var description: String { "\(path):\(line.map(String.init) ?? "1"): error: \(message)" }
}

/// The optional `config.json` in the data directory: `{"scheduler":{…},"drill":{…}}`. Each module reads its own
/// section; unknown keys are ignored so older versions can read newer files.
public enum ConfigFile {
    /// The parsed file, or an empty object when there is none.
    public static func load(dataDirectory: URL) throws -> JSONValue {
        let url = DataDirectory.config(in: dataDirectory)
        guard let data = FileManager.default.contents(atPath: url.path) else { return .object([]) }
        do {
            let value = try JSONParser.parse(Array(data))
            guard value.objectValue != nil else {
                throw ConfigError(path: url.path, line: 1, message: "the config must be a JSON object")
            }
            return value
        } catch let error as JSONParseError {
            var line = 1
            for byte in data.prefix(error.offset) where byte == 0x0A { line += 1 }
            throw ConfigError(path: url.path, line: line, message: error.reason)
        }
    }
}

extension SchedulerConfig {
    /// Reads the `"scheduler"` section: `desired_retention`, `parameters` (21 numbers), `learning_steps` and
    /// `relearning_steps` ("1m,10m" or a list of seconds), `maximum_interval`, `fuzz_seed`.
    public static func load(dataDirectory: URL) throws -> SchedulerConfig {
        let path = DataDirectory.config(in: dataDirectory).path
        guard let section = try ConfigFile.load(dataDirectory: dataDirectory)["scheduler"] else { return SchedulerConfig() }
        func fail(_ message: String) -> ConfigError { ConfigError(path: path, line: nil, message: "scheduler: " + message) }
        var config = SchedulerConfig()
        if let r = section["desired_retention"] {
            guard let value = r.doubleValue, value > 0, value < 1 else { throw fail("desired_retention must be between 0 and 1") }
            config.desiredRetention = value
        }
        if let p = section["parameters"] {
            guard let list = p.arrayValue?.compactMap(\.doubleValue), list.count == 21 else {
                throw fail("parameters must be a list of 21 numbers")
            }
            config.parameters = list
        }
        for (key, path) in [("learning_steps", \SchedulerConfig.learningSteps), ("relearning_steps", \SchedulerConfig.relearningSteps)] {
            guard let value = section[key] else { continue }
            if let text = value.stringValue {
                guard let steps = StepList.parse(text) else { throw fail("\(key): '\(text)' is not like 1m,10m") }
                config[keyPath: path] = steps
            } else if let list = value.arrayValue?.compactMap(\.doubleValue), list.allSatisfy({ $0 > 0 }) {
                config[keyPath: path] = list
            } else {
                throw fail("\(key) must be like \"1m,10m\" or a list of seconds")
            }
        }
        if let m = section["maximum_interval"] {
            guard let days = m.intValue, days >= 1 else { throw fail("maximum_interval must be a whole number of days ≥ 1") }
            config.maximumInterval = days
        }
        if let f = section["fuzz_seed"], !f.isNull {
            guard let seed = f.intValue, seed >= 0 else { throw fail("fuzz_seed must be a whole number ≥ 0") }
            config.fuzzSeed = UInt64(seed)
        }
        return config
    }
}

/// Step lists as people write them: `1m,10m`, `30s`, `1h,1d`; an empty string is no steps.
public enum StepList {
    public static func parse(_ text: String) -> [TimeInterval]? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return [] }
        var out: [TimeInterval] = []
        for part in trimmed.split(separator: ",") {
            var p = part.trimmingCharacters(in: .whitespaces)
            var unit: TimeInterval = 60
            if let last = p.last, "smhd".contains(last) {
                unit = ["s": 1, "m": 60, "h": 3600, "d": 86400][String(last)]!
                p.removeLast()
            }
            guard let value = Double(p), value > 0, value.isFinite else { return nil }
            out.append(value * unit)
        }
        return out
    }
}
