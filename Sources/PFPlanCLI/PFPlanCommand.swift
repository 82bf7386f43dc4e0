import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The root command. All logic lives in the libraries; this only parses.
public struct PFPlanCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pfplan",
        abstract: "Draft, check and publish a city's multi-actor prevention framework.",
        version: PFPlanVersion.description,
        subcommands: [
            LintCommand.self, GapsCommand.self, RenderCommand.self, DirectoryCommand.self, InitCommand.self,
            StatusCommand.self, PledgeCommand.self, SchemaCommand.self, RulesCommand.self, LspCommand.self,
            ServeCommand.self,
        ])

    public init() {}

    /// Runs the command line and returns the exit status: 0 done, 1 the plan
    /// has errors, 2 the command could not run. argument-parser's usage
    /// errors (64 by default) become 2, as cli.md asks.
    public static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { StandardOutput.write(message + "\n", as: .text) }
                return 0
            }
            if !message.isEmpty { StandardError.writeLines(message + "\n") }
            if code == .validationFailure { return 2 }
            return code.rawValue
        }
    }
}
