import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory map of a whole file. The mapping lives as long as this object.
public final class MemoryMappedFile: @unchecked Sendable {
    /// Path of the mapped file.
    public let path: String
    /// Start of the mapping. Do not let it escape the tensors that borrow it.
    let base: UnsafeRawPointer
    /// File size in bytes.
    public let size: Int

    /// Maps `path` read-only.
    /// - Throws: `WeightsError` when the file cannot be opened or mapped.
    public init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw WeightsError("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw WeightsError("cannot stat \(path)") }
        size = Int(info.st_size)
        guard size > 0 else { throw WeightsError("\(path) is empty") }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw WeightsError("cannot memory-map \(path): \(String(cString: strerror(errno)))")
        }
        base = UnsafeRawPointer(mapped)
    }

    /// Tells the kernel the pages of `range` are no longer needed (they are re-read from disk if touched again).
    public func release(_ range: Range<Int>) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound / page) * page
        let length = range.upperBound - start
        guard length > 0 else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + start), length, MADV_DONTNEED)
    }

    /// Releases every page of the file from memory.
    public func releaseAll() { release(0..<size) }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: base), size)
    }
}
