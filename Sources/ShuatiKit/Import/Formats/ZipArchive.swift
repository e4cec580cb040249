import Foundation

/// Why a zip archive (a .docx or .xlsx is one) could not be read.
public enum ZipError: Error, CustomStringConvertible, Equatable {
    /// No end-of-central-directory record: not a zip, or cut short.
    case notZip
    /// A record points outside the file or does not carry its signature.
    case corrupt(String)
    case zip64
    case encrypted(entry: String)
    case unsupportedMethod(entry: String, method: Int)
    /// The entry's data does not match its recorded CRC-32.
    case checksum(entry: String)
    case inflate(entry: String, InflateError)
    case missingEntry(String)

    public var description: String {
        switch self {
        case .notZip: return "not a zip archive, or the file is truncated (no end of central directory)"
        case let .corrupt(what): return "broken zip archive (\(what))"
        case .zip64: return "ZIP64 archives (over 4 GB or 65,535 entries) are not supported"
        case let .encrypted(entry): return "the archive is encrypted (\(entry)); save the document without a password"
        case let .unsupportedMethod(entry, method): return "\(entry) uses zip compression method \(method), which is not supported"
        case let .checksum(entry): return "\(entry) in the archive is damaged (CRC-32 mismatch)"
        case let .inflate(entry, error): return "\(entry) in the archive: \(error)"
        case let .missingEntry(name): return "the archive has no \(name)"
        }
    }
}

/// A zip archive read from memory through its central directory. Entries may be stored or deflated; sizes come
/// from the central directory, so entries written with data descriptors (flag bit 3) read the same way.
public struct ZipArchive: Sendable {
    /// One file in the archive, as its central-directory record describes it.
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var method: Int
        public var flags: Int
        public var crc32: UInt32
        public var compressedSize: Int
        public var uncompressedSize: Int
        public var localHeaderOffset: Int
    }

    private let bytes: [UInt8]
    /// The archive's entries in central-directory order.
    public let entries: [Entry]

    /// Largest entry accepted: far above any real document, far below a zip bomb's claim.
    static let maximumEntrySize = 1 << 30

    /// Reads the central directory of `bytes`.
    public init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        let end = try ZipArchive.endRecord(bytes)
        let entryCount = Int(ZipArchive.u16(bytes, end + 10))
        let directorySize = Int(ZipArchive.u32(bytes, end + 12))
        let directoryOffset = Int(ZipArchive.u32(bytes, end + 16))
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF
            || (end >= 20 && ZipArchive.u32(bytes, end - 20) == 0x0706_4B50) {
            throw ZipError.zip64
        }
        guard directoryOffset + directorySize <= end else { throw ZipError.corrupt("central directory outside the file") }
        var entries: [Entry] = []
        entries.reserveCapacity(entryCount)
        var p = directoryOffset
        for _ in 0..<entryCount {
            guard p + 46 <= end, ZipArchive.u32(bytes, p) == 0x0201_4B50 else {
                throw ZipError.corrupt("central directory record \(entries.count + 1) is damaged")
            }
            let nameLength = Int(ZipArchive.u16(bytes, p + 28))
            let extraLength = Int(ZipArchive.u16(bytes, p + 30))
            let commentLength = Int(ZipArchive.u16(bytes, p + 32))
            guard p + 46 + nameLength <= end else { throw ZipError.corrupt("central directory ends inside a name") }
            let entry = Entry(name: String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self),
                              method: Int(ZipArchive.u16(bytes, p + 10)), flags: Int(ZipArchive.u16(bytes, p + 8)),
                              crc32: ZipArchive.u32(bytes, p + 16), compressedSize: Int(ZipArchive.u32(bytes, p + 20)),
                              uncompressedSize: Int(ZipArchive.u32(bytes, p + 24)),
                              localHeaderOffset: Int(ZipArchive.u32(bytes, p + 42)))
            if entry.compressedSize == 0xFFFF_FFFF || entry.uncompressedSize == 0xFFFF_FFFF
                || entry.localHeaderOffset == 0xFFFF_FFFF {
                throw ZipError.zip64
            }
            entries.append(entry)
            p += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The entry called `name` (zip names use `/`; Office writers differ in case, so case is ignored).
    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The uncompressed bytes of the entry `name`, or nil when the archive has no such entry.
    public func contents(of name: String) throws -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try contents(of: entry)
    }

    /// The uncompressed bytes of `entry`, checked against its CRC-32.
    public func contents(of entry: Entry) throws -> [UInt8] {
        // Bit 0: traditional encryption; bit 6: strong encryption; method 99: AES.
        if entry.flags & 0x41 != 0 || entry.method == 99 { throw ZipError.encrypted(entry: entry.name) }
        let h = entry.localHeaderOffset
        guard h + 30 <= bytes.count, ZipArchive.u32(bytes, h) == 0x0403_4B50 else {
            throw ZipError.corrupt("local header of \(entry.name) is missing")
        }
        let start = h + 30 + Int(ZipArchive.u16(bytes, h + 26)) + Int(ZipArchive.u16(bytes, h + 28))
        guard start + entry.compressedSize <= bytes.count else { throw ZipError.corrupt("\(entry.name) runs past the end of the file") }
        guard entry.uncompressedSize <= ZipArchive.maximumEntrySize else { throw ZipError.corrupt("\(entry.name) is too large") }
        let raw = Array(bytes[start..<(start + entry.compressedSize)])
        let data: [UInt8]
        switch entry.method {
        case 0:
            data = raw
        case 8:
            do {
                data = try Inflate.decompress(raw, expectedSize: entry.uncompressedSize, limit: entry.uncompressedSize)
            } catch let error as InflateError {
                throw ZipError.inflate(entry: entry.name, error)
            }
        default:
            throw ZipError.unsupportedMethod(entry: entry.name, method: entry.method)
        }
        guard data.count == entry.uncompressedSize, ZipCRC32.checksum(data) == entry.crc32 else {
            throw ZipError.checksum(entry: entry.name)
        }
        return data
    }

    /// The offset of the end-of-central-directory record, searched from the end (a comment may follow it).
    private static func endRecord(_ bytes: [UInt8]) throws -> Int {
        guard bytes.count >= 22 else { throw ZipError.notZip }
        var p = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while p >= lowest {
            if bytes[p] == 0x50, u32(bytes, p) == 0x0605_4B50 { return p }
            p -= 1
        }
        throw ZipError.notZip
    }

    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}

extension ZipArchive {
    /// Whether the zip `data` (named `file`) is a workbook or a Word document: by its parts (`xl/workbook.xml`,
    /// `word/document.xml`), then by its extension; a zip that cannot be read goes to the Word reader, which
    /// reports what is wrong with it.
    static func officeKind(_ data: Data, file: String) -> InputKind {
        if let archive = try? ZipArchive([UInt8](data)) {
            let names = Set(archive.entries.map { $0.name.lowercased() })
            if names.contains("xl/workbook.xml") { return .xlsx }
            if names.contains("word/document.xml") { return .docx }
        }
        return file.lowercased().hasSuffix(".xlsx") ? .xlsx : .docx
    }
}
