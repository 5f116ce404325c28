import CielTensor
import CielWeights
import Foundation

/// The Wan 2.1 video autoencoder (diffusers `AutoencoderKLWan`) for one sample, channel-first `[C, T, H, W]`.
///
/// Decoding runs one latent frame at a time with the causal convolution cache, exactly like diffusers `_decode`,
/// so memory is bounded by one chunk plus the caches. Encoding runs the first frame, then chunks of 4 frames, like
/// `_encode`, and returns the posterior mean. Follows diffusers' operator order; numerics are float32.
public struct WanVAE: Sendable {
    /// The hyperparameters the model was built with.
    public let configuration: WanVAEConfiguration
    /// The backend every operation runs on.
    public let backend: any Backend
    let decoder: WanVAEDecoder
    let encoder: WanVAEEncoder?  // nil for decode-only models (benchmarks)
    let postQuantConv: WanCausalConv3d  // "post_quant_conv" 1×1×1, z → z
    let quantConv: WanCausalConv3d?  // "quant_conv" 1×1×1, 2z → 2z

    /// Builds the VAE from a checkpoint folder's weights (`vae/diffusion_pytorch_model.safetensors`).
    ///
    /// - Parameters:
    ///   - configuration: the folder's `config.json`, e.g. from `WanVAEConfiguration.load(from:)`.
    ///   - weights: the folder's tensors; they stay memory-mapped in their stored dtype.
    ///   - backend: where to compute.
    /// - Throws: `ModelError` for an unsupported configuration; `WeightsError` when a tensor is missing, has another
    ///   shape, or a checkpoint tensor is not used by the model.
    public init(configuration: WanVAEConfiguration, weights: WeightStore, backend: any Backend) throws {
        try self.init(configuration: configuration, backend: backend, includeEncoder: true) { key, shape in
            try weights.tensor(key, shape: shape)
        }
        try weights.verifyAllConsumed()
    }

    init(
        configuration: WanVAEConfiguration, backend: any Backend, includeEncoder: Bool, load: WanWeightLoader
    ) throws {
        try configuration.validate()
        self.configuration = configuration
        self.backend = backend
        let z = configuration.latentChannels
        decoder = try WanVAEDecoder(load, configuration: configuration)
        postQuantConv = try WanCausalConv3d(load, "post_quant_conv", inChannels: z, outChannels: z, kernel: 1)
        if includeEncoder {
            encoder = try WanVAEEncoder(load, configuration: configuration)
            quantConv = try WanCausalConv3d(load, "quant_conv", inChannels: 2 * z, outChannels: 2 * z, kernel: 1)
        } else {
            encoder = nil
            quantConv = nil
        }
    }

    // MARK: Decoding

    /// Decodes latents into video frames.
    ///
    /// - Parameters:
    ///   - latents: `[z, T, h, w]`, already un-normalised (see `denormalize(_:)`).
    ///   - clampOutput: clamp to [-1, 1] as diffusers does (turn off only to inspect raw values).
    ///   - onFrame: called with the index of each latent frame once it is decoded (for progress).
    /// - Returns: `[out_channels, 1 + 4·(T−1), 8h, 8w]`, in [-1, 1] when clamped.
    /// - Throws: `ModelError(.invalidInput)` when `latents` has the wrong shape.
    public func decode(latents: Tensor, clampOutput: Bool = true, onFrame: ((Int) -> Void)? = nil) throws -> Tensor {
        var chunks: [Tensor] = []
        try decodeChunks(latents: latents, clampOutput: clampOutput) { index, frames in
            chunks.append(frames)
            onFrame?(index)
        }
        return chunks.count == 1 ? chunks[0] : backend.concat(chunks, axis: 1)
    }

