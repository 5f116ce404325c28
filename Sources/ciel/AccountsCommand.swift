import ArgumentParser
import CielServer
import CielStore
import Foundation

/// `ciel accounts`: manage web-app accounts from the server's shell (needed when sign-up is closed).
struct AccountsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts",
        abstract: "Create, list and change web-app accounts.",
        subcommands: [Create.self, List.self, Set.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account; the password is read from the first line of standard input.")

        @Argument(help: "Username: 3 to 32 characters, a–z, 0–9, '.', '-', '_'.")
        var username: String

        @Option(help: "Tier: free or pro.")
        var tier = Tier.free.name

        @Flag(help: "Make the account an administrator.")
        var admin = false

        @OptionGroup var store: StoreOptions

        func validate() throws {
            let name = username.lowercased()
            guard (3...32).contains(name.count),
                name.unicodeScalars.allSatisfy({ CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789._-").contains($0) })
            else { throw ValidationError("The username must be 3 to 32 characters: a–z, 0–9, '.', '-', '_'.") }
            guard AccessPolicy().tiers[tier] != nil else { throw ValidationError("--tier must be free or pro.") }
        }

        func run() async throws {
            guard let password = readLine(strippingNewline: true), password.count >= PasswordHasher.minimumLength
            else { throw CielCommandError("give a password of at least 8 characters on standard input") }
            let (repository, _) = try await store.openRepository(logger: makeLogger("ciel.accounts"))
            let account = AccountRecord(
                id: "acct_" + APIKeys.randomHex(byteCount: 12), username: username.lowercased(),
                displayName: username, passwordHash: try await PasswordHasher.hash(password), tier: tier,
                isAdmin: admin, createdAt: Clock.nowSeconds())
            let inserted = try await repository.insertAccount(account)
            try? await repository.close()
            guard inserted else { throw CielCommandError("the username '\(username)' is taken") }
            print("Created account \(account.id) '\(account.username)' (tier \(tier)\(admin ? ", admin" : "")).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let (repository, _) = try await store.openRepository(logger: makeLogger("ciel.accounts"))
            let accounts = try await repository.accounts()
            try? await repository.close()
            if accounts.isEmpty { print("No accounts. Sign up in the web app or run: ciel accounts create NAME") }
            for account in accounts {
                let flags = [account.isAdmin ? "admin" : nil, account.disabledAt != nil ? "disabled" : nil]
                    .compactMap { $0 }.joined(separator: ",")
                print("\(account.id)\t\(account.username)\t\(account.tier)\t\(flags.isEmpty ? "-" : flags)")
            }
        }
    }

    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change an account's tier, admin flag or state.")

        @Argument(help: "Username.")
        var username: String

        @Option(help: "New tier: free or pro.")
        var tier: String?

        @Option(help: "true or false: whether the account administers the server.")
        var admin: Bool?

        @Option(help: "true or false: whether the account is disabled (it can no longer log in or use its keys).")
        var disabled: Bool?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let tier, AccessPolicy().tiers[tier] == nil { throw ValidationError("--tier must be free or pro.") }
        }

        func run() async throws {
            let (repository, _) = try await store.openRepository(logger: makeLogger("ciel.accounts"))
            guard let account = try await repository.account(username: username) else {
                try? await repository.close()
                throw CielCommandError("no account named '\(username)'")
            }
            var disabledAt: Int64?? = nil
            if let disabled {
                let value: Int64? = disabled ? (account.disabledAt ?? Clock.nowSeconds()) : nil
                disabledAt = .some(value)
            }
            _ = try await repository.updateAccount(id: account.id, tier: tier, isAdmin: admin, disabledAt: disabledAt)
            try? await repository.close()
            print("Updated \(account.username).")
        }
    }
}
