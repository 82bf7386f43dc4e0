import PFPlanModel

/// The format references of docs/plan-format.md and docs/framework-model.md,
/// in Markdown, written from the same specs the decoder reads and from the
/// framework models themselves: `pfplan schema --format markdown` and
/// `--format model-markdown` print them, and a test fails when a page and
/// its command differ.
///
/// Words, not JSON Schema: the reader is a coordinator who wants to know
/// which keys a block takes, which are required, and what to write.
public enum FormatReference {
    /// Every object of the plan format with its keys, starting at the top
    /// of the plan.
    public static func planMarkdown() -> String {
        var out = """
            Each block of a plan below has a table of its keys: what kind of value each takes, whether it \
            is required, and what it means. "Where" says where the block is written: `framework.period` is \
            the key `period` inside `framework`, and `actions[]` is each entry of the list `actions`. A kind \
            in a link is a block of keys of its own. Keys starting with `x-` are yours: pfplan keeps them and \
            ignores them. Any other key the table does not list is an error (`schema/unknown-key`).


            """
        out += keyTables(root: PlanFormat.plan, specs: PlanFormat.allSpecs, headingPrefix: "", anchorPrefix: "")
        return out
    }

    /// The stages (with what each needs), sectors, roles, audiences and
    /// leadership needs of each model, then the keys of a model file.
    public static func modelMarkdown(models: [FrameworkModel]) -> String {
        var out = ""
        for model in models { out += modelSection(model) }
        out += """
            ### The keys of a model file

            A model file is checked like a plan: an unknown key, a missing required key or a value of the \
            wrong kind is reported at its own line and column.


            """
        out += keyTables(
            root: ModelFormat.model, specs: ModelFormat.allSpecs, headingPrefix: "Model file: ",
            anchorPrefix: "model-file-", level: 4)
        return out
    }

    // MARK: - Key tables

    private static func keyTables(
        root: ObjectSpec, specs: [ObjectSpec], headingPrefix: String, anchorPrefix: String, level: Int = 3
    ) -> String {
        let places = Places(root: root)
        let hashes = String(repeating: "#", count: level)
        var out = ""
        for spec in specs {
            out += "\(hashes) \(headingPrefix)\(capitalized(spec.name))\n\n"
            out += spec.summary
            if let where_ = places.paths[ObjectIdentifier(spec)], !where_.isEmpty {
                out += " Where: " + where_.map { "`\($0)`" }.joined(separator: ", ") + "."
            }
            out += "\n\n| key | kind | required | meaning |\n|---|---|---|---|\n"
            for field in spec.fields {
                let kind = phrase(field.kind, plural: false, anchorPrefix: anchorPrefix)
                let required = field.required ? "yes" : "no"
                out += "| `\(field.key)` | \(cell(kind)) | \(required) | \(cell(field.summary)) |\n"
            }
            out += "\n"
        }
        return out
    }

    /// Where each object is written, as dotted paths from the root, in the
    /// order the specs list their fields.
    private struct Places {
        var paths: [ObjectIdentifier: [String]] = [:]

        init(root: ObjectSpec) {
            visit(root, at: "")
        }

        private mutating func visit(_ spec: ObjectSpec, at path: String) {
            for field in spec.fields {
                let here = path.isEmpty ? field.key : path + "." + field.key
                visit(field.kind, at: here)
            }
        }

        private mutating func visit(_ kind: ValueKind, at path: String) {
            switch kind {
            case .object(let spec):
                // The formats are trees (no spec holds itself), so every
                // place a spec is written is visited, nested ones included.
                paths[ObjectIdentifier(spec), default: []].append(path)
                visit(spec, at: path)
            case .list(let element):
                visit(element, at: path + "[]")
            case .either(let a, let b):
                visit(a, at: path)
                visit(b, at: path)
            case .languageMap(let element):
                visit(element, at: path + ".LANGUAGE")
            default:
                break
            }
        }
    }

