import CCielKernels

/// A dense, row-major (contiguous) n-dimensional array.
///
/// Activations are float32. Weights may be stored as bfloat16 or float16 (for example straight from a memory-mapped
/// checkpoint); operations convert them to float32 as they read them.
public struct Tensor: Sendable {
    /// Extent of each dimension, outermost first.
    public let shape: [Int]
    /// Element type of the storage.
    public let dtype: DType
    let storage: TensorStorage

    /// Number of elements.
    public var count: Int { shape.reduce(1, *) }
    /// Number of dimensions.
    public var rank: Int { shape.count }

    init(shape: [Int], dtype: DType, storage: TensorStorage) {
        self.shape = shape
        self.dtype = dtype
        self.storage = storage
    }

    /// Wraps existing storage (e.g. a memory-mapped region) as a tensor.
    /// - Throws: `TensorError` when the storage is smaller than the shape needs.
    public init(shape: [Int], dtype: DType, borrowing storage: TensorStorage) throws {
        let needed = shape.reduce(1, *) * dtype.byteSize
        guard storage.byteCount >= needed else {
            throw TensorError("tensor of shape \(shape) (\(dtype.rawValue)) needs \(needed) bytes, storage has \(storage.byteCount)")
        }
        self.init(shape: shape, dtype: dtype, storage: storage)
    }

    /// A float32 tensor filled with zeros.
    public static func zeros(_ shape: [Int]) -> Tensor {
        Tensor(shape: shape, dtype: .float32, storage: TensorStorage(zeroedBytes: shape.reduce(1, *) * 4))
    }

    /// A float32 tensor whose contents the caller will overwrite completely.
    public static func uninitialized(_ shape: [Int]) -> Tensor {
        Tensor(shape: shape, dtype: .float32, storage: TensorStorage(uninitializedBytes: shape.reduce(1, *) * 4))
    }

    /// A float32 tensor holding `values` (count must match the shape).
    public init(shape: [Int], values: [Float]) {
        precondition(values.count == shape.reduce(1, *), "values.count \(values.count) does not match shape \(shape)")
        let storage = TensorStorage(uninitializedBytes: values.count * 4)
        values.withUnsafeBytes { storage.pointer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        self.init(shape: shape, dtype: .float32, storage: storage)
    }

    /// A float32 tensor filled with `value`.
    public static func full(_ shape: [Int], value: Float) -> Tensor {
        let t = uninitialized(shape)
        t.withUnsafeMutableFloats { $0.update(repeating: value) }
        return t
    }

    /// The same data seen with another shape of equal element count.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        var newShape = newShape
        if let inferred = newShape.firstIndex(of: -1) {
            let known = newShape.enumerated().filter { $0.offset != inferred }.reduce(1) { $0 * $1.element }
            newShape[inferred] = count / known
        }
        precondition(newShape.reduce(1, *) == count, "cannot reshape \(shape) to \(newShape)")
        return Tensor(shape: newShape, dtype: dtype, storage: storage)
    }

    /// Lends the float32 elements read-only. Do not let the buffer escape the closure.
    public func withUnsafeFloats<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        precondition(dtype == .float32, "withUnsafeFloats needs float32, tensor is \(dtype)")
        return try body(UnsafeBufferPointer(start: storage.pointer.assumingMemoryBound(to: Float.self), count: count))
    }

    /// Lends the float32 elements for writing. Only for tensors the caller has just created and not yet shared.
    public func withUnsafeMutableFloats<R>(_ body: (UnsafeMutableBufferPointer<Float>) throws -> R) rethrows -> R {
        precondition(dtype == .float32, "withUnsafeMutableFloats needs float32, tensor is \(dtype)")
        return try body(
            UnsafeMutableBufferPointer(start: storage.pointer.assumingMemoryBound(to: Float.self), count: count))
    }

    /// Lends the raw bytes of the storage. Do not let the buffer escape the closure.
    public func withUnsafeRawBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: storage.pointer, count: count * dtype.byteSize))
    }

    /// This tensor converted to float32 (returns `self` when it already is float32).
    public func float32() -> Tensor {
        if dtype == .float32 { return self }
        let out = Tensor.uninitialized(shape)
        out.withUnsafeMutableFloats { dst in
            let src = storage.pointer.assumingMemoryBound(to: UInt16.self)
            switch dtype {
            case .bfloat16: ciel_bf16_to_f32(src, dst.baseAddress!, count)
            case .float16: ciel_f16_to_f32(src, dst.baseAddress!, count)
            case .float32: break
            }
        }
        return out
    }

    /// A fresh float32 copy that does not share storage with `self`.
    public func copy() -> Tensor {
        let source = float32()
        let out = Tensor.uninitialized(shape)
        source.withUnsafeFloats { src in out.withUnsafeMutableFloats { $0.update(fromContentsOf: src) } }
        return out
    }

    /// The elements as a Swift array (float32).
    public var scalars: [Float] { float32().withUnsafeFloats { Array($0) } }
}
