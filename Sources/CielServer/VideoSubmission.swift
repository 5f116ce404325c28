import CielStore
import Foundation
import Logging

/// Accepts a new video or a remix for an account, the same way for the API and the web app: tier limits and the
/// daily quota, the prompt policy, the concurrency limit, then the job is persisted as `queued`.
struct VideoSubmission: Sendable {
    let repository: any CielRepository
    let dataDirectory: DataDirectory
    let catalog: ModelCatalog
    let configuration: ServerConfiguration
    let promptPolicy: (any PromptPolicy)?
    /// Where every policy decision is recorded (nil: not recorded).
    let moderationAudit: (any ModerationAuditStore)?

    var quota: QuotaGuard { QuotaGuard(repository: repository) }
    var cameoGate: CameoGate { CameoGate(repository: repository, dataDirectory: dataDirectory) }

    /// Persists a new video for `account`. `ownerKeyID` is the key that asked (the account id in the web app).
    func create(_ parameters: CreateVideoParameters, account: AccountIdentity, ownerKeyID: String, logger: Logger)
        async throws -> VideoRecord
    {
        try await quota.check(account, seconds: parameters.seconds, size: parameters.size)
        try await checkPolicy(parameters.prompt, requesterID: ownerKeyID, action: "create", logger: logger)
        let cameos = try await cameoGate.permittedCameos(in: parameters.prompt, for: account.id)
        let cameoImage = try cameoGate.referenceImage(
            for: cameos, model: parameters.model, hasInputReference: parameters.inputReference != nil)
        try await checkConcurrency(account: account)
        let id = Self.newVideoID()
        let inputPath = try storeInputReference(parameters.inputReference ?? cameoImage, videoID: id)
        let record = VideoRecord(
            id: id, ownerKeyID: ownerKeyID, accountID: account.id, requestedModel: parameters.requestedModel,
            engineModel: parameters.model.name, prompt: parameters.prompt, size: parameters.size,
            seconds: parameters.seconds, seed: parameters.seed, inputReferencePath: inputPath,
            createdAt: Clock.nowSeconds(), negativePrompt: parameters.negativePrompt, steps: parameters.steps,
            guidance: parameters.guidance)
        // Linked before the job exists, so a revocation never misses a queued video that uses the cameo.
        try await repository.linkVideo(id, toCameos: cameos.map(\.id))
        try await repository.insertVideo(record)
        logger.info("video queued", metadata: ["video_id": .string(id), "model": .string(record.engineModel)])
        return record
    }

    /// Persists a remix of a completed `source` (the caller checked the account may see it) for `account`.
    func remix(_ source: VideoRecord, prompt: String, account: AccountIdentity, ownerKeyID: String, logger: Logger)
        async throws -> VideoRecord
    {
        guard source.status == .completed else {
            throw ServerError(
                status: .badRequest,
                message: "Video '\(source.id)' is \(source.status.rawValue); only a completed video can be remixed.",
                code: "video_not_ready")
        }
        try await quota.check(account, seconds: source.seconds, size: source.size)
        try await checkPolicy(
            prompt, requesterID: ownerKeyID, action: "remix", sourceVideoID: source.id, logger: logger)
        guard catalog.resolve(source.requestedModel) != nil
            || catalog.models.contains(where: { $0.name == source.engineModel })
        else {
            throw ServerError.invalidValue("model", "The model of video '\(source.id)' is no longer installed.")
        }
        let cameos = try await cameoGate.permittedCameos(in: prompt, for: account.id)
        let engineModel = catalog.resolve(source.requestedModel)
            ?? catalog.models.first(where: { $0.name == source.engineModel })
        let cameoImage = try engineModel.flatMap {
            try cameoGate.referenceImage(for: cameos, model: $0, hasInputReference: false)
        }
        try await checkConcurrency(account: account)
        let id = Self.newVideoID()
        let inputPath = try storeInputReference(cameoImage, videoID: id)
        let record = VideoRecord(
            id: id, ownerKeyID: ownerKeyID, accountID: account.id,
            requestedModel: source.requestedModel,
            engineModel: catalog.resolve(source.requestedModel)?.name ?? source.engineModel, prompt: prompt,
            size: source.size, seconds: source.seconds, seed: source.seed, inputReferencePath: inputPath,
            remixedFromVideoID: source.id, createdAt: Clock.nowSeconds(), negativePrompt: source.negativePrompt,
            steps: source.steps, guidance: source.guidance)
        try await repository.linkVideo(id, toCameos: cameos.map(\.id))
        try await repository.insertVideo(record)
        logger.info("remix queued", metadata: ["video_id": .string(record.id), "source_id": .string(source.id)])
        return record
    }

    /// Writes a job's reference image (uploaded, or a cameo's photo) as `inputs/<id>.<ext>`; returns that path.
    func storeInputReference(_ reference: (bytes: [UInt8], format: ReferenceImage.Format)?, videoID: String) throws
        -> String?
    {
        guard let reference else { return nil }
        let path = "inputs/\(videoID).\(reference.format.fileExtension)"
        try dataDirectory.writeAtomically(Data(reference.bytes), toRelativePath: path)
        return path
    }

        static func newVideoID() -> String { "video_" + APIKeys.randomHex(byteCount: 16) }

    /// Refuses a prompt the operator's policy blocks: 400 `moderation_blocked`, naming the rule, never the term.
    /// Every decision goes to the audit log: who (the API key, or the account in the web app), when, verdict,
    /// category, rule and the prompt's SHA-256 — never the prompt itself.
    func checkPolicy(
        _ prompt: String, requesterID: String, action: String, sourceVideoID: String? = nil, logger: Logger
    ) async throws {
        guard let promptPolicy else { return }
        let refusal = await promptPolicy.check(prompt: prompt)
        if let moderationAudit {
            let record = ModerationAuditRecord(
                createdAt: Clock.nowSeconds(), keyID: requesterID, action: action,
                verdict: refusal == nil ? "allow" : "block", category: refusal?.category, rule: refusal?.rule,
                prompt: prompt, sourceVideoID: sourceVideoID)
            do {
                try await moderationAudit.recordModeration(record)
            } catch {
                logger.error("moderation audit write failed", metadata: ["error": .string("\(error)")])
            }
        }
        guard let refusal else { return }
        logger.notice("prompt refused", metadata: ["rule": .string(refusal.rule)])
        var error = ServerError(
            status: .badRequest, message: refusal.message, param: "prompt", code: "moderation_blocked")
        error.moderationRule = refusal.rule
        throw error
    }

    func checkConcurrency(account: AccountIdentity) async throws {
        guard configuration.maxActiveJobsPerKey > 0 else { return }
        let active = try await repository.activeJobCount(accountID: account.id)
        guard active < configuration.maxActiveJobsPerKey else {
            throw ServerError(
                status: .tooManyRequests,
                message: "This account already has \(active) videos queued or in progress (limit "
                    + "\(configuration.maxActiveJobsPerKey)). Retry when one finishes.",
                type: "rate_limit_error", code: "concurrency_limit_exceeded", headers: [.retryAfter: "5"])
        }
    }
}
