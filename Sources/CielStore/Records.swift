/// The lifecycle state of a video job.
public enum VideoStatus: String, Sendable, Codable, CaseIterable {
    /// Accepted and waiting for a worker.
    case queued
    /// Claimed by a worker and being generated.
    case inProgress = "in_progress"
    /// Finished; its assets can be downloaded until they expire.
    case completed
    /// Finished without a video; `errorCode` and `errorMessage` say why.
    case failed
}

/// One video job and its result, as stored.
public struct VideoRecord: Sendable, Equatable {
    /// Public identifier, `video_…`.
    public var id: String
    /// Identifier of the API key that created this video (the account id for videos made in the web app).
    public var ownerKeyID: String
    /// The account that owns this video: listing, retrieval, deletion and quotas are scoped by it.
    public var accountID: String
    /// The model name the client asked for (echoed back in the API).
    public var requestedModel: String
    /// The model the server resolved the request to (an installed model).
    public var engineModel: String
    /// Current status.
    public var status: VideoStatus
    /// Progress 0–100.
    public var progress: Int
    /// The text prompt.
    public var prompt: String
    /// Delivered frame size, `WIDTHxHEIGHT`.
    public var size: String
    /// Delivered duration in seconds, as the API string (`"4"`).
    public var seconds: String
    /// Optional seed for reproducibility.
    public var seed: Int64?
    /// Path (relative to the data directory) of the input reference image, if any.
    public var inputReferencePath: String?
    /// The video this one remixes, if any.
    public var remixedFromVideoID: String?
    /// Unix seconds of creation.
    public var createdAt: Int64
    /// Unix seconds when a worker last started it.
    public var startedAt: Int64?
    /// Unix seconds of completion or failure.
    public var completedAt: Int64?
    /// Unix seconds when its assets expire.
    public var expiresAt: Int64?
    /// Machine-readable failure code.
    public var errorCode: String?
    /// Human-readable failure message.
    public var errorMessage: String?
    /// How many times a worker claimed it.
    public var attempts: Int
    /// The worker holding (or that last held) the job.
    public var workerID: String?
    /// Unix milliseconds when the current lease ends.
    public var leaseExpiresAtMillis: Int64?
    /// Unix seconds when the client deleted it (deleted videos are invisible to the API).
    public var deletedAt: Int64?
    /// Whether the generated files were removed (deleted or expired).
    public var assetsRemoved: Bool
    /// Unix seconds since when its author shares it in the public feed (nil: private).
    public var sharedAt: Int64?
    /// Text the guidance steers away from (nil: the model's default).
    public var negativePrompt: String?
    /// Denoising steps (nil: the model's default).
    public var steps: Int?
    /// Classifier-free guidance scale (nil: the model's default).
    public var guidance: Double?

    /// Creates a record; fields not given take the values of a freshly queued job. Without `accountID` the video
    /// belongs to the implicit account of its key (`APIKeyRecord.implicitAccountID(forKey:)`).
    public init(
        id: String, ownerKeyID: String, accountID: String? = nil, requestedModel: String, engineModel: String,
        status: VideoStatus = .queued,
        progress: Int = 0, prompt: String, size: String, seconds: String, seed: Int64? = nil,
        inputReferencePath: String? = nil, remixedFromVideoID: String? = nil, createdAt: Int64,
        startedAt: Int64? = nil, completedAt: Int64? = nil, expiresAt: Int64? = nil, errorCode: String? = nil,
        errorMessage: String? = nil, attempts: Int = 0, workerID: String? = nil, leaseExpiresAtMillis: Int64? = nil,
        deletedAt: Int64? = nil, assetsRemoved: Bool = false, sharedAt: Int64? = nil, negativePrompt: String? = nil,
        steps: Int? = nil, guidance: Double? = nil
    ) {
        self.id = id
        self.ownerKeyID = ownerKeyID
        self.accountID = accountID ?? APIKeyRecord.implicitAccountID(forKey: ownerKeyID)
        self.sharedAt = sharedAt
        self.negativePrompt = negativePrompt
        self.steps = steps
        self.guidance = guidance
        self.requestedModel = requestedModel
        self.engineModel = engineModel
        self.status = status
        self.progress = progress
        self.prompt = prompt
        self.size = size
        self.seconds = seconds
        self.seed = seed
        self.inputReferencePath = inputReferencePath
        self.remixedFromVideoID = remixedFromVideoID
        self.createdAt = createdAt
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.expiresAt = expiresAt
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.attempts = attempts
        self.workerID = workerID
        self.leaseExpiresAtMillis = leaseExpiresAtMillis
        self.deletedAt = deletedAt
        self.assetsRemoved = assetsRemoved
    }
}

/// An API key as stored: only a hash of the secret is kept.
public struct APIKeyRecord: Sendable, Equatable {
    /// Public identifier, `key_…`.
    public var id: String
    /// Operator-chosen name.
    public var name: String
    /// The first characters of the secret, for display (`ciel-sk-AbCd…`).
    public var prefix: String
    /// Hex SHA-256 of the secret.
    public var secretHash: String
    /// Unix seconds of creation.
    public var createdAt: Int64
    /// Unix seconds of revocation, if revoked.
    public var revokedAt: Int64?
    /// URL that receives `video.completed`/`video.failed` events, if any.
    public var webhookURL: String?
    /// Standard Webhooks secret (`whsec_…`) used to sign events, if a webhook is set.
    public var webhookSecret: String?
    /// The account the key acts for; its videos and quota are the account's.
    public var accountID: String

    /// Creates a key record. A key made without an account (`ciel keys create` without `--account`) is an operator
    /// key: it acts for its own implicit account, `implicitAccountID(forKey:)`, which has no row, no password and no
    /// quota.
    public init(
        id: String, name: String, prefix: String, secretHash: String, createdAt: Int64, revokedAt: Int64? = nil,
        webhookURL: String? = nil, webhookSecret: String? = nil, accountID: String? = nil
    ) {
        self.accountID = accountID ?? Self.implicitAccountID(forKey: id)
        self.id = id
        self.name = name
        self.prefix = prefix
        self.secretHash = secretHash
        self.createdAt = createdAt
        self.revokedAt = revokedAt
        self.webhookURL = webhookURL
        self.webhookSecret = webhookSecret
    }
}

extension APIKeyRecord {
    /// The account id of an operator key that belongs to no account: `acct_` followed by the key id.
    public static func implicitAccountID(forKey keyID: String) -> String { "acct_" + keyID }
}

/// Sort order of a video listing, by creation.
public enum ListOrder: String, Sendable {
    /// Oldest first.
    case ascending = "asc"
    /// Newest first.
    case descending = "desc"
}

/// One page of a video listing.
public struct VideoPage: Sendable {
    /// The videos of this page, in the requested order.
    public var videos: [VideoRecord]
    /// Whether more videos follow the last one of this page.
    public var hasMore: Bool

    /// Creates a page.
    public init(videos: [VideoRecord], hasMore: Bool) {
        self.videos = videos
        self.hasMore = hasMore
    }
}

/// What happened to jobs whose lease ran out.
public struct RecoveryReport: Sendable, Equatable {
    /// Jobs put back in the queue.
    public var requeued: [String]
    /// Jobs that used up their attempts and were marked failed.
    public var failed: [String]

    /// Creates a report.
    public init(requeued: [String] = [], failed: [String] = []) {
        self.requeued = requeued
        self.failed = failed
    }
}
