// What one fuzz input goes through, and the properties checked on the way.
//
// Compiled in the fuzz build and in debug builds (so a plain `swift build`
// type-checks it and replays inputs); a release build leaves it out, since
// it reaches the rule catalogue and the document renderer's internals
// through @testable imports, which release modules do not allow.

#if PFPLAN_FUZZ || DEBUG

import Foundation
import PFPlanLoader
@testable import PFPlanModel
@testable import PFPlanPublishing
@testable import PFPlanReports

enum FuzzPipeline {
    static let file = "fuzz/plan.yaml"
    static let asOf = CalendarDate(year: 2025, month: 3, day: 1)

    /// Loaded once per process: the shipped models, locales and document
    /// templates (inside the binary). A fuzz run without them would test nothing.
    struct Setup: Sendable {
        var models: [String: FrameworkModel] = [:]
        var localizations: [String: Localization] = [:]
        var locales: [String] = []
        var templates: DocumentTemplates
        var locator: TemplateFiles

        static let shared = Setup.load()

        static func load() -> Setup {
            let locator = TemplateFiles()
            guard case .success(let templates) = DocumentTemplates.load(locator, formats: RenderOptions.Format.allCases)
            else {
                fatalError("pfplan-fuzz: cannot load the document templates")
            }
            var setup = Setup(templates: templates, locator: locator)
            for id in locator.builtInModels() {
                guard case .success(let file) = locator.read("frameworks/\(id).yaml"),
                    let model = FrameworkModelLoader.load(.template(file)).model
                else { fatalError("pfplan-fuzz: cannot load the model \(id)") }
                setup.models[id] = model
            }
            guard setup.models["default"] != nil else { fatalError("pfplan-fuzz: no default model") }
            for code in Localization.available(templates: locator) {
                guard case .success(let l) = Localization.load(code, templates: locator) else {
                    fatalError("pfplan-fuzz: cannot load the locale \(code)")
                }
                setup.localizations[code] = l
            }
            setup.locales = setup.localizations.keys.sorted()
            guard setup.localizations["en"] != nil else { fatalError("pfplan-fuzz: no English locale") }
            return setup
        }
    }

