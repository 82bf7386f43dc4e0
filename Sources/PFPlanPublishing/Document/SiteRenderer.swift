#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PFPlanLoader
import PFPlanModel
import PFPlanSupport

public struct RenderOptions: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case html, md
    }

    public var formats: [Format]
    /// nil: each plan's first language (English when pfplan lacks it).
    public var language: String?
    public var audience: Visibility
    /// Render plans whose errors would make the document wrong, under a
    /// banner that lists them.
    public var force: Bool
    /// "Overdue" in the timeline, the footer's date and the calendar's
    /// DTSTAMP: one date, so the same input gives the same bytes.
    public var asOf: CalendarDate
    public var templates: TemplateFiles
    public var toolVersion: String
    /// The index page's title (`--title`); nil: the locale's "Prevention plans".
    public var title: String?

    public init(
        formats: [Format] = Format.allCases, language: String? = nil, audience: Visibility = .public,
        force: Bool = false,
        asOf: CalendarDate, templates: TemplateFiles, toolVersion: String, title: String? = nil
    ) {
        self.formats = formats
        self.language = language
        self.audience = audience
        self.force = force
        self.asOf = asOf
        self.templates = templates
        self.toolVersion = toolVersion
        self.title = title
    }
}

/// One file of the output folder, relative to `--out`.
public struct RenderedFile: Sendable, Equatable {
    public var path: String
    /// The file's content; it is written as its UTF-8, straight from the
    /// string (a plan document is tens of megabytes: no second copy).
    public var text: String
    public var bytes: [UInt8] { Array(text.utf8) }

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// What `render` reads before it looks at any plan: the templates, read
/// and parsed. `pfplan render` makes it while the plans are read and
/// checked, which leaves a core idle, so that rendering starts with it done.
public struct RenderPreparation: Sendable {
    let formats: [RenderOptions.Format]
    let templates: Result<DocumentTemplates, RenderFailure>

    public init(options: RenderOptions) {
        formats = options.formats
        templates = DocumentTemplates.load(options.templates, formats: options.formats)
    }
}

/// Everything `render` makes: each city's folder and the index page.
public struct Site: Sendable {
    public var cities: [CityOutcome]
    public var index: [RenderedFile]

    /// Every file of the output folder, cities first, in plan order.
    public var files: [RenderedFile] { cities.flatMap(\.files) + index }
}

/// What became of one plan.
public struct CityOutcome: Sendable {
    public enum Status: Sendable, Equatable {
        case rendered
        /// Rendered under a banner because of `--force`.
        case forced
        /// Not written: its errors make the document wrong.
        case refused
    }

    public var file: String
    /// The city's name, or the file when the plan could not be read.
    public var name: String
    public var slug: String
    public var status: Status
    /// The findings that refuse rendering (or fill the `--force` banner).
    public var blocking: [Diagnostic]
    /// Things the user should know (an action left out of the calendar,
    /// a language pfplan lacks), one line each.
    public var notes: [String]
    public var files: [RenderedFile]
    var entry: IndexEntry?
}

/// Why rendering could not start at all (exit 2).
public struct RenderFailure: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// A city's figures for the index page.
struct IndexEntry: Sendable {
    var name: String
    var place: String
    var slug: String
    var model: FrameworkModel
    var stageIDs: [String]
    var stageCovered: [Bool]
    var stageAccepted: [Bool]
    var objectives: Int
    var overdue: Int
    var vacantSeats: Int
    var isDraft: Bool
    var forced: Bool
}

/// `pfplan render`: every city's folder and the index page, as bytes. The
/// caller writes them (`SiteWriter`), so tests can look at a whole site
/// without touching the disk.
public enum SiteRenderer {
    /// Rule groups whose errors make a document wrong: the plan could not
    /// be read as written, so what the document would say is not what the
    /// city wrote.
    public static let blockingGroups: Set<Substring> = ["yaml", "schema", "include", "refs"]

