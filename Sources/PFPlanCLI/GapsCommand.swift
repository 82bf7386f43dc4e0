import ArgumentParser

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Print the coverage matrix per city: stages x sectors, actions, resources, audiences, and what is missing.")

    func run() throws {
        StandardError.write("'pfplan gaps' is not built yet")
        throw ExitCode(2)
    }
}
