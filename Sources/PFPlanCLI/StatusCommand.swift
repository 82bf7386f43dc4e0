import ArgumentParser

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show progress as of a date: actions by status, overdue actions, indicators against targets.")

    func run() throws {
        StandardError.write("'pfplan status' is not built yet")
        throw ExitCode(2)
    }
}
