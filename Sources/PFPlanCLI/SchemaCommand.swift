import ArgumentParser

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the plan format.")

    func run() throws {
        StandardError.write("'pfplan schema' is not built yet")
        throw ExitCode(2)
    }
}
