import PFPlanLoader

/// The Global Compact for Migration's own words, read from `Templates/gcm/`:
/// the 23 objectives, the 10 guiding principles, the labels of the pledge
/// form and the country names it lists, each in several languages. They are data, not Swift, so a
/// city can correct a translation or add a language with `--templates DIR`
/// without a new pfplan.
public struct GCMCatalog: Sendable {
    /// Objective number (1-23) -> language code -> official title.
    public var objectives: [Int: [String: String]]
    /// The principles in the Compact's order.
    public var principles: [Principle]
    /// Language code -> the form's words, flattened to dotted keys
    /// (`fields.entity`, `values.type.individual`).
    public var forms: [String: FormWords]
    /// ISO 3166-1 code -> language code -> the country's name as the form
    /// lists it.
    public var countries: [String: [String: String]] = [:]
    /// Languages that every objective, every principle and the form have:
    /// the ones `pfplan pledge --lang` accepts.
    public var languages: [String]

    public struct Principle: Sendable {
        /// The value plans write under `pledge.principles`.
        public var id: String
        /// Language code -> official title.
        public var titles: [String: String]
    }

    /// One language's words of the form, with where they were written so a
    /// missing key can be reported at its place.
    public struct FormWords: Sendable {
        public var strings: [String: String]
        public var range: SourceRange
    }

    public func objective(_ number: Int, in language: String) -> String? { objectives[number]?[language] }

    public func principle(_ id: String, in language: String) -> String? {
        principles.first { $0.id == id }?.titles[language]
    }

    public func country(_ code: String, in language: String) -> String? { countries[code]?[language] }

    /// The three files, relative to the templates folder.
    public static let objectivesFile = "gcm/objectives.yaml"
    public static let principlesFile = "gcm/principles.yaml"
    public static let formFile = "gcm/form.yaml"
    public static let countriesFile = "gcm/countries.yaml"
}

public enum GCMCatalogLoader {
    /// Reads and checks the three files. A broken or missing file is a
    /// failure (exit 2): the command cannot print a correct form without it.
    public static func load(templates: TemplateFiles) -> Result<GCMCatalog, LintFailure> {
        do {
            let objectivesRoot = try root(of: GCMCatalog.objectivesFile, templates)
            let principlesRoot = try root(of: GCMCatalog.principlesFile, templates)
            let formRoot = try root(of: GCMCatalog.formFile, templates)
            let countriesRoot = try root(of: GCMCatalog.countriesFile, templates)

            var objectives: [Int: [String: String]] = [:]
            for item in try list(objectivesRoot, "objectives") {
                guard let number = item["number"]?.scalar.flatMap({ Int($0.text) }), (1...23).contains(number) else {
                    throw failure(item, "each objective needs 'number:', a whole number from 1 to 23")
                }
                if objectives[number] != nil { throw failure(item, "objective \(number) is listed twice") }
                objectives[number] = try titles(item, besides: "number")
            }
            let missingObjectives = (1...23).filter { objectives[$0] == nil }
            if !missingObjectives.isEmpty {
                throw failure(
                    objectivesRoot,
                    "the GCM has 23 objectives; missing: \(missingObjectives.map(String.init).joined(separator: ", "))")
            }

            var principles: [GCMCatalog.Principle] = []
            for item in try list(principlesRoot, "principles") {
                guard let id = item["id"]?.scalar?.text, PlanFormat.gcmPrinciples.contains(id) else {
                    throw failure(
                        item, "each principle needs 'id:', one of \(PlanFormat.gcmPrinciples.joined(separator: ", "))")
                }
                if principles.contains(where: { $0.id == id }) {
                    throw failure(item, "the principle '\(id)' is listed twice")
                }
                principles.append(GCMCatalog.Principle(id: id, titles: try titles(item, besides: "id")))
            }
            let missingPrinciples = PlanFormat.gcmPrinciples.filter { id in !principles.contains { $0.id == id } }
            if !missingPrinciples.isEmpty {
                throw failure(
                    principlesRoot,
                    "the GCM has 10 guiding principles; missing: \(missingPrinciples.joined(separator: ", "))")
            }

            var forms: [String: GCMCatalog.FormWords] = [:]
            guard let pairs = formRoot.mapping else { throw failure(formRoot, "expected a mapping of language codes") }
            for pair in pairs {
                guard let code = pair.key.scalar?.text, ValueFormats.isLanguage(code) else {
                    throw failure(pair.key, "expected a language code such as en or fr")
                }
                var strings: [String: String] = [:]
                try flatten(pair.value, prefix: "", into: &strings)
                forms[code] = GCMCatalog.FormWords(strings: strings, range: pair.value.range)
            }

            var countries: [String: [String: String]] = [:]
            for item in try list(countriesRoot, "countries") {
                guard let code = item["code"]?.scalar?.text, ValueFormats.isCountry(code) else {
                    throw failure(item, "each country needs 'code:', an ISO 3166-1 two-letter code such as US")
                }
                if countries[code] != nil { throw failure(item, "the country '\(code)' is listed twice") }
                countries[code] = try titles(item, besides: "code")
            }

            var languages = Set(forms.keys)
            for titles in objectives.values { languages.formIntersection(titles.keys) }
            for p in principles { languages.formIntersection(p.titles.keys) }
            return .success(
                GCMCatalog(
                    objectives: objectives, principles: principles, forms: forms, countries: countries,
                    languages: languages.sorted()))
        } catch let error as LintFailure {
            return .failure(error)
        } catch {
            return .failure(LintFailure("\(error)"))
        }
    }

    private static func root(of relative: String, _ templates: TemplateFiles) throws -> Node {
        switch templates.read(relative) {
        case .failure(let error): throw LintFailure(error.description)
        case .success(let file):
            let parsed = PlanLoader(appendableKeys: []).parse(file.bytes, file: file.path)
            if let problem = parsed.diagnostics.first(where: { $0.severity == .error }) {
                throw LintFailure("\(position(problem.range)): \(problem.message)")
            }
            guard let root = parsed.root else { throw LintFailure("\(file.path): the file is empty") }
            return root
        }
    }

    private static func list(_ root: Node, _ key: String) throws -> [Node] {
        guard let items = root[key]?.sequence else { throw failure(root, "expected '\(key):' with a list") }
        return items
    }

    /// The language -> title pairs of an entry: every key but its id.
    private static func titles(_ item: Node, besides idKey: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for pair in item.mapping ?? [] {
            guard let key = pair.key.scalar?.text, key != idKey else { continue }
            guard ValueFormats.isLanguage(key), let text = pair.value.scalar?.text, !text.isEmpty else {
                throw failure(pair.key, "'\(key)' should be a language code with its title as text")
            }
            out[key] = text
        }
        return out
    }

    private static func flatten(_ node: Node, prefix: String, into out: inout [String: String]) throws {
        switch node.content {
        case .scalar(let s): out[prefix] = s.text
        case .mapping(let pairs):
            for pair in pairs {
                guard let key = pair.key.scalar?.text else { throw failure(pair.key, "a key must be a word") }
                try flatten(pair.value, prefix: prefix.isEmpty ? key : prefix + "." + key, into: &out)
            }
        case .sequence: throw failure(node, "'\(prefix)' should be text or a mapping, not a list")
        }
    }

    static func failure(_ node: Node, _ message: String) -> LintFailure {
        LintFailure("\(position(node.range)): \(message)")
    }

    static func position(_ range: SourceRange) -> String {
        "\(range.file):\(range.start.line):\(range.start.column)"
    }
}