    /// Decodes latents chunk by chunk, handing each latent frame's video frames to `body` as soon as they exist
    /// (1 frame for the first latent frame, 4 for each later one), so a caller can stream them out.
    ///
    /// - Parameters:
    ///   - latents: `[z, T, h, w]`, already un-normalised.
    ///   - clampOutput: clamp to [-1, 1] as diffusers does.
    ///   - body: receives the latent frame index and its frames `[out_channels, n, 8h, 8w]`; may throw to stop.
    /// - Throws: `ModelError(.invalidInput)` for a bad shape, or what `body` throws.
    public func decodeChunks(
        latents: Tensor, clampOutput: Bool = true, _ body: (Int, Tensor) throws -> Void
    ) throws {
        let z = configuration.latentChannels
        guard latents.rank == 4, latents.shape[0] == z, latents.shape[1] > 0, latents.shape[2] > 0,
            latents.shape[3] > 0
        else {
            throw ModelError(.invalidInput, "VAE decode expects latents [\(z), T, h, w], got \(latents.shape)")
        }
        let frames = latents.shape[1]
        let x = postQuantConv(latents, cache: nil as Tensor?, backend: backend)
        let cache = WanCausalCache()
        for i in 0..<frames {
            cache.beginChunk(isLast: i == frames - 1)
            let chunk = frames == 1 ? x : backend.slice(x, axis: 1, range: i..<(i + 1))
            var out = decoder(chunk, cache: cache, backend: backend)
            if clampOutput { out = backend.clamp(out, min: -1, max: 1) }
            try body(i, out)
        }
    }

    // MARK: Encoding

    /// Encodes video frames into the posterior mean (the mode of the latent distribution).
    ///
    /// - Parameter video: `[in_channels, F, H, W]` in [-1, 1]; like diffusers, frames after the last whole chunk of
    ///   4 (beyond `1 + 4·⌊(F−1)/4⌋`) are ignored.
    /// - Returns: `[z, 1 + ⌊(F−1)/4⌋, h, w]`, not normalised (see `normalize(_:)`).
    /// - Throws: `ModelError` when the model has no encoder or `video` has the wrong shape or is too small.
    public func encode(video: Tensor) throws -> Tensor {
        guard let encoder, let quantConv else {
            throw ModelError(.invalidInput, "this VAE was built without its encoder")
        }
        let levels = configuration.dimensionMultipliers.count
        guard video.rank == 4, video.shape[0] == configuration.inChannels, video.shape[1] > 0,
            WanVAEEncoder.downsampledSize(video.shape[2], levels: levels) ?? 0 > 0,
            WanVAEEncoder.downsampledSize(video.shape[3], levels: levels) ?? 0 > 0
        else {
            throw ModelError(
                .invalidInput,
                "VAE encode expects video [\(configuration.inChannels), F, H, W] with H, W ≥ \(1 << (levels - 1)), "
                    + "got \(video.shape)")
        }
        let z = configuration.latentChannels
        // Only the mean half of quant_conv is needed (DiagonalGaussianDistribution.mode()); it is pointwise.
        let meanWeight = backend.slice(quantConv.weight, axis: 0, range: 0..<z)
        let meanBias = backend.slice(quantConv.bias, axis: 0, range: 0..<z)
        let frames = video.shape[1]
        let chunkCount = 1 + (frames - 1) / 4
        let cache = WanCausalCache()
        var means: [Tensor] = []
        for i in 0..<chunkCount {
            cache.beginChunk(isLast: i == chunkCount - 1)
            let range = i == 0 ? 0..<1 : (1 + 4 * (i - 1))..<(1 + 4 * i)
            let chunk = range == 0..<frames ? video : backend.slice(video, axis: 1, range: range)
            let moments = encoder(chunk, cache: cache, backend: backend)
            means.append(backend.conv3d(segments: [moments], weight: meanWeight, bias: meanBias,
                                        geometry: Conv3dGeometry(), residual: nil))
        }
        return means.count == 1 ? means[0] : backend.concat(means, axis: 1)
    }

    // MARK: Latent normalisation

    /// `(μ − latents_mean) / latents_std` per channel: VAE latents → the diffusion model's latent space.
    public func normalize(_ latents: Tensor) -> Tensor {
        let scale = configuration.latentsStd.map { Float(1 / $0) }
        let offset = zip(configuration.latentsMean, configuration.latentsStd).map { Float(-$0 / $1) }
        return backend.channelAffine(latents, scale: scale, offset: offset)
    }

    /// `z · latents_std + latents_mean` per channel: the diffusion model's latents → VAE latents, as the pipeline
    /// does before decoding (diffusers divides by `1/std`; this multiplies by `std`, within 1 ulp).
    public func denormalize(_ latents: Tensor) -> Tensor {
        backend.channelAffine(
            latents, scale: configuration.latentsStd.map { Float($0) },
            offset: configuration.latentsMean.map { Float($0) })
    }
}
