/// CRC-32 (the IEEE polynomial zip uses), to check each extracted entry. Slicing-by-4: four table lookups per
/// four bytes instead of one per byte.
enum ZipCRC32 {
    /// `tables[k][b]`: the CRC of byte `b` followed by `k` zero bytes.
    private static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 4 * 256)
        for n in 0..<256 {
            var c = UInt32(n)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            t[n] = c
        }
        for k in 1..<4 {
            for n in 0..<256 { t[k * 256 + n] = (t[(k - 1) * 256 + n] >> 8) ^ t[Int(t[(k - 1) * 256 + n] & 0xFF)] }
        }
        return t
    }()

    /// The CRC-32 of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        tables.withUnsafeBufferPointer { t in
            bytes.withUnsafeBufferPointer { b in
                var i = 0
                let n = b.count
                while i + 4 <= n {
                    crc ^= UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
                    crc = t[768 + Int(crc & 0xFF)] ^ t[512 + Int(crc >> 8 & 0xFF)] ^ t[256 + Int(crc >> 16 & 0xFF)] ^ t[Int(crc >> 24)]
                    i += 4
                }
                while i < n { crc = t[Int((crc ^ UInt32(b[i])) & 0xFF)] ^ (crc >> 8); i += 1 }
            }
        }
        return ~crc
    }
}
