import CielTensor

/// The causal feature cache of one encode or decode pass (diffusers' `feat_cache` / `feat_idx`).
///
/// Each causal convolution takes the next slot in call order, reads the frames cached there by the previous chunk
/// and stores the last `WanCausalCache.frameCount` frames of its own input for the next chunk. A pass calls
/// `beginChunk` before each chunk. On the last chunk nothing needs to be kept, so slots are emptied as soon as they
/// are read and memory shrinks while the chunk runs. Not thread-safe; owned by one pass.
final class WanCausalCache {
    /// Frames kept per convolution (diffusers `CACHE_T`).
    static let frameCount = 2

    /// What a slot holds.
    enum Slot {
        /// Nothing yet (first chunk).
        case empty
        /// diffusers' `"Rep"` marker: the first chunk skipped the temporal upsampling convolution.
        case skippedFirstChunk
        /// The last input frames of the previous chunk, `[C, T ≤ 2, H, W]`.
        case frames(Tensor)
    }

    private var slots: [Slot] = []
    private var index = 0
    /// Whether the current chunk must store frames for a following chunk.
    private(set) var keepsFrames = true

    /// Starts a chunk: slots are taken from the first again. `isLast`: no chunk follows.
    func beginChunk(isLast: Bool) {
        index = 0
        keepsFrames = !isLast
    }

    /// Takes the next slot: its index and current content.
    func next() -> (index: Int, slot: Slot) {
        if index == slots.count { slots.append(.empty) }
        defer { index += 1 }
        return (index, slots[index])
    }

    /// Stores `slot` at `index` (or empties it when no chunk follows).
    func store(_ slot: Slot, at index: Int) {
        slots[index] = keepsFrames ? slot : .empty
    }

    /// Empties the slot at `index` early (its frames were read and are not needed any more).
    func release(at index: Int) {
        if !keepsFrames { slots[index] = .empty }
    }
}

extension WanCausalCache.Slot {
    /// The cached frames, if the slot holds any.
    var frames: Tensor? {
        if case .frames(let t) = self { return t }
        return nil
    }
}

/// The last `count` frames of `previous ++ x` along time (axis 1), sharing `x` when it is exactly that.
/// Mirrors diffusers: `x[:, :, -2:]`, prefixed with the last cached frame when `x` has a single frame.
func lastFrames(of x: Tensor, after previous: Tensor?, count: Int, backend: any Backend) -> Tensor {
    let frames = x.shape[1]
    if frames >= count {
        return frames == count ? x : backend.slice(x, axis: 1, range: (frames - count)..<frames)
    }
    guard let previous else { return x }
    let needed = count - frames
    let available = previous.shape[1]
    let head = backend.slice(previous, axis: 1, range: max(0, available - needed)..<available)
    return backend.concat([head, x], axis: 1)
}
