import ArgumentParser
import PFPlanFormats
import PFPlanLoader
import PFPlanModel
import PFPlanSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Options every plan command takes (cli.md, "Common options"), but
/// `--as-of` (`AsOfOption`), which only the commands whose output depends
/// on the date offer.
struct CommonOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A built-in model id (default, welcoming) or a model file, instead of the plan's framework.model.",
            valueName: "id-or-path"))
    var model: String?

    @Option(
        help: ArgumentHelp(
            "Includes may not leave this folder (default: the current folder when the plan lies inside it, else the plan's folder).",
            valueName: "dir"))
    var root: String?

    @Option(help: "Colour: auto (honours NO_COLOR and a non-terminal), always or never.")
    var color: ColorChoice = .auto

    @Option(
        help: ArgumentHelp(
            "A folder whose files override the shipped templates, models and locales by name.", valueName: "dir"))
    var templates: String?

    func validate() throws {
        try TemplatesOption.validate(templates)
        if let root, !FileReader.isDirectory(root) {
            throw ValidationError("--root '\(root)' is not a folder")
        }
    }

    /// For a command without `--as-of`: findings judged as of today.
    var lintOptions: LintOptions { lintOptions(asOf: Clock.today()) }

    func lintOptions(asOf: CalendarDate) -> LintOptions {
        LintOptions(asOf: asOf, root: root, modelOverride: model, templates: templateFiles)
    }

    var templateFiles: TemplateFiles {
        TemplateFiles.commandLine(templates: templates)
    }

    var useColor: Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto: getenv("NO_COLOR") == nil && isatty(STDOUT_FILENO) == 1
        }
    }
}

/// `--as-of`, for the commands whose output depends on the date: lint,
/// gaps, status and lsp (overdue actions, expired waivers), render and
/// serve (the timeline's line, the calendar's stamp). `directory` and `pledge` print
/// nothing that depends on it, so they do not offer it (issue 20).
struct AsOfOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The date used for \"overdue\" (YYYY-MM-DD; default today).", valueName: "date"))
    var asOf: String?

    func validate() throws {
        if let asOf, CalendarDate(asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a date; write YYYY-MM-DD")
        }
    }

    var date: CalendarDate { asOf.flatMap(CalendarDate.init) ?? Clock.today() }
}

/// `--templates DIR` and `PFPLAN_TEMPLATES`: folders whose files override
/// pfplan's own (inside the binary) by name.
enum TemplatesOption {
    static func validate(_ templates: String?) throws {
        if let templates, !FileReader.isDirectory(templates) {
            throw ValidationError("--templates '\(templates)' is not a folder")
        }
        if let folder = TemplateFiles.environmentFolder(), !FileReader.isDirectory(folder) {
            throw ValidationError("\(TemplateFiles.environmentVariable) '\(folder)' is not a folder")
        }
    }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

enum Clock {
    /// Today's date in the local time zone: "overdue" is a local notion.
    static func today() -> CalendarDate {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}

/// Where messages for exit code 2 go. A message names files and quotes
/// arguments, which may hold anything: control characters and line breaks
/// are shown escaped (`TerminalText`), and no line can start a CI command
/// (`WorkflowCommandText`).
enum StandardError {
    static func write(_ message: String) {
        let text = message.hasSuffix("\n") ? String(message.dropLast()) : message
        writeLines("pfplan: " + TerminalText.escaped(text) + "\n")
    }

    /// A message of several lines of pfplan's own: each line is escaped on
    /// its own, so the breaks between them stay breaks.
    static func write(lines: [String]) {
        writeLines("pfplan: " + lines.map { TerminalText.escaped($0) }.joined(separator: "\n") + "\n")
    }

    /// Lines already made inert where they were built (a text report).
    static func writeLines(_ text: String) {
        FileDescriptorOutput.write(WorkflowCommandText.neutralized(text, as: .text), to: STDERR_FILENO)
    }
}

/// Output that may be large is written in one go, in its language, so
/// that none of its lines can start a CI command (`WorkflowCommandText`);
/// `nil` only for `--format github`, whose lines are commands.
enum StandardOutput {
    static func write(_ text: String, as language: WorkflowCommandText.Language?) {
        let safe = language.map { WorkflowCommandText.neutralized(text, as: $0) } ?? text
        FileDescriptorOutput.write(safe, to: STDOUT_FILENO)
    }
}

/// Unbuffered writes straight to a descriptor: no shared C `FILE` state,
/// which strict concurrency rightly refuses.
enum FileDescriptorOutput {
    static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }
}

/// `write(2)` under a name of its own (the types here have `write`
/// methods), from Glibc or Darwin alike: a module-qualified `Glibc.write`
/// does not build on macOS, which Package.swift declares.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
