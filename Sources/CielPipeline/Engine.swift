import CielTensor
import Foundation

/// The one owner of loaded models: generation requests run one at a time, each as a stream of events.
///
/// Models are loaded on first use and kept (a model folder is identified by its path). Cancelling the consuming
/// task stops generation at the next denoising step.
public actor Engine {
    private let backend: any Backend
    private var pipelines: [URL: WanPipeline] = [:]

    public init(backend: any Backend = CPUBackend()) {
        self.backend = backend
    }

    /// The pipeline of `folder`, loading it on first use.
    public func pipeline(for folder: URL) throws -> WanPipeline {
        let key = folder.standardizedFileURL
        if let loaded = pipelines[key] { return loaded }
        let pipeline = try WanPipeline(folder: try ModelFolder(url: key), backend: backend)
        pipelines[key] = pipeline
        return pipeline
    }

    /// Runs `request` on the model in `folder`, streaming `GenerationEvent`s; the last one is `.completed`.
    /// The stream finishes with `PipelineError(.cancelled)` when the consumer is cancelled.
    public nonisolated func generate(_ request: GenerationRequest, model folder: URL) -> AsyncThrowingStream<GenerationEvent, any Error> {
        AsyncThrowingStream { continuation in
            let cancelled = CancellationFlag()
            let task = Task {
                do {
                    try await self.run(request, folder: folder, cancelled: cancelled) { continuation.yield($0) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in
                cancelled.set()
                task.cancel()
            }
        }
    }

    private func run(
        _ request: GenerationRequest, folder: URL, cancelled: CancellationFlag, emit: @escaping (GenerationEvent) -> Void
    ) throws {
        let pipeline = try pipeline(for: folder)
        _ = try pipeline.generate(request, events: emit, isCancelled: { cancelled.isSet })
    }
}

/// A thread-safe one-way flag.
final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}
