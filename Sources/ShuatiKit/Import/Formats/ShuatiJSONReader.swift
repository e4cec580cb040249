import Foundation

/// shuati's own JSON: a bank file `{"name":…,"items":[…]}`, the output of `shuati import --json` or
/// `export --format json`, or a bare list of items. Each item is read on its own: a bad one is a warning.
enum ShuatiJSONReader {
    static func read(_ data: Data, file: String) throws -> ImportResult {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch let error as JSONParseError {
            throw StructuredImportError.notTheFormat(file: file, line: line(at: error.offset, in: bytes),
                                                     reason: "not valid JSON: \(error.reason)")
        }
        let list: [JSONValue]
        if let items = json["items"]?.arrayValue { list = items } else if let items = json.arrayValue { list = items } else {
            throw StructuredImportError.notTheFormat(file: file, line: 1, reason: "not a shuati bank: no \"items\" list")
        }
        let starts = itemStarts(bytes)
        var lines: [Int] = []
        var counted = 0, lineNumber = 1
        for start in starts {
            while counted < start { if bytes[counted] == 0x0A { lineNumber += 1 }; counted += 1 }
            lines.append(lineNumber)
        }
        var items: [Question] = []
        var warnings: [Diagnostic] = []
        for (i, value) in list.enumerated() {
            let line = i < lines.count ? lines[i] : 1
            do {
                var item = try Question(json: value)
                item.source = SourceLocation(file: file, line: line)
                items.append(item)
            } catch {
                warnings.append(Diagnostic(file: file, line: line, message: "item \(i + 1): \(error); skipped"))
            }
        }
        return ImportResult(items: items, warnings: warnings)
    }

    /// Byte offsets where the elements of the item list start (`"items"` of the top object, or the top array).
    static func itemStarts(_ bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var depth = 0, listDepth: Int? = nil
        var inString = false, escaped = false
        var stringStart = 0, lastString: ArraySlice<UInt8> = []
        let items = Array("items".utf8)
        for (i, b) in bytes.enumerated() {
            if inString {
                if escaped { escaped = false } else if b == 0x5C { escaped = true } else if b == 0x22 {
                    inString = false
                    lastString = bytes[stringStart..<i]
                }
                continue
            }
            switch b {
            case 0x22:
                if depth == listDepth { starts.append(i) }
                inString = true; stringStart = i + 1
            case 0x7B, 0x5B:  // { [
                if depth == listDepth { starts.append(i) }
                if depth == 0 && b == 0x5B { listDepth = 1 }
                if depth == 1 && b == 0x5B && listDepth == nil && lastString.elementsEqual(items) { listDepth = 2 }
                depth += 1
            case 0x7D, 0x5D:
                depth -= 1
                if let d = listDepth, depth < d { listDepth = nil }
            case 0x2C, 0x3A, 0x20, 0x0A, 0x0D, 0x09:
                if b == 0x2C, depth == 1 { lastString = [] }
            default:
                if depth == listDepth, i == 0 || [0x2C, 0x5B, 0x20, 0x0A, 0x0D, 0x09].contains(bytes[i - 1]) { starts.append(i) }
            }
        }
        return starts
    }

    static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes.prefix(max(0, offset)).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
