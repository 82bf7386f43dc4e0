import PFPlanLoader
import PFPlanModel

/// The GCM pledge form filled in from a plan's `pledge:` block, in one
/// language, as data: the Markdown and JSON views below only lay it out,
/// so both always show the same fields in the form's order.
public struct PledgeForm: Sendable {
    public var language: String
    /// The audience the form was filled in for; contacts above it are withheld.
    public var audience: Visibility
    public var heading: String
    public var sections: [Section]
    /// What goes between a label and its value (French puts a space before the colon).
    public var labelSeparator: String

    public struct Section: Sendable {
        public var id: String
        public var title: String
        public var content: Content
    }

    public enum Content: Sendable {
        case fields([Field])
        case objectives([Objective])
        case principles([Principle])
        /// Markdown written by the plan's authors (the description).
        case text(String?)
        case items([String])
        case date(String?)
    }

    public struct Field: Sendable {
        public var id: String
        public var label: String
        /// nil: not given, or withheld (`withheld`).
        public var value: String?
        /// The plan holds a value the audience may not see.
        public var withheld: Bool
    }

    public struct Objective: Sendable {
        public var number: Int
        public var title: String
        /// "Objective 7: ..." in the form's language.
        public var line: String
    }

    /// Every guiding principle, in the Compact's order, marked when the pledge names it.
    public struct Principle: Sendable {
        public var id: String
        public var title: String
        public var selected: Bool
    }

    /// Words every language of `gcm/form.yaml` must have (`values.*` may
    /// fall back to the plan's ids).
    public static let requiredWords = [
        "heading", "label-separator", "objective", "not-given", "not-public",
        "sections.entity", "sections.pledge", "sections.objectives", "sections.principles", "sections.description",
        "sections.expected-impact", "sections.deadline",
        "fields.entity", "fields.entity-type", "fields.contact-name", "fields.contact-position", "fields.contact-email",
        "fields.contact-phone", "fields.title", "fields.type", "fields.nature", "fields.country", "fields.other-countries",
    ]

    /// Fills in the form. The contact goes through `AudienceFilter`, the one
    /// place that decides what an audience may see; a withheld contact is
    /// marked as such rather than shown as missing, so the filer knows to
    /// ask for it.
    public static func build(
        plan: Plan, catalog: GCMCatalog, language: String, audience: Visibility
    ) -> Result<PledgeForm, LintFailure> {
        guard let words = catalog.forms[language] else {
            return .failure(LintFailure("\(GCMCatalog.formFile) has no '\(language)' section"))
        }
        let missing = requiredWords.filter { words.strings[$0] == nil }
        if !missing.isEmpty {
            let at = "\(words.range.file):\(words.range.start.line):\(words.range.start.column)"
            return .failure(LintFailure("\(at): the '\(language)' words of the pledge form lack \(missing.joined(separator: ", "))"))
        }
        guard let original = plan.pledge, let pledge = AudienceFilter.apply(plan, audience: audience).pledge else {
            return .failure(LintFailure("\(plan.file) has no 'pledge:' block"))
        }
        func word(_ key: String) -> String { words.strings[key]! }
        func valueTitle(_ group: String, _ id: String) -> String { words.strings["values.\(group).\(id)"] ?? id }
        func fill(_ template: String, _ values: [String: String]) -> String { template.filling(values) }
        func field(_ id: String, _ value: String?, withheld: Bool = false) -> Field {
            Field(id: id, label: word("fields.\(id)"), value: withheld ? nil : value, withheld: withheld)
        }
        func joined(_ values: [String]) -> String? { values.isEmpty ? nil : values.joined(separator: ", ") }

        let withheld = original.contact != nil && pledge.contact == nil
        let entity: [Field] = [
            field("entity", pledge.entity?.value),
            field("entity-type", pledge.entityType.map { valueTitle("entity-type", $0.rawValue) }),
            field("contact-name", pledge.contact?.name, withheld: withheld),
            field("contact-position", pledge.contactPosition, withheld: withheld),
            field("contact-email", pledge.contact?.email?.value, withheld: withheld),
            field("contact-phone", pledge.contact?.phone?.value, withheld: withheld),
        ]
        let about: [Field] = [
            field("title", pledge.title?.value),
            field("type", pledge.type.map { valueTitle("type", $0.rawValue) }),
            field("nature", joined(pledge.nature.map { valueTitle("nature", $0.rawValue) })),
            field("country", pledge.country?.value),
            field("other-countries", joined(pledge.otherCountries.map { valueTitle("other-countries", $0) })),
        ]
        let objectives: [Objective] = pledge.objectives.map { o in
            let title = catalog.objective(o.value, in: language) ?? ""
            return Objective(number: o.value, title: title, line: fill(word("objective"), ["number": String(o.value), "title": title]))
        }
        let chosen = Set(pledge.principles)
        let principles = catalog.principles.map { p in
            Principle(id: p.id, title: p.titles[language] ?? p.id, selected: chosen.contains(p.id))
        }
        let title = pledge.title?.value ?? pledge.entity?.value ?? ""
        return .success(PledgeForm(
            language: language, audience: audience, heading: fill(word("heading"), ["title": title]),
            sections: [
                Section(id: "entity", title: word("sections.entity"), content: .fields(entity)),
                Section(id: "pledge", title: word("sections.pledge"), content: .fields(about)),
                Section(id: "objectives", title: word("sections.objectives"), content: .objectives(objectives)),
                Section(id: "principles", title: word("sections.principles"), content: .principles(principles)),
                Section(id: "description", title: word("sections.description"), content: .text(pledge.description?.value)),
                Section(id: "expected-impact", title: word("sections.expected-impact"), content: .items(pledge.expectedImpact)),
                Section(id: "deadline", title: word("sections.deadline"), content: .date(pledge.deadline.map { $0.value.description })),
            ],
            labelSeparator: word("label-separator"),
            notGiven: word("not-given"), notPublic: word("not-public")))
    }

    /// Shown for an empty field.
    public var notGiven: String
    /// Shown for a field the audience may not see.
    public var notPublic: String
}

extension String {
    /// `{name}` placeholders replaced by their values; unknown ones are kept
    /// as written, so a typo in a template shows in the output.
    fileprivate func filling(_ values: [String: String]) -> String {
        var out = ""
        var rest = self[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            out += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