    /// `preparation`, when given, holds the templates read beforehand
    /// (beside the check of the plans); it is used only if it was made
    /// for the same formats.
    public static func render(
        _ results: [LintResult], options: RenderOptions, preparation: RenderPreparation? = nil
    ) -> Result<Site, RenderFailure> {
        var timer = PhaseTimer("render")
        let preparation = preparation.flatMap { $0.formats == options.formats ? $0 : nil }
        let templates: DocumentTemplates
        switch preparation?.templates ?? DocumentTemplates.load(options.templates, formats: options.formats) {
        case .failure(let f): return .failure(f)
        case .success(let t): templates = t
        }

        // Locales are read once, before the parallel part.
        var codes: [String] = []
        var notes: [[String]] = Array(repeating: [], count: results.count)
        let available = Set(Localization.available(templates: options.templates))
        if let code = options.language {
            guard available.contains(code) else {
                return .failure(
                    RenderFailure(
                        "--lang '\(code)': no such locale; available: \(available.sorted().joined(separator: ", "))"))
            }
            codes = Array(repeating: code, count: results.count)
        } else {
            for (i, r) in results.enumerated() {
                let wanted = r.plan?.city.languages.first?.value ?? "en"
                if available.contains(wanted) {
                    codes.append(wanted)
                } else {
                    codes.append("en")
                    notes[i].append("\(r.file): pfplan has no '\(wanted)' locale; rendered in English")
                }
            }
        }
        var localizations: [String: Localization] = [:]
        for code in Set(codes + [options.language ?? "en"]) {
            switch Localization.load(code, templates: options.templates) {
            case .failure(let e): return .failure(RenderFailure("locale '\(code)': \(e.description)"))
            case .success(let l): localizations[code] = l
            }
        }

        timer.mark("templates and locales")
        let slugs = CitySlug.unique(
            results.map { r in
                CitySlug.make(city: r.plan?.city.name?.value, region: r.plan?.city.region?.value, fallback: "city")
            })

        // Two parallel passes over every core. First each city is made
        // ready (audience filter, redaction, coverage); then its outputs are
        // made as separate jobs (the pictures with the HTML page, the
        // Markdown page, the CSV, the calendar), so one large city keeps
        // every core busy as well as many small ones do. Each job writes
        // only its own slot.
        let (cityCodes, cityNotes, cityLocalizations) = (codes, notes, localizations)
        let documentLabels = localizations.mapValues(DocumentLabels.init)
        let prepared = Parallel.map(results.indices) { i in
            var city = prepare(
                results[i], slug: slugs[i], localization: cityLocalizations[cityCodes[i]]!, options: options,
                labels: documentLabels[cityCodes[i]]!)
            city.outcome.notes = cityNotes[i] + city.outcome.notes
            return city
        }
        timer.mark("audience filter")
        let jobs = prepared.indices.flatMap { i in
            prepared[i].input == nil ? [] : CityPart.parts(for: options.formats).map { (city: i, part: $0) }
        }
        let made = Parallel.map(jobs.indices) { j in
            renderPart(jobs[j].part, of: prepared[jobs[j].city], templates: templates, options: options)
        }
        var parts = [[CityPart: PartOutput]](repeating: [:], count: prepared.count)
        for (job, output) in zip(jobs, made) { parts[job.city][job.part] = output }
        let cities = prepared.indices.map { i in assemble(prepared[i], parts[i], options: options) }
        timer.mark("city parts")

        let indexLocalization = localizations[options.language ?? "en"]!
        let index = IndexPage.render(
            entries: cities.compactMap(\.entry), refused: cities.filter { $0.status == .refused },
            localization: indexLocalization, templates: templates, options: options)
        timer.mark("index page")
        switch index {
        case .failure(let f): return .failure(f)
        case .success(let files): return .success(Site(cities: cities, index: files))
        }
    }

    /// One city, every part in turn: what `render` does for each city,
    /// without the parallel scheduling (the fuzz target and tests use it).
    static func renderCity(
        _ result: LintResult, slug: String, localization: Localization, templates: DocumentTemplates,
        options: RenderOptions
    ) -> CityOutcome {
        let city = prepare(
            result, slug: slug, localization: localization, options: options, labels: DocumentLabels(localization))
        guard city.input != nil else { return city.outcome }
        var parts: [CityPart: PartOutput] = [:]
        for part in CityPart.parts(for: options.formats) {
            parts[part] = renderPart(part, of: city, templates: templates, options: options)
        }
        return assemble(city, parts, options: options)
    }

    /// A city ready to render: its outcome so far and, unless it is
    /// refused, everything its documents are made from.
    struct PreparedCity: Sendable {
        var outcome: CityOutcome
        var input: CityInput?
        var file: String
    }

    /// The jobs a city's folder is made of. Each is independent of the
    /// others, so they run in parallel.
    enum CityPart: Hashable, Sendable {
        /// The three pictures, their files and (when asked for) the HTML
        /// page that shows them inline.
        case pictures
        case markdown
        case directory
        case calendar

        static func parts(for formats: [RenderOptions.Format]) -> [CityPart] {
            // The longest jobs first, so they start first.
            (formats.contains(.md) ? [.pictures, .markdown] : [.pictures]) + [.directory, .calendar]
        }
    }

    struct PartOutput: Sendable {
        var files: [String: RenderedFile] = [:]
        var notes: [String] = []
    }

