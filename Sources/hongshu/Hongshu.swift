import ArgumentParser

/// The `hongshu` command: the one composition root of the app.
@main
struct Hongshu: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hongshu",
        abstract: "Hongshu: an open-source social-commerce platform.",
        subcommands: [
            Serve.self, Migrate.self, Seed.self, Export.self, Rebuild.self, Segment.self, Bench.self, Eval.self,
        ],
        defaultSubcommand: Serve.self)
}
