import ArgumentParser

/// The `ciel` command-line tool.
@main
struct CielCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ciel",
        abstract: "Open text-to-video generation: generate, serve, verify, moderate.",
        subcommands: [
            GenerateCommand.self, ServeCommand.self, WorkerCommand.self, KeysCommand.self, AccountsCommand.self,
            CameosCommand.self,
            VerifyCommand.self,
            BenchCommand.self, ModerateCommand.self,
        ]
    )
}

/// The version of this build of Ciel (written into C2PA manifests).
enum CielVersion {
    static let current = "0.1.0"
}
