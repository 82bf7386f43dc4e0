import ArgumentParser

struct PledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pledge",
        abstract: "Print the fields of a GCM pledge form from the plan's pledge: block, in English or French.")

    func run() throws {
        StandardError.write("'pfplan pledge' is not built yet")
        throw ExitCode(2)
    }
}
