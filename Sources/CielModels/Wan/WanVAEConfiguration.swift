import Foundation

/// Hyperparameters of the Wan 2.1 video autoencoder (`AutoencoderKLWan`), decoded from `vae/config.json`.
///
/// Keys absent from the JSON take diffusers' constructor defaults, which are the Wan 2.1 VAE's values.
public struct WanVAEConfiguration: Codable, Sendable, Hashable {
    /// Channel width of the first encoder level ("base_dim").
    public var baseDimension: Int
    /// Channel width of the decoder's last level, when it differs from `baseDimension` ("decoder_base_dim").
    public var decoderBaseDimension: Int?
    /// Latent channels ("z_dim").
    public var latentChannels: Int
    /// Width multipliers per level ("dim_mult").
    public var dimensionMultipliers: [Int]
    /// Residual blocks per encoder level; the decoder uses one more ("num_res_blocks").
    public var residualBlockCount: Int
    /// Levels with attention in the encoder; must be empty for Wan 2.1 ("attn_scales").
    public var attentionScales: [Double]
    /// Whether each encoder downsampling also halves time ("temperal_downsample", sic).
    public var temporalDownsample: [Bool]
    /// Per-channel latent mean used to normalise latents ("latents_mean").
    public var latentsMean: [Double]
    /// Per-channel latent standard deviation ("latents_std").
    public var latentsStd: [Double]
    /// Wan 2.2 residual up/down blocks; unsupported ("is_residual").
    public var isResidual: Bool
    /// Video channels in ("in_channels").
    public var inChannels: Int
    /// Video channels out ("out_channels").
    public var outChannels: Int
    /// Wan 2.2 patchification; unsupported ("patch_size").
    public var patchSize: Int?
    /// Frames per latent frame after the first ("scale_factor_temporal").
    public var temporalScale: Int
    /// Pixels per latent pixel ("scale_factor_spatial").
    public var spatialScale: Int

    enum CodingKeys: String, CodingKey {
        case baseDimension = "base_dim", decoderBaseDimension = "decoder_base_dim", latentChannels = "z_dim"
        case dimensionMultipliers = "dim_mult", residualBlockCount = "num_res_blocks", attentionScales = "attn_scales"
        case temporalDownsample = "temperal_downsample", latentsMean = "latents_mean", latentsStd = "latents_std"
        case isResidual = "is_residual", inChannels = "in_channels", outChannels = "out_channels"
        case patchSize = "patch_size", temporalScale = "scale_factor_temporal", spatialScale = "scale_factor_spatial"
    }

    /// The Wan 2.1 VAE (diffusers' defaults).
    public static let wan21 = WanVAEConfiguration(
        baseDimension: 96, decoderBaseDimension: nil, latentChannels: 16, dimensionMultipliers: [1, 2, 4, 4],
        residualBlockCount: 2, attentionScales: [], temporalDownsample: [false, true, true],
        latentsMean: [
            -0.7571, -0.7089, -0.9113, 0.1075, -0.1745, 0.9653, -0.1517, 1.5508,
            0.4134, -0.0715, 0.5517, -0.3632, -0.1922, -0.9497, 0.2503, -0.2921,
        ],
        latentsStd: [
            2.8184, 1.4541, 2.3275, 2.6558, 1.2196, 1.7708, 2.6052, 2.0743,
            3.2687, 2.1526, 2.8652, 1.5579, 1.6382, 1.1253, 2.8251, 1.9160,
        ],
        isResidual: false, inChannels: 3, outChannels: 3, patchSize: nil, temporalScale: 4, spatialScale: 8)

    /// Creates a configuration from explicit values.
    public init(
        baseDimension: Int, decoderBaseDimension: Int?, latentChannels: Int, dimensionMultipliers: [Int],
        residualBlockCount: Int, attentionScales: [Double], temporalDownsample: [Bool], latentsMean: [Double],
        latentsStd: [Double], isResidual: Bool, inChannels: Int, outChannels: Int, patchSize: Int?,
        temporalScale: Int, spatialScale: Int
    ) {
        self.baseDimension = baseDimension
        self.decoderBaseDimension = decoderBaseDimension
        self.latentChannels = latentChannels
        self.dimensionMultipliers = dimensionMultipliers
        self.residualBlockCount = residualBlockCount
        self.attentionScales = attentionScales
        self.temporalDownsample = temporalDownsample
        self.latentsMean = latentsMean
        self.latentsStd = latentsStd
        self.isResidual = isResidual
        self.inChannels = inChannels
        self.outChannels = outChannels
        self.patchSize = patchSize
        self.temporalScale = temporalScale
        self.spatialScale = spatialScale
    }

