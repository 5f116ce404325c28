import CCielKernels

/// Memory behind a tensor: either owned (allocated here) or borrowed from a longer-lived owner such as a memory map.
///
/// The storage is immutable once published through a `Tensor`, except through `Tensor.withUnsafeMutableFloats`
/// on a tensor that was just created (the CPU backend fills its outputs that way).
public final class TensorStorage: @unchecked Sendable {
    /// Start of the data. Do not let it escape the `withUnsafe…` closures that lend it.
    let pointer: UnsafeMutableRawPointer
    /// Size in bytes.
    let byteCount: Int
    /// Keeps a borrowed region alive (for example the memory map of a safetensors file).
    let owner: AnyObject?
    private let owned: Bool

    /// Allocates zero-filled storage of `byteCount` bytes, 64-byte aligned.
    init(zeroedBytes byteCount: Int) {
        let size = max(byteCount, 64)
        pointer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 64)
        pointer.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        self.byteCount = byteCount
        owner = nil
        owned = true
    }

    /// Allocates uninitialised storage of `byteCount` bytes, 64-byte aligned.
    init(uninitializedBytes byteCount: Int) {
        pointer = UnsafeMutableRawPointer.allocate(byteCount: max(byteCount, 64), alignment: 64)
        self.byteCount = byteCount
        owner = nil
        owned = true
    }

    /// Borrows `byteCount` bytes at `pointer`, kept valid by `owner`.
    public init(borrowing pointer: UnsafeRawPointer, byteCount: Int, owner: AnyObject) {
        self.pointer = UnsafeMutableRawPointer(mutating: pointer)
        self.byteCount = byteCount
        self.owner = owner
        owned = false
    }

    deinit {
        if owned { pointer.deallocate() }
    }
}
