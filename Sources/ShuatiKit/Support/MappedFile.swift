import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FileContents {
    /// Regular files from this size on are mapped rather than read.
    static let mappingThreshold = 1 << 20

    /// The bytes of the file at `url`, as `read` gives them; a large regular file is mapped instead of copied, so
    /// its pages come in on whichever core first reads them (a 50 MB import spent 50 ms on one core in `read`).
    /// For documents being imported, which are read once and not written meanwhile.
    public static func mapped(_ url: URL, shownAs: String? = nil) throws -> Data {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileSystemError.current(shownAs ?? url.path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size >= mappingThreshold,
              let base = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            return try read(url, shownAs: shownAs)
        }
        let count = Int(info.st_size)
        // The text is read front to back within each share.
        _ = madvise(base, count, MADV_SEQUENTIAL)
        return Data(bytesNoCopy: base, count: count, deallocator: .custom { pointer, count in _ = munmap(pointer, count) })
    }
}