    public init(from decoder: any Decoder) throws {
        let d = WanVAEConfiguration.wan21
        let c = try decoder.container(keyedBy: CodingKeys.self)
        baseDimension = try c.decodeIfPresent(Int.self, forKey: .baseDimension) ?? d.baseDimension
        decoderBaseDimension = try c.decodeIfPresent(Int.self, forKey: .decoderBaseDimension)
        latentChannels = try c.decodeIfPresent(Int.self, forKey: .latentChannels) ?? d.latentChannels
        dimensionMultipliers =
            try c.decodeIfPresent([Int].self, forKey: .dimensionMultipliers) ?? d.dimensionMultipliers
        residualBlockCount = try c.decodeIfPresent(Int.self, forKey: .residualBlockCount) ?? d.residualBlockCount
        attentionScales = try c.decodeIfPresent([Double].self, forKey: .attentionScales) ?? d.attentionScales
        temporalDownsample = try c.decodeIfPresent([Bool].self, forKey: .temporalDownsample) ?? d.temporalDownsample
        latentsMean = try c.decodeIfPresent([Double].self, forKey: .latentsMean) ?? d.latentsMean
        latentsStd = try c.decodeIfPresent([Double].self, forKey: .latentsStd) ?? d.latentsStd
        isResidual = try c.decodeIfPresent(Bool.self, forKey: .isResidual) ?? d.isResidual
        inChannels = try c.decodeIfPresent(Int.self, forKey: .inChannels) ?? d.inChannels
        outChannels = try c.decodeIfPresent(Int.self, forKey: .outChannels) ?? d.outChannels
        patchSize = try c.decodeIfPresent(Int.self, forKey: .patchSize)
        temporalScale = try c.decodeIfPresent(Int.self, forKey: .temporalScale) ?? d.temporalScale
        spatialScale = try c.decodeIfPresent(Int.self, forKey: .spatialScale) ?? d.spatialScale
    }

    /// Reads `config.json` from a VAE folder (or the file itself) and validates it.
    /// - Throws: `ModelError` when the file is missing, malformed or describes an unsupported VAE.
    public static func load(from url: URL) throws -> WanVAEConfiguration {
        var isDirectory: ObjCBool = false
        let file = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? url.appendingPathComponent("config.json") : url
        guard let data = try? Data(contentsOf: file) else {
            throw ModelError(.invalidConfiguration, "cannot read VAE configuration \(file.path)")
        }
        let configuration: WanVAEConfiguration
        do {
            configuration = try JSONDecoder().decode(WanVAEConfiguration.self, from: data)
        } catch {
            throw ModelError(.invalidConfiguration, "\(file.path) is not a valid AutoencoderKLWan config: \(error)")
        }
        try configuration.validate()
        return configuration
    }

    /// Channel width of the decoder's last level.
    public var decoderDimension: Int { decoderBaseDimension ?? baseDimension }

    /// Checks that this describes a Wan 2.1 VAE that this implementation supports.
    /// - Throws: `ModelError(.invalidConfiguration)` naming the offending key.
    public func validate() throws {
        func fail(_ message: String) -> ModelError { ModelError(.invalidConfiguration, "VAE config: \(message)") }
        guard baseDimension > 0, decoderDimension > 0, latentChannels > 0, inChannels > 0, outChannels > 0 else {
            throw fail("base_dim, decoder_base_dim, z_dim, in_channels and out_channels must be positive")
        }
        guard !dimensionMultipliers.isEmpty, dimensionMultipliers.allSatisfy({ $0 > 0 }) else {
            throw fail("dim_mult must be a non-empty list of positive integers, got \(dimensionMultipliers)")
        }
        guard residualBlockCount > 0 else { throw fail("num_res_blocks must be positive, got \(residualBlockCount)") }
        guard temporalDownsample.count >= dimensionMultipliers.count - 1 else {
            throw fail(
                "temperal_downsample needs \(dimensionMultipliers.count - 1) entries, got \(temporalDownsample.count)")
        }
        guard attentionScales.isEmpty else { throw fail("attn_scales must be empty (Wan 2.1), got \(attentionScales)") }
        guard !isResidual else { throw fail("is_residual (Wan 2.2 VAE) is not supported") }
        guard patchSize == nil || patchSize == 1 else { throw fail("patch_size (Wan 2.2 VAE) is not supported") }
        guard latentsMean.count == latentChannels, latentsStd.count == latentChannels else {
            throw fail("latents_mean and latents_std need \(latentChannels) values (z_dim)")
        }
        guard latentsStd.allSatisfy({ $0 != 0 }) else { throw fail("latents_std must not contain zeros") }
        let decoderWidths = decoderLevelWidths
        for i in 1..<decoderWidths.count where decoderWidths[i - 1] % 2 != 0 {
            throw fail("decoder level \(i - 1) width \(decoderWidths[i - 1]) must be even")
        }
    }

    /// Encoder widths: `[base] + base·dim_mult`.
    var encoderLevelWidths: [Int] { [baseDimension] + dimensionMultipliers.map { baseDimension * $0 } }
    /// Decoder widths: `base·[dim_mult.last] + base·reversed(dim_mult)`.
    var decoderLevelWidths: [Int] {
        ([dimensionMultipliers.last!] + dimensionMultipliers.reversed()).map { decoderDimension * $0 }
    }
    /// Whether each decoder up block also doubles time: the reverse of `temporalDownsample`.
    var temporalUpsample: [Bool] { Array(temporalDownsample.reversed()) }
}