    /// A kind of value in words: "date (YYYY-MM-DD)", "list of stage ids of
    /// the model", "[contact](#contact)".
    static func phrase(_ kind: ValueKind, plural: Bool, anchorPrefix: String) -> String {
        func words(_ one: String, _ many: String) -> String { plural ? many : one }
        switch kind {
        case .text: return words("text", "texts")
        case .markdown: return words("Markdown text", "Markdown texts")
        case .integer(let minimum):
            let base = words("whole number", "whole numbers")
            return minimum.map { "\(base), \($0) or more" } ?? base
        case .number: return words("number", "numbers")
        case .share: return words("share from 0 to 1 (0.25 is a quarter)", "shares from 0 to 1")
        case .date: return words("date (YYYY-MM-DD)", "dates (YYYY-MM-DD)")
        case .email: return words("email address", "email addresses")
        case .url: return words("web address (http:// or https://)", "web addresses (http:// or https://)")
        case .phone: return words("phone number", "phone numbers")
        case .country: return words("country code (two capital letters: US)", "country codes (two capital letters: US)")
        case .language: return words("language code (en, es, pt-BR)", "language codes (en, es, pt-BR)")
        case .identifier: return words("id (a-z, 0-9 and -)", "ids (a-z, 0-9 and -)")
        case .modelName: return words("built-in model id, or the path of a model file", "models")
        case .reference(let kinds):
            // "id of a member or stakeholder", "ids of threats or service gaps"
            let names = kinds.map { plural ? ($0 == .strategy ? "strategies" : $0.noun + "s") : $0.noun }
            let joined =
                names.count <= 2
                ? names.joined(separator: " or ")
                : names.dropLast().joined(separator: ", ") + " or " + names.last!
            if plural { return "ids of \(joined)" }
            return (joined.first.map { "aeiou".contains($0) } == true ? "id of an " : "id of a ") + joined
        case .choice(let vocabulary):
            switch vocabulary {
            case .fixed(let values):
                return (plural ? "values from " : "one of ") + values.map { "`\($0)`" }.joined(separator: ", ")
            case .stages: return words("stage id of the model", "stage ids of the model")
            case .sectors: return words("sector id of the model", "sector ids of the model")
            case .roles: return words("role id of the model", "role ids of the model")
            case .audiences: return words("audience id of the model", "audience ids of the model")
            }
        case .list(let element):
            if case .object(let spec) = element {
                return "list of [\(spec.name)](#\(anchorPrefix)\(slug(spec.name))) blocks"
            }
            return "list of " + phrase(element, plural: true, anchorPrefix: anchorPrefix)
        case .object(let spec):
            return "[\(spec.name)](#\(anchorPrefix)\(slug(spec.name)))"
        case .either(let a, let b):
            return phrase(a, plural: plural, anchorPrefix: anchorPrefix) + ", or "
                + phrase(b, plural: plural, anchorPrefix: anchorPrefix)
        case .languageMap(let element):
            return "language code → " + phrase(element, plural: false, anchorPrefix: anchorPrefix)
        }
    }

    // MARK: - Models

    private static func modelSection(_ m: FrameworkModel) -> String {
        var out = "### The `\(m.id)` model: \(m.title)\n\n"
        if let summary = m.summary { out += summary + "\n\n" }
        out += "Stages, in order, and what each needs to count as covered:\n\n"
        out += "| stage | title | what happens there | needs |\n|---|---|---|---|\n"
        for stage in m.stages {
            out +=
                "| `\(stage.id)` | \(cell(stage.title)) | \(cell(stage.summary ?? "")) "
                + "| \(cell(needsText(stage.needs))) |\n"
        }
        out += "\nSectors:\n\n| sector | title | needed at |\n|---|---|---|\n"
        for sector in m.sectors {
            let stages = m.stages.filter { stage in
                stage.needs.sectors.contains { $0.options.contains(sector.id) }
                    || stage.needs.minSectorsFrom?.of.contains(sector.id) == true
            }
            let needed = stages.isEmpty ? "no stage" : stages.map { "`\($0.id)`" }.joined(separator: ", ")
            out += "| `\(sector.id)` | \(cell(sector.title)) | \(needed) |\n"
        }
        out += "\nRoles in the leadership group:\n\n| role | title | what it does | holders |\n|---|---|---|---|\n"
        for role in m.roles {
            out += "| `\(role.id)` | \(cell(role.title)) | \(cell(role.summary ?? "")) | \(cell(holders(role))) |\n"
        }
        out += "\nAudiences, the people actions and resources serve:\n\n| audience | title |\n|---|---|\n"
        for audience in m.audiences {
            out += "| `\(audience.id)` | \(cell(audience.title)) |\n"
        }
        out += "\nThe leadership group:\n\n" + leadershipText(m.leadership) + "\n"
        let languages = Set(m.translations.keys).sorted()
        out +=
            languages.isEmpty
            ? "This model has no translations.\n\n"
            : "Written in `\(m.language)`, with translations in " + listed(languages) + ".\n\n"
        return out
    }

