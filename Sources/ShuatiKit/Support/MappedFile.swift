import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension FileContents {
    /// Regular files from this size on are mapped rather than read.
    static let mappingThreshold = 1 << 20

    /// The bytes of the file at `url`, as `read` gives them; a large regular file is mapped instead of copied, so
    /// its pages come in on whichever core first reads them (a 50 MB import spent 50 ms on one core in `read`).
    /// A page that another program cuts off while the mapping is read reads as zeros instead of raising SIGBUS
    /// (`MappedPages`); `unchanged(_:since:)` then tells the caller the text it got is not the file's.
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
        MappedPages.register(base, count)
        return Data(bytesNoCopy: base, count: count, deallocator: .custom { pointer, count in
            MappedPages.unregister(pointer)
            _ = munmap(pointer, count)
        })
    }

    /// Throws when the file at `url` is no longer `count` bytes long: it changed while it was being read, so what
    /// was read may hold zeros where its end was cut off.
    public static func unchanged(_ url: URL, count: Int, shownAs: String? = nil) throws {
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw FileSystemError.current(shownAs ?? url.path) }
        if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) != count {
            throw FileSystemError(path: shownAs ?? url.path, reason: "changed while it was being read; import it again")
        }
    }
}
