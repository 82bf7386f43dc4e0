import ArgumentParser
import Dispatch
import PFPlanFormats
import PFPlanLoader
import PFPlanModel
import PFPlanPublishing
import PFPlanSupport

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write the plan document of each city (HTML and Markdown) and an index page comparing the cities.",
        discussion: """
            For each city: DIR/<city>/index.html, plan.md, directory.csv, directory.vcf, coverage.svg, \
            leadership.svg, timeline.svg and actions.ics; and DIR/index.html. An existing DIR is updated, never wiped. \
            Exit status: 0 done; 1 a plan was refused because of errors (yaml, schema, include, refs) that \
            would make its document wrong (--force renders it under a banner); 2 the command could not run.
            """)

    @Argument(help: ArgumentHelp("Plan files, or folders holding <city>/plan.yaml.", valueName: "plan"))
    var plans: [String]

    @Option(
        help: ArgumentHelp(
            "The folder to write (made when missing; existing files pfplan does not make are kept).", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("Output formats, comma-separated: html, md (default both).", valueName: "formats"))
    var format: String = "html,md"

    @OptionGroup var edition: EditionOptions

    @Flag(help: "Render plans with errors, under a banner that lists them.")
    var force = false

    @Option(
        help: ArgumentHelp("The index page's title (default: the language's \"Prevention plans\").", valueName: "text"))
    var title: String?

    @OptionGroup var common: CommonOptions

    @OptionGroup var asOf: AsOfOption

    func validate() throws {
        _ = try formats()
    }

    func formats() throws -> [RenderOptions.Format] {
        var chosen: [RenderOptions.Format] = []
        for word in format.split(separator: ",", omittingEmptySubsequences: false) {
            let name = word.trimmingCharacters(in: " ")
            guard let f = RenderOptions.Format(rawValue: name) else {
                throw ValidationError("--format '\(format)': each format must be html or md")
            }
            if !chosen.contains(f) { chosen.append(f) }
        }
        return chosen
    }

    private func renderOptions(formats: [RenderOptions.Format], _ options: LintOptions) -> RenderOptions {
        RenderOptions(
            formats: formats, language: edition.lang, audience: edition.audience, force: force, asOf: options.asOf,
            templates: options.templates, toolVersion: PFPlanVersion.current, title: title)
    }

    func run() throws {
        if FileReader.exists(out) && !FileReader.isDirectory(out) {
            StandardError.write("\(out): --out must be a folder, and this is a file")
            throw ExitCode(2)
        }
        let options = common.lintOptions(asOf: asOf.date)
        var timer = PhaseTimer("render command")
        // The templates are read (and the labels filled in) while the plans
        // are read and checked; a bad --format is still reported below, in
        // its turn.
        let early = renderOptions(formats: (try? formats()) ?? RenderOptions.Format.allCases, options)
        let reading = Background { RenderPreparation(options: early) }
        let batch = PlanBatch.load(plans, options: options)
        let preparation = reading.value
        timer.mark("load and lint")
        batch.failures.forEach(StandardError.write)
        // Nothing could be read: an index of no city would only hide that.
        if batch.results.isEmpty { throw ExitCode(2) }
        do {
            try SiteWriter.prepare(out)
        } catch {
            StandardError.write("--out " + error.description)
            throw ExitCode(2)
        }
        let renderOptions = renderOptions(formats: try formats(), options)
        let site: Site
        switch SiteRenderer.render(batch.results, options: renderOptions, preparation: preparation) {
        case .failure(let failure):
            StandardError.write(failure.description)
            throw ExitCode(2)
        case .success(let s): site = s
        }
        timer.mark("render")

        var refused = false
        for city in site.cities {
            switch city.status {
            case .refused:
                refused = true
                StandardError.write(
                    "\(city.file): not rendered: \(BriefFindings.errors(city.blocking)) that make the document wrong (--force renders it anyway)"
                )
                BriefFindings.write(city.blocking)
            case .forced:
                StandardError.write(
                    "\(city.file): rendered with --force despite \(BriefFindings.errors(city.blocking))")
                BriefFindings.write(city.blocking)
            case .rendered:
                break
            }
            city.notes.forEach { StandardError.write("note: " + $0) }
        }

        // What each written city still lacks: the document shows the
        // findings, and the command says how many there are (issue 20).
        let results = Dictionary(batch.results.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let summaries = site.cities.filter { $0.status != .refused }.compactMap { city in
            results[city.file].map { Self.findingsLine(city.file, $0) }
        }
        var inputs = batch.results.map(\.file)
        for r in batch.results { inputs += r.sources.keys }
        let failed = !batch.failures.isEmpty
        // The plans are no longer needed, nor, once written, the files:
        // freeing them (a large plan is tens of thousands of values) is
        // not render's work, and a process that exits first does not wait.
        BackgroundRelease.release(batch)
        let written = site.cities.filter { $0.status != .refused }.count
        let cityCount = site.cities.count
        do {
            try SiteWriter.write(site.files, to: out, protecting: inputs) {
                StandardError.write("note: another pfplan render is writing to \(out); waiting for it to finish")
            }
        } catch {
            StandardError.write(error.description)
            throw ExitCode(2)
        }
        BackgroundRelease.release(site)
        timer.mark("write")
        StandardOutput.write(summaries.map { $0 + "\n" }.joined(), as: .text)
        StandardOutput.write(
            "wrote \(written) of \(counted(cityCount, "city")) and index.html to \(TerminalText.escaped(out))\n",
            as: .text)
        if failed { throw ExitCode(2) }
        if refused { throw ExitCode(1) }
    }

    /// `plan.yaml: 3 warnings, 1 info (pfplan lint lists them)`.
    static func findingsLine(_ file: String, _ result: LintResult) -> String {
        let open = result.openDiagnostics
        let infos = open.reduce(0) { $0 + ($1.severity == .info ? $1.findingCount : 0) }
        var counts = [counted(result.warningCount, "warning")]
        if result.errorCount > 0 { counts.insert(counted(result.errorCount, "error"), at: 0) }
        if infos > 0 { counts.append(counted(infos, "info")) }
        return "\(TerminalText.escaped(file)): \(counts.joined(separator: ", "))"
            + (open.isEmpty ? "" : " (pfplan lint lists them)")
    }
}

extension Visibility: ExpressibleByArgument {}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var s = self
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}

/// A value made on another thread while this one goes on; `value` waits
/// for it. Not `Parallel.both`: the plans' own parallel work, nested in it,
/// would get only one core.
final class Background<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        Parallel.async(on: .global(qos: .userInitiated)) {
            self.result = work()
            self.done.signal()
        }
    }

    /// Waits for the value; call once.
    var value: Value {
        done.wait()
        return result!
    }
}
