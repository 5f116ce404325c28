import ArgumentParser
import CielServer
import CielStore
import Foundation
import Logging

/// `ciel cameos`: the operator's view of cameos (people register theirs through the API or the web app).
struct CameosCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cameos",
        abstract: "List cameos and revoke one (for takedown requests).",
        subcommands: [List.self, Revoke.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List an account's live cameos.")

        @Option(help: "Username of the account.")
        var account: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let (repository, _) = try await store.openRepository(logger: makeLogger("ciel.cameos"))
            do {
                try await list(repository)
            } catch {
                try? await repository.close()
                throw error
            }
            try? await repository.close()
        }

        func list(_ repository: any CielRepository) async throws {
            guard let owner = try await repository.account(username: account) else {
                throw CielCommandError("no account with username '\(account)'")
            }
            let cameos = try await repository.cameos(ownerAccountID: owner.id)
            if cameos.isEmpty { print("\(account) has no cameos.") }
            for cameo in cameos {
                let uses = try await repository.videos(usingCameo: cameo.id).count
                print("\(cameo.id)\t@\(cameo.handle)\t\(cameo.permission.rawValue)\t\(uses) videos")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revoke a cameo: queued videos that use it fail at once and its photos are deleted.")

        @Argument(help: "The cameo's id (cameo_…).")
        var id: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let logger = makeLogger("ciel.cameos")
            let (repository, dataDirectory) = try await store.openRepository(logger: logger)
            do {
                try await revoke(repository, dataDirectory, logger: logger)
            } catch {
                try? await repository.close()
                throw error
            }
            try? await repository.close()
        }

        func revoke(_ repository: any CielRepository, _ dataDirectory: DataDirectory, logger: Logger) async throws {
            guard let cameo = try await repository.cameo(id: id) else {
                throw CielCommandError("no live cameo with id '\(id)'")
            }
            let gate = CameoGate(repository: repository, dataDirectory: dataDirectory)
            _ = try await gate.revoke(id: id, ownerAccountID: cameo.ownerAccountID, logger: logger)
            print("Revoked cameo \(id) (@\(cameo.handle)).")
        }
    }
}
