/// A command-line mistake, shown as one line and exit status 2.
enum ArgumentError: Error, CustomStringConvertible, Equatable {
    case unknownOption(String)
    case missingValue(String)
    case badValue(option: String, value: String, expected: String)
    case unexpected(String)
    case missing(String)

    var description: String {
        switch self {
        case let .unknownOption(o): return "unknown option '\(o)'"
        case let .missingValue(o): return "option '\(o)' needs a value"
        case let .badValue(o, v, e): return "option '\(o)': '\(v)' is not \(e)"
        case let .unexpected(a): return "unexpected argument '\(a)'"
        case let .missing(what): return "missing \(what)"
        }
    }
}

/// Which options a command takes: those followed by a value, and bare flags. `--data-dir` and `--help` are
/// accepted by every command.
struct ArgumentSpec: Sendable {
    var valued: Set<String>
    var flags: Set<String>
    /// Short aliases, e.g. `-o` → `--output`.
    var aliases: [String: String]

    init(valued: Set<String> = [], flags: Set<String> = [], aliases: [String: String] = [:]) {
        self.valued = valued.union(["--data-dir"])
        self.flags = flags.union(["--help"])
        self.aliases = aliases.merging(["-h": "--help"]) { a, _ in a }
    }
}

/// Parsed command line: positionals in order, option values (repeatable), flags.
struct ParsedArguments: Equatable, Sendable {
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    /// Parses `--name value`, `--name=value`, `-o value`, flags, and `--` (everything after is positional).
    init(_ args: [String], spec: ArgumentSpec) throws {
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            var arg = args[i]
            i += 1
            if onlyPositionals || arg == "-" || !arg.hasPrefix("-") || Double(arg) != nil {
                positionals.append(arg)
                continue
            }
            if arg == "--" { onlyPositionals = true; continue }
            var inline: String?
            if let eq = arg.firstIndex(of: "="), arg.hasPrefix("--") {
                inline = String(arg[arg.index(after: eq)...])
                arg = String(arg[..<eq])
            }
            if let long = spec.aliases[arg] { arg = long }
            if spec.flags.contains(arg) {
                if inline != nil { throw ArgumentError.unexpected("\(arg)=\(inline!)") }
                flags.insert(arg)
            } else if spec.valued.contains(arg) {
                if let inline {
                    values[arg, default: []].append(inline)
                } else {
                    guard i < args.count else { throw ArgumentError.missingValue(arg) }
                    values[arg, default: []].append(args[i])
                    i += 1
                }
            } else {
                throw ArgumentError.unknownOption(arg)
            }
        }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The last value given for an option.
    func value(_ option: String) -> String? { values[option]?.last }

    /// Every value given for a repeatable option.
    func all(_ option: String) -> [String] { values[option] ?? [] }

    /// An integer option within `range`.
    func int(_ option: String, in range: ClosedRange<Int> = Int.min...Int.max) throws -> Int? {
        guard let v = value(option) else { return nil }
        guard let n = Int(v), range.contains(n) else {
            throw ArgumentError.badValue(option: option, value: v, expected: "a whole number in \(range.lowerBound)...\(range.upperBound)")
        }
        return n
    }

    /// A decimal option within `range`.
    func double(_ option: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let v = value(option) else { return nil }
        guard let n = Double(v), range.contains(n) else {
            throw ArgumentError.badValue(option: option, value: v, expected: "a number in \(range.lowerBound)...\(range.upperBound)")
        }
        return n
    }
}