    static func run(_ bytes: [UInt8]) {
        let setup = Setup.shared
        let seed = hash(bytes)

        // 1. Load and lint, as Linter.lint does for a file, minus includes
        //    (they need files): encoding checks, libyaml with the real
        //    limits, decoding, every rule, waivers.
        // The lint is watched: over ten times the input in live heap (and
        // an allowance), or over a second, is a finding (Watchdog).
        let (parsed, diagnostics, model, plan, coverage, contacts) = Watchdog.check("lint", inputBytes: bytes.count) {
            () -> (ParsedFile, [Diagnostic], FrameworkModel?, Plan?, CoverageMatrix?, [WrittenContact]) in
            let parsed = PlanLoader(appendableKeys: PlanFormat.appendableKeys).parse(bytes, file: file)
            var diagnostics = parsed.diagnostics
            var model: FrameworkModel?
            if parsed.tree != nil || diagnostics.isEmpty {
                let name = parsed.tree.flatMap(PlanDecoder.modelName)?.value ?? "default"
                model = setup.models[name] ?? setup.models["default"]
            }
            var plan: Plan?
            var coverage: CoverageMatrix?
            var contacts: [WrittenContact] = []
            if !(parsed.tree == nil && !parsed.diagnostics.isEmpty) {
                let decoded = PlanDecoder.decode(parsed.tree, file: file, model: model)
                diagnostics += decoded.diagnostics
                plan = decoded.plan
                contacts = decoded.contacts
                if let plan, let model {
                    // As Linter.lint runs them: most rules while the coverage
                    // matrix is built, then the ones that read it.
                    let (findings, context) = RuleCatalog.check(plan: plan, model: model, asOf: asOf)
                    coverage = context.coverage
                    diagnostics += findings
                }
            }
            return (parsed, diagnostics, model, plan, coverage, contacts)
        }
        checkCutParse(bytes, seed: seed)
        let result = LintResult(
            file: file, plan: plan, model: model,
            diagnostics: Diagnostic.sortedForReport(FindingCap.limit(diagnostics)),
            sources: [file: parsed.source], coverage: coverage, contacts: contacts)
        checkPositions(result.diagnostics)

        // 2. Every lint reporter.
        let report = LintReport(
            plans: [file], diagnostics: result.diagnostics, sources: result.sources, rules: RuleCatalog.descriptions,
            toolVersion: "0.0.0-fuzz")
        let options = ReportOptions(color: seed & 1 != 0, quiet: seed & 2 != 0, showWaived: seed & 4 != 0)
        for format in LintFormat.allCases {
            let text = twice("lint \(format.rawValue)") {
                LintReporter.render(report, format: format, options: options)
            }
            if format == .json || format == .sarif { checkJSON(text, "lint \(format.rawValue)") }
            if format == .junit { checkXMLCharacters(text, "lint junit") }
        }

        // 3. Gaps, for any plan (a plan with blocking errors has its own form).
        let localization = pickLocalization(plan, seed: seed, setup: setup)
        let gaps = CityGaps(result: result)
        for format in GapsFormat.allCases {
            let text = twice("gaps \(format.rawValue)") {
                GapsReport.render([gaps], format: format, localization: localization, color: seed & 8 != 0)
            }
            if format == .json { checkJSON(text, "gaps json") }
        }

        guard let plan, let model else { return }

        // 4. Directory: a copy of the plan whose non-public contacts carry
        //    marker channels, in every format for every audience (and one
        //    format, by the input's hash, for each narrower selection): a
        //    marker above the audience in any output is a leak.
        let markers = Markers(input: bytes)
        let marked = markers.mark(plan)
        let markedCity = DirectoryCity(plan: marked, model: model)
        let narrowFormat = DirectoryFormat.allCases[Int((seed >> 24) % UInt64(DirectoryFormat.allCases.count))]
        for audience in Visibility.allCases {
            for format in DirectoryFormat.allCases {
                for what in DirectorySelection.allCases where what == .all || format == narrowFormat {
                    let name = "directory \(format.rawValue) \(what.rawValue) \(audience.rawValue)"
                    let text = twice(name) {
                        Directory.render([markedCity], format: format, what: what, audience: audience)
                    }
                    markers.check(text, audience: audience, name)
                    if format == .json { checkJSON(text, name) }
                }
            }
        }

        // 5. The three pictures of the real plan, from the coverage lint made.
        let pictureCoverage = result.coverage ?? CoverageMatrix(plan: plan, model: model)
        for (name, draw) in [
            (
                "heat map",
                { CoverageHeatMap.svg(pictureCoverage, plan: plan, model: model, localization: localization) }
            ),
            ("leadership chart", { LeadershipChart.svg(plan: plan, model: model, localization: localization) }),
            ("timeline", { ActionTimeline.svg(plan: plan, model: model, asOf: asOf, localization: localization) }),
        ] as [(String, () -> String)] {
            checkXMLCharacters(twice(name, draw), name)
        }

        // 6. The plan document (HTML, Markdown, its CSV, pictures and
        //    calendar) and the index page, in memory, of the marked copy
        //    for the public: forced, so plans with errors render too.
        let renderOptions = RenderOptions(
            audience: .public, force: true, asOf: asOf, templates: setup.locator, toolVersion: "0.0.0-fuzz")
        var markedResult = result
        markedResult.plan = marked
        let slug = CitySlug.make(city: plan.city.name?.value, region: plan.city.region?.value, fallback: "city")
        func renderCity() -> CityOutcome {
            SiteRenderer.renderCity(
                markedResult, slug: slug, localization: localization, templates: setup.templates, options: renderOptions
            )
        }
        let first = Watchdog.timed("document", renderCity)
        let second = Watchdog.timed("document", renderCity)
        guard first.files == second.files, first.notes == second.notes, first.status == second.status else {
            fatalError("pfplan-fuzz: rendering the document twice gave different output")
        }
        for file in first.files {
            dump(String(decoding: file.bytes, as: UTF8.self), "document " + file.path)
            markers.check(String(decoding: file.bytes, as: UTF8.self), audience: .public, "document \(file.path)")
            if file.path.hasSuffix(".svg") {
                checkXMLCharacters(String(decoding: file.bytes, as: UTF8.self), file.path)
            }
        }
        let index = twice("index page") {
            switch IndexPage.render(
                entries: first.entry.map { [$0] } ?? [], refused: first.status == .refused ? [first] : [],
                localization: localization, templates: setup.templates, options: renderOptions)
            {
            case .success(let files):
                return files.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\u{0}")
            case .failure(let f): fatalError("pfplan-fuzz: the index page failed: \(f)")
            }
        }
        markers.check(index, audience: .public, "index page")
    }

