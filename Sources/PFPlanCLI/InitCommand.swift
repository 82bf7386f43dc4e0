import ArgumentParser

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter plan for a new city.")

    func run() throws {
        StandardError.write("'pfplan init' is not built yet")
        throw ExitCode(2)
    }
}
