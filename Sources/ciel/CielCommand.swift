import ArgumentParser

/// The `ciel` command-line tool.
@main
struct CielCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ciel",
        abstract: "Open text-to-video generation: generate, serve, verify.",
        subcommands: [ServeCommand.self, WorkerCommand.self, KeysCommand.self]
    )
}