    static func prepare(
        _ result: LintResult, slug: String, localization: Localization, options: RenderOptions, labels: DocumentLabels
    ) -> PreparedCity {
        let blocking = result.openDiagnostics.filter { $0.severity == .error && blockingGroups.contains($0.rule.group) }
        var outcome = CityOutcome(
            file: result.file, name: result.plan?.city.name?.value ?? DisplayPath.short(result.file), slug: slug,
            status: .rendered,
            blocking: blocking, notes: [], files: [])
        guard let unfiltered = result.plan, let model = result.model else {
            outcome.status = .refused
            if blocking.isEmpty { outcome.notes.append("\(result.file): the plan or its model could not be read") }
            return PreparedCity(outcome: outcome, input: nil, file: result.file)
        }
        if !blocking.isEmpty {
            guard options.force else {
                outcome.status = .refused
                return PreparedCity(outcome: outcome, input: nil, file: result.file)
            }
            outcome.status = .forced
        }

        // The one place the unfiltered plan is used: from here on, only
        // what the audience may see exists, and no placeholder.
        let plan = Placeholders.removed(from: AudienceFilter.apply(unfiltered, audience: options.audience))
        let redaction = Redaction(result.contacts, audience: options.audience)
        let hiddenMessage = localization.string("document.hidden-finding")
        let diagnostics = redaction.apply(result.diagnostics, hiddenMessage: hiddenMessage)
        let banner = redaction.apply(blocking, hiddenMessage: hiddenMessage)

        let coverage = result.coverage ?? CoverageMatrix(plan: plan, model: model)
        let accepted = acceptedStages(coverage, diagnostics: result.diagnostics)
        let figures = PlanFigures(plan: plan, model: model, coverage: coverage, asOf: options.asOf)
        let draft = DraftState(plan: plan, openDiagnostics: result.openDiagnostics)
        let input = CityInput(
            plan: plan, model: model, words: ModelWords(model, language: localization.code), coverage: coverage,
            diagnostics: diagnostics, acceptedStages: accepted, blocking: outcome.status == .forced ? banner : [],
            draft: draft, slug: slug, displayFile: DisplayPath.short(result.file), localization: localization,
            audience: options.audience, asOf: options.asOf, toolVersion: options.toolVersion, formats: options.formats,
            pictures: CityInput.Pictures(coverage: "", leadership: "", timeline: ""), names: NameIndex(plan: plan),
            figures: figures, labels: labels)

        outcome.entry = IndexEntry(
            name: plan.city.name?.value ?? slug,
            place: [plan.city.region?.value, plan.city.country?.value].compactMap { $0 }.joined(separator: ", "),
            slug: slug, model: model, stageIDs: coverage.stages.map(\.stage.id),
            stageCovered: coverage.stages.map(\.isCovered),
            stageAccepted: coverage.stages.map { !$0.isCovered && accepted.contains($0.stage.id) },
            objectives: plan.framework.objectives.count, overdue: figures.overdue, vacantSeats: figures.vacantSeats,
            isDraft: draft.isDraft, forced: outcome.status == .forced)
        return PreparedCity(outcome: outcome, input: input, file: result.file)
    }

    static func renderPart(
        _ part: CityPart, of city: PreparedCity, templates: DocumentTemplates, options: RenderOptions
    ) -> PartOutput {
        guard var input = city.input else { return PartOutput() }
        let slug = input.slug
        var output = PartOutput()
        var timer = PhaseTimer("render \(slug) \(part)")
        let cpu = ThreadCPUTime()
        switch part {
        case .pictures:
            let plan = input.plan
            let words = input.words
            let localization = input.localization
            // The page shows the timeline in parts that each fit a printed
            // page; most plans have one, which is then the file too.
            let parts =
                options.formats.contains(.html)
                ? ActionTimeline.parts(plan: plan, words: words, asOf: options.asOf, localization: localization) : []
            input.pictures = CityInput.Pictures(
                coverage: CoverageHeatMap.svg(
                    input.coverage, plan: plan, words: words, names: input.names, localization: localization),
                leadership: LeadershipChart.svg(plan: plan, words: words, localization: localization),
                timeline: parts.count == 1
                    ? parts[0]
                    : ActionTimeline.svg(plan: plan, words: words, asOf: options.asOf, localization: localization))
            timer.mark("pictures")
            if options.formats.contains(.html) {
                var pictured = input
                pictured.pictures = CityInput.Pictures(
                    coverage: inline(input.pictures.coverage, id: "coverage"),
                    leadership: inline(input.pictures.leadership, id: "leadership"),
                    timeline: parts.count == 1
                        ? inline(input.pictures.timeline, id: "timeline")
                        : parts.map { inline($0, id: "timeline") }.joined(separator: "\n"))
                let view = DocumentBuilder(input: pictured, style: .html).build()
                timer.mark("html view")
                let text = templates.render(view, .html)
                timer.mark("html template")
                output.files["index.html"] = RenderedFile(path: slug + "/index.html", text: text)
            }
            for (name, svg) in [
                ("coverage.svg", input.pictures.coverage), ("leadership.svg", input.pictures.leadership),
                ("timeline.svg", input.pictures.timeline),
            ] {
                output.files[name] = RenderedFile(path: slug + "/" + name, text: standalone(svg))
            }
        case .markdown:
            // Markdown shows the pictures from their files beside it.
            input.pictures = CityInput.Pictures(
                coverage: "coverage.svg", leadership: "leadership.svg", timeline: "timeline.svg")
            let view = DocumentBuilder(input: input, style: .markdown).build()
            timer.mark("md view")
            let text = templates.render(view, .md)
            timer.mark("md template")
            output.files["plan.md"] = RenderedFile(path: slug + "/plan.md", text: text)
        case .directory:
            // The directory's own exporters, from the filtered plan; they
            // filter again by themselves, which changes nothing.
            let city = DirectoryCity(plan: input.plan, model: input.model, coverage: input.coverage)
            let texts = Directory.render([city], formats: [.csv, .vcf], what: .all, audience: options.audience)
            output.files["directory.csv"] = RenderedFile(path: slug + "/directory.csv", text: texts[0])
            output.files["directory.vcf"] = RenderedFile(path: slug + "/directory.vcf", text: texts[1])
            timer.mark("csv and vcf")
        case .calendar:
            let calendar = ActionCalendar.render(
                plan: input.plan, model: input.model, citySlug: slug, asOf: options.asOf,
                localization: input.localization,
                names: input.names)
            output.files["actions.ics"] = RenderedFile(path: slug + "/actions.ics", text: calendar.text)
            for id in calendar.skipped {
                output.notes.append(
                    "\(city.file): action '\(id)' has no usable start or due date; left out of actions.ics")
            }
        }
        timer.mark("done")
        cpu.report("render \(slug) \(part)")
        return output
    }