    // MARK: - Properties

    /// Every finding points at a real place: line and column from 1.
    /// A large plan is parsed in parts (`PieceLayout`); cut this input into
    /// parts of a few bytes and it must give the tree and findings of one
    /// whole parse.
    static func checkCutParse(_ bytes: [UInt8], seed: UInt64) {
        guard case .success(let utf8) = TextDecoding.utf8(from: bytes) else { return }
        let source = SourceText(file: file, utf8: utf8)
        let whole = YAMLParser.parse(source, pieceBytes: .max)
        let cut = YAMLParser.parse(source, pieceBytes: 1 + Int(seed % 48))
        guard NodeOutline.lines(cut.root) == NodeOutline.lines(whole.root),
            NodeOutline.findings(cut.diagnostics) == NodeOutline.findings(whole.diagnostics)
        else { fatalError("pfplan-fuzz: parsing in parts gave another tree or other findings than the whole parse") }
    }

    static func checkPositions(_ diagnostics: [Diagnostic]) {
        for d in diagnostics {
            for range in [d.range] + d.related.map(\.range) {
                guard range.start.line >= 1, range.start.column >= 1, range.end.line >= 1, range.end.column >= 1 else {
                    fatalError(
                        "pfplan-fuzz: \(d.rule) at \(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
                    )
                }
            }
        }
    }

    /// Renders twice: the same input must give the same bytes.
    static func twice(_ name: String, _ render: () -> String) -> String {
        let a = Watchdog.timed(name, render)
        let b = Watchdog.timed(name, render)
        guard Array(a.utf8) == Array(b.utf8) else {
            fatalError("pfplan-fuzz: \(name) gave different bytes on a second render")
        }
        dump(a, name)
        return a
    }

    /// Replay only: PFPLAN_FUZZ_DUMP=DIR writes every output there, to
    /// look at what an input made.
    static let dumpFolder: String? = {
        #if PFPLAN_FUZZ
        return nil
        #else
        return ProcessInfo.processInfo.environment["PFPLAN_FUZZ_DUMP"]
        #endif
    }()

