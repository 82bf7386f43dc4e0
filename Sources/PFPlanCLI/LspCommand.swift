import ArgumentParser
import PFPlanAuthoring
import PFPlanModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct LspCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP 3.17 over stdin/stdout) that editors start.",
        discussion: """
            Findings as you type (the same as lint's), completion, hover, go to definition, references, \
            rename, quick fixes and an outline. docs/editors.md shows the settings for VS Code, Neovim \
            and Helix. Exit status: 0 after the client's shutdown and exit, 1 when it stops without them.
            """)

    @OptionGroup var common: CommonOptions

    /// Lint's findings depend on the date (overdue actions, expired
    /// waivers), so the server judges as lint would on that day.
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        // A client that goes away must end the loop, not the process by signal.
        signal(SIGPIPE, SIG_IGN)
        let options = common.lintOptions(asOf: asOf.date)
        let code = StdioTransport().run { send in LanguageServer(options: options, root: common.root, send: send) }
        if code != 0 { throw ExitCode(code) }
    }
}
