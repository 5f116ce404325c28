import CielTensor
import CielWeights

/// A fully connected layer with PyTorch's `[out, in]` weight layout.
public struct Linear: Sendable {
    public let weight: Tensor
    public let bias: Tensor?

    public init(weight: Tensor, bias: Tensor?) {
        self.weight = weight
        self.bias = bias
    }

    /// Loads `prefix.weight` (and `prefix.bias` when `bias`) with shape checks.
    public init(_ store: WeightStore, _ prefix: String, in inFeatures: Int, out outFeatures: Int, bias: Bool = true) throws {
        weight = try store.tensor("\(prefix).weight", shape: [outFeatures, inFeatures])
        self.bias = bias ? try store.tensor("\(prefix).bias", shape: [outFeatures]) : nil
    }

    public func callAsFunction(_ x: Tensor, _ backend: any Backend) -> Tensor {
        backend.linear(x, weight: weight, bias: bias)
    }
}
