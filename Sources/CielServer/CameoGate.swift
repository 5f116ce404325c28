import CielStore
import Foundation
import Logging

/// Decides whether a prompt's `@handle` cameos may be used by an account, and keeps queued jobs in line with
/// revocations.
public struct CameoGate: Sendable {
    let repository: any CielRepository
    let dataDirectory: DataDirectory

    /// A gate over this store and data directory.
    public init(repository: any CielRepository, dataDirectory: DataDirectory) {
        self.repository = repository
        self.dataDirectory = dataDirectory
    }

    /// The cameos a prompt mentions, each checked: unknown handle → 400 `cameo_not_found`; a cameo the account may
    /// not use → 403 `cameo_not_permitted`. Both name the handle (the requester wrote it), never the owner.
    func permittedCameos(in prompt: String, for accountID: String) async throws -> [CameoRecord] {
        var cameos: [CameoRecord] = []
        for handle in CameoMentions.handles(in: prompt) {
            guard let cameo = try await repository.cameo(handle: handle) else {
                throw ServerError(
                    status: .badRequest, message: "No cameo is registered as @\(handle).", param: "prompt",
                    code: "cameo_not_found")
            }
            guard cameo.permits(accountID) else {
                throw ServerError(
                    status: .forbidden,
                    message: "You may not use the cameo @\(handle): its owner has not given you permission.",
                    type: "permission_error", param: "prompt", code: "cameo_not_permitted")
            }
            cameos.append(cameo)
        }
        return cameos
    }

    /// The reference image to condition on for a video made with `cameos`: the first cameo's first image. Refuses
    /// what the engine cannot do yet (several cameos, a cameo plus an `input_reference`, a text-only model).
    func referenceImage(
        for cameos: [CameoRecord], model: ModelInfo, hasInputReference: Bool
    ) throws -> (bytes: [UInt8], format: ReferenceImage.Format)? {
        guard let cameo = cameos.first else { return nil }
        guard cameos.count == 1 else {
            throw ServerError.invalidValue("prompt", "Only one @cameo per video is supported for now.")
        }
        guard !hasInputReference else {
            throw ServerError.invalidValue(
                "prompt", "A video with a @cameo starts from the cameo's photo; leave out input_reference.")
        }
        guard model.supportsImageInput else {
            throw ServerError(
                status: .badRequest,
                message: "The model '\(model.name)' cannot start from a reference image, so it cannot show a cameo. "
                    + "Choose a model that supports input_reference.",
                param: "prompt", code: "cameo_unsupported")
        }
        guard let path = cameo.imagePaths.first,
            let data = FileManager.default.contents(atPath: dataDirectory.resolve(relativePath: path).path),
            let format = ReferenceImage.sniff(data)
        else {
            throw ServerError(
                status: .badRequest, message: "The photos of cameo @\(cameo.handle) are no longer available.",
                param: "prompt", code: "cameo_not_found")
        }
        return (Array(data), format)
    }

    /// Fails the queued videos that use `cameo` and whose account it no longer permits (all of them once deleted).
    /// Returns how many were stopped.
    @discardableResult
    public func enforce(_ cameo: CameoRecord, logger: Logger) async throws -> Int {
        var stopped = 0
        for video in try await repository.videos(usingCameo: cameo.id) where video.status == .queued {
            guard !cameo.permits(video.accountID) else { continue }
            if try await repository.failQueuedVideo(
                id: video.id, code: "cameo_revoked",
                message: "The cameo @\(cameo.handle) was revoked by its owner before this video was made.",
                at: Clock.nowSeconds())
            {
                stopped += 1
            }
        }
        if stopped > 0 {
            logger.info("queued videos stopped by a cameo revocation", metadata: ["count": .stringConvertible(stopped)])
        }
        return stopped
    }

    /// Deletes (revokes) a cameo as its owner would: queued videos that use it fail at once and its photos are
    /// removed. Returns the cameo as it was, or nil when `ownerAccountID` has no such live cameo.
    public func revoke(id: String, ownerAccountID: String, logger: Logger) async throws -> CameoRecord? {
        guard let deleted = try await repository.markCameoDeleted(id: id, ownerAccountID: ownerAccountID, at: Clock.nowSeconds())
        else { return nil }
        try await enforce(deleted, logger: logger)
        removePhotos(ofCameo: id)
        return deleted
    }

    /// Where a cameo's photos live, relative to the data directory (`cameos/<id>/<n>.<ext>`).
    static func photoPath(cameo id: String, index: Int, format: ReferenceImage.Format) -> String {
        "cameos/\(id)/\(index).\(format.fileExtension)"
    }

    /// Removes every photo of a cameo.
    func removePhotos(ofCameo id: String) {
        try? FileManager.default.removeItem(at: dataDirectory.resolve(relativePath: "cameos/\(id)"))
    }
}
