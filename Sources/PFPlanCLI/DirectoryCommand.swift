import ArgumentParser

struct DirectoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directory",
        abstract: "Print the stakeholder and resource directory.")

    func run() throws {
        StandardError.write("'pfplan directory' is not built yet")
        throw ExitCode(2)
    }
}
