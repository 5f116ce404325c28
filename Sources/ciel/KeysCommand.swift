import ArgumentParser
import CielStore
import Foundation

/// `ciel keys`: manage API keys.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create, list and revoke API keys.",
        subcommands: [Create.self, List.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a key; its secret is printed once, as the last line of standard output.")

        @Option(help: "A name for the key.")
        var name: String

        @Option(help: "URL that receives signed video.completed / video.failed events for this key's videos.")
        var webhookURL: String?

        @Option(help: ArgumentHelp(
            "Username of the web-app account the key acts for (its videos and quota).",
            discussion: "Without it the key is an operator key: its own account, no quota."))
        var account: String?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("--name must not be empty.")
            }
            if let webhookURL, !(webhookURL.hasPrefix("http://") || webhookURL.hasPrefix("https://")) {
                throw ValidationError("--webhook-url must be an http:// or https:// URL.")
            }
        }

        func run() async throws {
            let (repository, _) = try await store.openRepository(logger: makeLogger("ciel.keys"))
            var (record, secret) = APIKeys.make(name: name, webhookURL: webhookURL)
            if let account {
                guard let owner = try await repository.account(username: account) else {
                    try? await repository.close()
                    throw CielCommandError("no account with username '\(account)'")
                }
                record.accountID = owner.id
            }
            try await repository.insertKey(record)
            try? await repository.close()
            print("Created key \(record.id) named '\(record.name)'. Store the secret now; it is not shown again.")
            if let webhookSecret = record.webhookSecret {
                print("Webhook signing secret: \(webhookSecret)")
            }
            print(secret)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List keys (secrets are never shown).")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let (repository, _) = try await store.openRepository(logger: makeLogger("ciel.keys"))
            let keys = try await repository.keys()
            try? await repository.close()
            if keys.isEmpty { print("No keys. Create one with: ciel keys create --name NAME") }
            for key in keys {
                let created = Date(timeIntervalSince1970: TimeInterval(key.createdAt))
                let state = key.revokedAt == nil ? "active" : "revoked"
                print("\(key.id)\t\(key.name)\t\(key.prefix)…\t\(state)\tcreated \(created)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key by id or name.")

        @Argument(help: "The key's id (key_…) or name.")
        var key: String

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let (repository, _) = try await store.openRepository(logger: makeLogger("ciel.keys"))
            let revoked = try await repository.revokeKey(idOrName: key, at: Clock.nowSeconds())
            try? await repository.close()
            guard revoked else { throw CielCommandError("no active key with id or name '\(key)'") }
            print("Revoked \(key).")
        }
    }
}
