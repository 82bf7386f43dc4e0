import ArgumentParser

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write the plan document of each city (HTML and Markdown) and an index page comparing the cities.")

    func run() throws {
        StandardError.write("'pfplan render' is not built yet")
        throw ExitCode(2)
    }
}
