import Foundation

/// Limits and behaviours of the API, read once at the edge (the CLI) and passed in.
public struct ServerConfiguration: Sendable {
    /// Largest request body accepted, in bytes (413 above).
    public var maxBodyBytes: Int = 32 * 1024 * 1024
    /// Longest prompt accepted, in characters.
    public var maxPromptLength: Int = 32000
    /// Largest reference image accepted, in bytes.
    public var maxImageBytes: Int = 20 * 1024 * 1024
    /// Accepted `seconds` values.
    public var allowedSeconds: [String] = ["4", "8", "12"]
    /// Accepted `size` values.
    public var allowedSizes: [String] = ["720x1280", "1280x720", "1024x1792", "1792x1024"]
    /// Default `seconds`.
    public var defaultSeconds: String = "4"
    /// Default `size`.
    public var defaultSize: String = "720x1280"
    /// Most queued or running videos one account may have, all its keys together (0: no limit). Above it, create
    /// answers 429. (The name predates accounts.)
    public var maxActiveJobsPerKey: Int = 16
    /// Value of the `openai-poll-after-ms` header on unfinished videos.
    public var pollAfterMilliseconds: Int = 1000
    /// How long a successful API key lookup is cached, in seconds (revocations take at most this long to apply).
    public var keyCacheSeconds: Double = 2

    /// Default configuration.
    public init() {}
}

/// Settings of a worker, read once at the edge.
public struct WorkerConfiguration: Sendable {
    /// Unique id of this worker (host and process by default).
    public var workerID: String
    /// Lease length: a job whose worker stops renewing for this long is re-queued.
    public var leaseDuration: Duration = .seconds(30)
    /// Attempts before an interrupted job is marked failed.
    public var maxAttempts: Int = 3
    /// Pause between queue polls when idle.
    public var idlePollInterval: Duration = .milliseconds(500)
    /// How often progress is written and the lease renewed while a job runs.
    public var heartbeatInterval: Duration = .milliseconds(500)
    /// The ffmpeg used to scale and crop reference images.
    public var ffmpeg: String = "ffmpeg"
    /// How long assets stay downloadable after completion, in seconds (nil: forever).
    public var assetLifetimeSeconds: Int64? = 7 * 24 * 3600

    /// A configuration with a worker id made from the host name and process id.
    public init(workerID: String? = nil) {
        self.workerID =
            workerID ?? "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-"
            + String(UInt32.random(in: 0...UInt32.max), radix: 36)
    }
}