    /// The city's files in their fixed order: the documents in `--format`
    /// order, the CSV and vCard directory, the pictures, the calendar.
    static func assemble(_ city: PreparedCity, _ parts: [CityPart: PartOutput], options: RenderOptions) -> CityOutcome {
        var outcome = city.outcome
        guard city.input != nil else { return outcome }
        func file(_ part: CityPart, _ name: String) -> RenderedFile? { parts[part]?.files[name] }
        var files: [RenderedFile?] = options.formats.map {
            $0 == .html ? file(.pictures, "index.html") : file(.markdown, "plan.md")
        }
        files.append(file(.directory, "directory.csv"))
        files.append(file(.directory, "directory.vcf"))
        for name in ["coverage.svg", "leadership.svg", "timeline.svg"] { files.append(file(.pictures, name)) }
        files.append(file(.calendar, "actions.ics"))
        outcome.files = files.compactMap { $0 }
        outcome.notes += parts[.calendar]?.notes ?? []
        return outcome
    }

    /// Stages that fall short of the model but whose every coverage
    /// finding the leadership group waived: shown as accepted gaps, not as
    /// open ones, so the index does not contradict the plan's decision.
    static func acceptedStages(_ coverage: CoverageMatrix, diagnostics: [Diagnostic]) -> Set<String> {
        var out = Set<String>()
        let stageRules: Set<RuleID> = [
            .coverageStageNoActions, .coverageStageMissingSector, .coverageStageNoResources, .coverageStageNoPathway,
        ]
        for s in coverage.stages where !s.isCovered {
            let about = diagnostics.filter { stageRules.contains($0.rule) && $0.target == s.stage.id }
            if !about.isEmpty && about.allSatisfy(\.isWaived) { out.insert(s.stage.id) }
        }
        return out
    }

    /// An SVG as it goes inside an HTML page: no XML declaration.
    static func inline(_ svg: String, id: String) -> String {
        var text = svg
        if text.hasPrefix("<?xml"), let end = text.firstRange(of: "?>") {
            text = String(text[end.upperBound...])
        }
        while text.first == "\n" { text.removeFirst() }
        while text.last == "\n" { text.removeLast() }
        return text
    }

    /// An SVG as a file of its own: with the XML declaration and a final
    /// newline.
    static func standalone(_ svg: String) -> String {
        var text = svg
        while text.last == "\n" { text.removeLast() }
        if !text.hasPrefix("<?xml") { text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text }
        return text + "\n"
    }
}

/// The processor time one thread spent on a job, written to standard
/// error beside the phase times (`PFPLAN_PHASE_TIMES`): wall times of jobs
/// that share two cores with other work say little about each job.
struct ThreadCPUTime {
    private let start = ThreadCPUTime.now()

    static func now() -> Double {
        guard PhaseTimer.enabled else { return 0 }
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
    }

    func report(_ label: String) {
        guard PhaseTimer.enabled else { return }
        let line = "pfplan: \(label): \((((Self.now() - start) * 10).rounded() / 10)) ms of processor time\n"
        _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    }
}
