/// Padding, strides and fused upsampling of `Backend.conv3d(segments:weight:bias:geometry:)`.
///
/// The input is seen as: `timeBefore` zero frames, the frames of every segment in order, `timeAfter` zero frames;
/// each frame optionally nearest-neighbour upsampled ×2 in height and width (`upsample2x`), then zero-padded by
/// `top`/`bottom` rows and `left`/`right` columns. The kernel moves by `timeStride` frames and `spatialStride`
/// pixels.
public struct Conv3dGeometry: Sendable, Hashable {
    /// Zero frames before the first segment (causal padding not covered by cached frames).
    public var timeBefore: Int
    /// Zero frames after the last segment.
    public var timeAfter: Int
    /// Zero rows above each (upsampled) frame.
    public var top: Int
    /// Zero rows below each (upsampled) frame.
    public var bottom: Int
    /// Zero columns left of each (upsampled) frame.
    public var left: Int
    /// Zero columns right of each (upsampled) frame.
    public var right: Int
    /// Frames the kernel moves per output frame.
    public var timeStride: Int
    /// Pixels the kernel moves per output row or column.
    public var spatialStride: Int
    /// Whether each input frame is first upsampled ×2 (nearest) in height and width; fused, never materialised.
    public var upsample2x: Bool

    /// Creates a geometry; all padding defaults to zero, strides to 1, no upsampling.
    public init(
        timeBefore: Int = 0, timeAfter: Int = 0, top: Int = 0, bottom: Int = 0, left: Int = 0, right: Int = 0,
        timeStride: Int = 1, spatialStride: Int = 1, upsample2x: Bool = false
    ) {
        self.timeBefore = timeBefore
        self.timeAfter = timeAfter
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
        self.timeStride = timeStride
        self.spatialStride = spatialStride
        self.upsample2x = upsample2x
    }

    /// Symmetric spatial padding `spatial` on every side, `timeBefore` zero frames before (causal convolution).
    public static func causal(timeBefore: Int, spatial: Int) -> Conv3dGeometry {
        Conv3dGeometry(timeBefore: timeBefore, top: spatial, bottom: spatial, left: spatial, right: spatial)
    }
}
