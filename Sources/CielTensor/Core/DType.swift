/// The element type of a tensor's storage. Computation is always float32; other types are storage formats.
public enum DType: String, Sendable, Hashable, CaseIterable {
    case float32 = "F32"
    case bfloat16 = "BF16"
    case float16 = "F16"

    /// Bytes per element.
    public var byteSize: Int {
        switch self {
        case .float32: return 4
        case .bfloat16, .float16: return 2
        }
    }
}