    static func needsText(_ needs: FrameworkModel.StageNeeds) -> String {
        var parts: [String] = []
        for need in needs.sectors {
            switch need {
            case .sector(let s): parts.append("`\(s)`")
            case .anyOf(let options): parts.append("one of " + listed(options))
            }
        }
        if let from = needs.minSectorsFrom { parts.append("\(from.count) of " + listed(from.of)) }
        if needs.actions > 0 { parts.append(counted(needs.actions, "action", "actions")) }
        if let r = needs.resources, r.count > 0 {
            var text = counted(r.count, "resource", "resources")
            if let kinds = r.kinds {
                text += " of kind " + kinds.map { "`\($0.rawValue)`" }.joined(separator: " or ")
            } else {
                text += " of any kind"
            }
            parts.append(text)
        }
        if needs.pathways > 0 { parts.append(counted(needs.pathways, "referral pathway", "referral pathways")) }
        return parts.isEmpty ? "nothing" : parts.joined(separator: "; ")
    }

    private static func holders(_ role: FrameworkModel.Role) -> String {
        var text: String
        switch (role.min, role.max) {
        case (let min?, let max?) where min == max: text = "exactly \(min)"
        case (let min?, let max?) where min > 0: text = "\(min) to \(max)"
        case (let min?, nil) where min > 0: text = "at least \(min)"
        case (_, let max?): text = "at most \(max), optional"
        default: text = "any number, optional"
        }
        if let sectors = role.sectors, !sectors.isEmpty { text += ", from " + listed(sectors) }
        return text
    }

    private static func leadershipText(_ needs: FrameworkModel.LeadershipNeeds) -> String {
        var lines: [String] = []
        if let members = needs.minMembers { lines.append("at least \(members) members") }
        if let sectors = needs.minSectors { lines.append("members from at least \(sectors) sectors") }
        if let cap = needs.maxShare {
            lines.append("`\(cap.sector)` holds at most \(percent(cap.share)) of the seats")
        }
        if let floor = needs.minShare {
            lines.append(listed(floor.sectors) + " together hold at least \(percent(floor.share)) of the seats")
        }
        if let meets = needs.meetsAtLeast { lines.append("meets at least `\(meets.rawValue)`") }
        if lines.isEmpty { return "No needs.\n" }
        return lines.map { "- \($0)\n" }.joined()
    }

    // MARK: - Small helpers

    private static func percent(_ share: Double) -> String {
        let hundredths = (share * 100).rounded()
        return "\(Int(hundredths))%"
    }

    private static func counted(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) " + (n == 1 ? one : many)
    }

    private static func listed(_ ids: [String]) -> String {
        ids.map { "`\($0)`" }.joined(separator: ", ")
    }

    private static func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    /// GitHub's anchor for a heading: lower case, spaces as dashes, other
    /// punctuation dropped.
    public static func slug(_ heading: String) -> String {
        var out = ""
        for c in heading.lowercased() {
            if c == " " { out.append("-") } else if c.isLetter || c.isNumber || c == "-" || c == "_" { out.append(c) }
        }
        return out
    }

    /// Text for a table cell: one line, and a `|` that does not end it.
    private static func cell(_ text: String) -> String {
        var out = ""
        for c in text.split(whereSeparator: \.isNewline).joined(separator: " ") {
            if c == "|" { out += "\\|" } else { out.append(c) }
        }
        return out
    }
}
