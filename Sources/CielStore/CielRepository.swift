/// Durable storage for accounts, sessions, API keys and video jobs, shared by the API server and the workers.
///
/// Two implementations exist behind this one protocol: SQLite (the default, one machine) and PostgreSQL (several
/// workers on several machines sharing one queue). Every method is a single atomic statement, so concurrent callers
/// in one process or in several processes never observe a half-applied change.
public protocol CielRepository: Sendable {
    /// Creates or upgrades the schema. Safe to call at every start.
    func migrate() async throws
    /// Releases connections. The repository must not be used afterwards.
    func close() async throws

    // MARK: Keys

    /// Stores a new API key.
    func insertKey(_ key: APIKeyRecord) async throws
    /// The key whose secret hashes to `secretHash`, revoked or not.
    func key(secretHash: String) async throws -> APIKeyRecord?
    /// The key with this id, revoked or not.
    func key(id: String) async throws -> APIKeyRecord?
    /// Every key, oldest first.
    func keys() async throws -> [APIKeyRecord]
    /// Revokes the key with this id or name. Returns whether a key was revoked.
    func revokeKey(idOrName: String, at time: Int64) async throws -> Bool
    /// The account's keys, revoked or not, oldest first.
    func keys(accountID: String) async throws -> [APIKeyRecord]
    /// Revokes the account's key with this id. Returns whether a key was revoked.
    func revokeKey(id: String, accountID: String, at time: Int64) async throws -> Bool

    // MARK: Accounts, sessions, invitations

    /// Stores a new account. Returns false (and stores nothing) when the id or the username is taken.
    func insertAccount(_ account: AccountRecord) async throws -> Bool
    /// The account with this id.
    func account(id: String) async throws -> AccountRecord?
    /// The account with this username (compared in lowercase).
    func account(username: String) async throws -> AccountRecord?
    /// Every account, oldest first.
    func accounts() async throws -> [AccountRecord]
    /// How many accounts exist.
    func accountCount() async throws -> Int
    /// Changes an account's tier, admin flag or disabled time (nil arguments are left alone). Returns whether the
    /// account exists.
    func updateAccount(id: String, tier: String?, isAdmin: Bool?, disabledAt: Int64??) async throws -> Bool
    /// Stores a new browser session.
    func insertSession(_ session: SessionRecord) async throws
    /// The session whose token hashes to `tokenHash`, unless it expired by `now`.
    func session(tokenHash: String, now: Int64) async throws -> SessionRecord?
    /// Ends a session (log out).
    func deleteSession(tokenHash: String) async throws
    /// Removes sessions that expired by `now`.
    func deleteExpiredSessions(now: Int64) async throws
    /// Stores a new invitation code.
    func insertInvite(_ invite: InviteRecord) async throws
    /// Invitations made by one account, or all of them when `createdBy` is nil, oldest first.
    func invites(createdBy: String?) async throws -> [InviteRecord]
    /// Atomically marks an unused code used. Returns false when the code is unknown or already used.
    func useInvite(code: String, by accountID: String, at time: Int64) async throws -> Bool
    /// Makes a used code usable again (sign-up failed after the code was taken).
    func releaseInvite(code: String) async throws

    // MARK: Videos, API side

    /// Stores a new job. Once this returns, the job survives a crash.
    func insertVideo(_ video: VideoRecord) async throws
    /// The video with this id, owned by `ownerKeyID` when given; deleted videos are not returned.
    func video(id: String, ownerKeyID: String?) async throws -> VideoRecord?
    /// A page of the owner's videos, ordered by creation. `after` is the id of the last video of the previous page.
    /// - Throws: `StoreError.notFound` when `after` names no video of this owner.
    func listVideos(ownerKeyID: String, after: String?, limit: Int, order: ListOrder) async throws -> VideoPage
    /// Marks the owner's video deleted and returns it as it was before, or nil when there is no such video.
    /// A running job sees the deletion at its next lease renewal and stops.
    func markDeleted(id: String, ownerKeyID: String, at time: Int64) async throws -> VideoRecord?
    /// How many of the owner's videos are queued or in progress.
    func activeJobCount(ownerKeyID: String) async throws -> Int
    /// The account's video with this id; deleted videos are not returned.
    func video(id: String, accountID: String) async throws -> VideoRecord?
    /// A page of the account's videos (made with any of its keys or in the web app), ordered by creation.
    /// - Throws: `StoreError.notFound` when `after` names no video of this account.
    func listVideos(accountID: String, after: String?, limit: Int, order: ListOrder) async throws -> VideoPage
    /// Marks the account's video deleted and returns it as it was before, or nil when there is no such video.
    func markDeleted(id: String, accountID: String, at time: Int64) async throws -> VideoRecord?
    /// How many of the account's videos are queued or in progress.
    func activeJobCount(accountID: String) async throws -> Int
    /// How many videos the account created since `time` (Unix seconds), deleted ones included.
    func videosCreated(accountID: String, since time: Int64) async throws -> Int
    /// Shares the account's video in the public feed (`sharedAt` set) or stops sharing it (nil). Returns the updated
    /// video, or nil when the account has no such video.
    func setShared(id: String, accountID: String, sharedAt: Int64?) async throws -> VideoRecord?
    /// The newest shared, completed, live videos, most recently shared first.
    func sharedVideos(limit: Int) async throws -> [VideoRecord]
    /// The oldest queued or running videos, in queue order (admin view).
    func queuedVideos(limit: Int) async throws -> [VideoRecord]
    /// The newest rows of the moderation audit log, each as `column=value` texts, or nil when this database has no
    /// such table yet (the guardrails module creates it).
    func moderationLog(limit: Int) async throws -> [[String]]?
    /// The number of live (not deleted) videos in each status.
    func statusCounts() async throws -> [VideoStatus: Int]

