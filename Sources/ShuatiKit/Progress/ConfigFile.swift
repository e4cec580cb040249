import Foundation

/// A problem in `config.json`, naming the file, the line and what to fix.
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let line: Int?
    public let message: String
    public init(path: String, line: Int?, message: String) { self.path = path; self.line = line; self.message = message }
    public var description: String { "\(path):\(line.map(String.init) ?? "1"): error: \(message)" }
}

/// The optional `config.json` in the data directory: `{"scheduler":{…},"drill":{…}}`. Each module reads its own
/// section; unknown keys are ignored so older versions can read newer files. Known keys are checked when the
/// file is loaded, so a bad value is one clear error naming the line, never a silent default.
public enum ConfigFile {
    /// The parsed and checked file, or an empty object when there is none.
    public static func load(dataDirectory: URL) throws -> JSONValue {
        let url = DataDirectory.config(in: dataDirectory)
        guard FileContents.exists(url) else { return .object([]) }
        let data = try FileContents.read(url)
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(data))
        } catch let error as JSONParseError {
            var line = 1
            for byte in data.prefix(error.offset) where byte == 0x0A { line += 1 }
            throw ConfigError(path: url.path, line: line, message: error.reason)
        }
        guard value.objectValue != nil else {
            throw ConfigError(path: url.path, line: 1, message: "the config must be a JSON object like {\"drill\":{\"new_per_day\":20}}")
        }
        try validateDrill(value, path: url.path, data: data)
        _ = try SchedulerConfig.read(value, path: url.path, data: data)
        return value
    }

    /// `drill.new_per_day` a whole number 0…10000; `drill.easy_seconds` an object of positive numbers.
    static func validateDrill(_ config: JSONValue, path: String, data: Data) throws {
        guard let drill = config["drill"] else { return }
        func fail(_ key: String, _ message: String) -> ConfigError {
            ConfigError(path: path, line: line(ofKey: key, in: data), message: "drill: " + message)
        }
        guard drill.objectValue != nil else { throw fail("drill", "\"drill\" must be an object") }
        if let n = drill["new_per_day"] {
            guard let v = n.intValue, (0...10_000).contains(v) else {
                throw fail("new_per_day", "new_per_day must be a whole number from 0 to 10000")
            }
        }
        if let easy = drill["easy_seconds"] {
            guard let fields = easy.objectValue else { throw fail("easy_seconds", "easy_seconds must be an object like {\"single_choice\":8}") }
            for (key, value) in fields {
                guard let v = value.doubleValue, v > 0, v.isFinite else {
                    throw fail(key, "easy_seconds.\(key) must be a positive number of seconds")
                }
            }
        }
    }

    /// The 1-based line where `"key"` first appears in the file (1 when it cannot be found).
    public static func line(ofKey key: String, in data: Data) -> Int {
        let needle = Array("\"\(key)\"".utf8)
        let bytes = Array(data)
        guard needle.count <= bytes.count else { return 1 }
        var line = 1
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle { return line }
            if bytes[i] == 0x0A { line += 1 }
            i += 1
        }
        return 1
    }
}

extension SchedulerConfig {
    /// Reads the `"scheduler"` section: `desired_retention`, `parameters` (21 numbers), `learning_steps` and
    /// `relearning_steps` ("1m,10m" or a list of seconds), `maximum_interval`, `fuzz_seed`.
    public static func load(dataDirectory: URL) throws -> SchedulerConfig {
        let url = DataDirectory.config(in: dataDirectory)
        let config = try ConfigFile.load(dataDirectory: dataDirectory)
        return try read(config, path: url.path, data: (try? FileContents.read(url)) ?? Data())
    }

    /// The ranges FSRS-6 optimisers clamp each parameter to (py-fsrs); values outside them make the memory
    /// model meaningless (negative stability, NaN intervals).
    static let parameterBounds: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100, 1...10, 0.001...4, 0.001...4, 0.001...0.75,
        0...4.5, 0...0.8, 0.001...3.5, 0.001...5, 0.001...0.25, 0.001...0.9, 0...4, 0...1, 1...6, 0...2, 0...2,
        0...0.8, 0.1...0.8,
    ]

    /// The scheduler section of an already parsed config; errors name the line of the bad key.
    static func read(_ config: JSONValue, path: String, data: Data) throws -> SchedulerConfig {
        guard let section = config["scheduler"] else { return SchedulerConfig() }
        func fail(_ key: String, _ message: String) -> ConfigError {
            ConfigError(path: path, line: ConfigFile.line(ofKey: key, in: data), message: "scheduler: " + message)
        }
        guard section.objectValue != nil else { throw fail("scheduler", "\"scheduler\" must be an object") }
        var config = SchedulerConfig()
        if let r = section["desired_retention"] {
            guard let value = r.doubleValue, value > 0, value < 1 else {
                throw fail("desired_retention", "desired_retention must be a number between 0 and 1 (e.g. 0.9)")
            }
            config.desiredRetention = value
        }
        if let p = section["parameters"] {
            let list = p.arrayValue?.compactMap(\.doubleValue) ?? []
            guard let array = p.arrayValue, list.count == array.count, list.count == 21, list.allSatisfy(\.isFinite) else {
                throw fail("parameters", "parameters must be a list of 21 numbers (FSRS-6), not \(p.arrayValue.map { "\($0.count) values" } ?? "that")")
            }
            for (i, w) in list.enumerated() where !SchedulerConfig.parameterBounds[i].contains(w) {
                let b = SchedulerConfig.parameterBounds[i]
                throw fail("parameters", "parameters[\(i)] = \(JSONValue.format(w)) is outside \(JSONValue.format(b.lowerBound))…\(JSONValue.format(b.upperBound))")
            }
            config.parameters = list
        }
        for (key, path) in [("learning_steps", \SchedulerConfig.learningSteps), ("relearning_steps", \SchedulerConfig.relearningSteps)] {
            guard let value = section[key] else { continue }
            if let text = value.stringValue {
                guard let steps = StepList.parse(text) else { throw fail(key, "\(key): '\(text)' is not like 1m,10m") }
                config[keyPath: path] = steps
            } else if let array = value.arrayValue, case let list = array.compactMap(\.doubleValue), list.count == array.count,
                      list.allSatisfy({ $0 > 0 && $0.isFinite }) {
                config[keyPath: path] = list
            } else {
                throw fail(key, "\(key) must be like \"1m,10m\" or a list of seconds")
            }
        }
        if let m = section["maximum_interval"] {
            guard let days = m.intValue, days >= 1, days <= 100_000 else {
                throw fail("maximum_interval", "maximum_interval must be a whole number of days from 1 to 100000")
            }
            config.maximumInterval = days
        }
        if let f = section["fuzz_seed"], !f.isNull {
            guard let seed = f.intValue, seed >= 0 else { throw fail("fuzz_seed", "fuzz_seed must be a whole number ≥ 0") }
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
