import ArgumentParser

@main
struct Newsgraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Turns raw news articles into structured, queryable records.",
        subcommands: [Serve.self, Extract.self, Migrate.self, Train.self, Evaluate.self]
    )
}