    static func dump(_ text: String, _ name: String) {
        guard let dumpFolder else { return }
        let file = String(name.map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : "-" })
        try? FileManager.default.createDirectory(atPath: dumpFolder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: dumpFolder + "/" + file, contents: Data(text.utf8))
    }

    static func checkJSON(_ text: String, _ name: String) {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            fatalError("pfplan-fuzz: \(name) is not valid JSON: \(error)")
        }
    }

    /// XML 1.0 forbids C0 controls other than tab, LF and CR (and U+FFFE,
    /// U+FFFF): a reader refuses the whole file.
    static func checkXMLCharacters(_ text: String, _ name: String) {
        for s in text.unicodeScalars {
            let v = s.value
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF {
                fatalError("pfplan-fuzz: \(name) holds U+\(String(v, radix: 16, uppercase: true)), which XML forbids")
            }
        }
    }

    // MARK: - Helpers

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The plan's first language when pfplan has it, else English; one
    /// input in four takes a locale by its hash instead (RTL included).
    static func pickLocalization(_ plan: Plan?, seed: UInt64, setup: Setup) -> Localization {
        if (seed >> 8) & 3 == 0 {
            return setup.localizations[setup.locales[Int((seed >> 16) % UInt64(setup.locales.count))]]!
        }
        let wanted = plan?.city.languages.first?.value ?? "en"
        return setup.localizations[wanted] ?? setup.localizations["en"]!
    }

    /// Marker channels for contacts above the public: found in an output
    /// for an audience that may not see them, they are a leak. Worked out
    /// from the visibility names, not with AudienceFilter (under test).
    struct Markers {
        static let internalEmail = "zqxint"
        static let restrictedEmail = "zqxres"
        static let internalPhone = "990007310"
        static let restrictedPhone = "990008420"
        /// An input that already holds a marker could show it for a
        /// reason of its own: then the check is off.
        var active: Bool

        init(input: [UInt8]) {
            let text = Self.folded(input)
            active = ![Self.internalEmail, Self.restrictedEmail, Self.internalPhone, Self.restrictedPhone].contains {
                Self.find(Array($0.utf8), in: text)
            }
        }

        func mark(_ plan: Plan) -> Plan {
            var plan = plan
            var n = 0
            func marked(_ contact: Plan.Contact) -> Plan.Contact {
                var c = contact
                n += 1
                switch c.visibility.rawValue {
                case "internal":
                    c.email = Located("\(Self.internalEmail)\(n)@hidden.invalid", range: c.range, path: c.path)
                    c.phone = Located("+\(Self.internalPhone)0\(n)", range: c.range, path: c.path)
                case "restricted":
                    c.email = Located("\(Self.restrictedEmail)\(n)@hidden.invalid", range: c.range, path: c.path)
                    c.phone = Located("+\(Self.restrictedPhone)0\(n)", range: c.range, path: c.path)
                default: break
                }
                return c
            }
            for i in plan.stakeholders.indices {
                plan.stakeholders[i].contacts = plan.stakeholders[i].contacts.map(marked)
            }
            if var leadership = plan.leadership {
                for i in leadership.members.indices {
                    leadership.members[i].contact = leadership.members[i].contact.map(marked)
                }
                plan.leadership = leadership
            }
            if var pledge = plan.pledge {
                pledge.contact = pledge.contact.map(marked)
                plan.pledge = pledge
            }
            return plan
        }

        func check(_ output: String, audience: Visibility, _ name: String) {
            guard active else { return }
            let forbidden: [String] =
                switch audience.rawValue {
                case "public": [Self.internalEmail, Self.internalPhone, Self.restrictedEmail, Self.restrictedPhone]
                case "internal": [Self.restrictedEmail, Self.restrictedPhone]
                default: []
                }
            guard !forbidden.isEmpty else { return }
            let text = Self.folded(Array(output.utf8))
            for marker in forbidden where Self.find(Array(marker.utf8), in: text) {
                fatalError(
                    "pfplan-fuzz: \(name) for the \(audience.rawValue) audience holds a hidden contact (\(marker))")
            }
        }

        /// ASCII lowercased, with folded lines (vCard, calendar: CRLF and
        /// a space or tab) joined, so a fold cannot split a marker.
        static func folded(_ bytes: [UInt8]) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0D, i + 2 < bytes.count, bytes[i + 1] == 0x0A, bytes[i + 2] == 0x20 || bytes[i + 2] == 0x09 {
                    i += 3
                    continue
                }
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
            }
            return out
        }

        static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
            guard let first = needle.first else { return true }
            let n = needle.count
            guard haystack.count >= n else { return false }
            return haystack.withUnsafeBufferPointer { h in
                var i = 0
                while i <= h.count - n {
                    if h[i] == first {
                        var k = 1
                        while k < n && h[i + k] == needle[k] { k += 1 }
                        if k == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

#endif