    // MARK: Cameos

    /// Stores a new cameo. Returns false (and stores nothing) when the id or a live cameo's handle is taken.
    func insertCameo(_ cameo: CameoRecord) async throws -> Bool
    /// The live cameo with this id.
    func cameo(id: String) async throws -> CameoRecord?
    /// The live cameo with this handle (compared in lowercase).
    func cameo(handle: String) async throws -> CameoRecord?
    /// The account's live cameos, oldest first.
    func cameos(ownerAccountID: String) async throws -> [CameoRecord]
    /// Changes who may use the owner's live cameo. Returns the updated cameo, or nil when the owner has no such cameo.
    func updateCameoPermission(
        id: String, ownerAccountID: String, permission: CameoPermission, approvedAccountIDs: [String]
    ) async throws -> CameoRecord?
    /// Deletes (revokes) the owner's live cameo and returns it, or nil when the owner has no such cameo.
    func markCameoDeleted(id: String, ownerAccountID: String, at time: Int64) async throws -> CameoRecord?
    /// Records that a video was made with these cameos.
    func linkVideo(_ videoID: String, toCameos cameoIDs: [String]) async throws
    /// The cameos a video was made with.
    func cameoIDs(ofVideo videoID: String) async throws -> [String]
    /// Every live video made with the cameo, whoever owns it, newest first.
    func videos(usingCameo cameoID: String) async throws -> [VideoRecord]
    /// Marks a video made with the cameo deleted (the cameo's owner removing it, whoever made it) and returns it as it
    /// was before, or nil when no live video with this id used the cameo.
    func markDeleted(id: String, usingCameo cameoID: String, at time: Int64) async throws -> VideoRecord?
    /// Marks a still-queued video failed (a cameo it uses was revoked). Returns false when it is no longer queued.
    func failQueuedVideo(id: String, code: String, message: String, at time: Int64) async throws -> Bool

    // MARK: Videos, worker side

    /// Atomically takes the oldest queued job, marks it `in_progress` under a lease held by `workerID`, and counts
    /// an attempt. Two workers never receive the same job.
    func claimNextJob(workerID: String, leaseUntilMillis: Int64, now: Int64) async throws -> VideoRecord?
    /// Extends the lease of a running job and records its progress. Returns false when the worker no longer holds the
    /// job (it was deleted, or its lease expired and another worker took it): the worker must then stop.
    func renewLease(id: String, workerID: String, progress: Int, leaseUntilMillis: Int64) async throws -> Bool
    /// Marks a held job completed. Returns false when the worker no longer holds it or it was deleted.
    func completeJob(id: String, workerID: String, completedAt: Int64, expiresAt: Int64?) async throws -> Bool
    /// Marks a held job failed with a reason. Returns false when the worker no longer holds it.
    func failJob(id: String, workerID: String, code: String, message: String, at time: Int64) async throws -> Bool
    /// Puts a held job back in the queue without counting the attempt (graceful shutdown).
    func releaseJob(id: String, workerID: String) async throws -> Bool
    /// Re-queues jobs whose lease expired (their worker died); jobs that already used `maxAttempts` attempts, or that
    /// were deleted, are marked failed instead.
    func recoverExpiredLeases(nowMillis: Int64, maxAttempts: Int, at time: Int64) async throws -> RecoveryReport

    // MARK: Cleanup

    /// Videos whose files may be removed: deleted ones no worker holds, and completed ones past `expiresAt`.
    func videosWithRemovableAssets(now: Int64, limit: Int) async throws -> [VideoRecord]
    /// Records that the files of a video were removed.
    func markAssetsRemoved(id: String) async throws
}
