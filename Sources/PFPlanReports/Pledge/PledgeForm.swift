import PFPlanLoader
import PFPlanModel

/// The GCM pledge form filled in from a plan's `pledge:` block, in one
/// language, as data: the Markdown and JSON views below only lay it out,
/// so both always show the same fields in the form's order. The labels,
/// values and sections are the form's own, as the UN prints a submission
/// (the design's seeds 000, 001 and 003): a filer copies each value into
/// the field of the same label.
public struct PledgeForm: Sendable {
    public var language: String
    /// The audience the form was filled in for; contacts above it are withheld.
    public var audience: Visibility
    public var heading: String
    public var sections: [Section]
    /// What goes between a label and its value.
    public var labelSeparator: String
    /// Shown for an empty field.
    public var notGiven: String
    /// Shown for a field the audience may not see.
    public var notPublic: String
    /// The objectives and principles as data, for tools (the fields hold
    /// them as the form prints them).
    public var objectives: [Objective]
    public var principles: [Principle]

    /// A section of the form ("Section I" ... "Section VII").
    public struct Section: Sendable {
        public var id: String
        public var title: String
        public var fields: [Field]
    }

    public struct Field: Sendable {
        public var id: String
        public var label: String
        /// nil: not given, or withheld (`withheld`).
        public var value: String?
        /// The plan holds a value the audience may not see.
        public var withheld: Bool
        /// Markdown written by the plan's authors over several lines (the
        /// description), rather than one line of text.
        public var isText = false
    }

    public struct Objective: Sendable {
        public var number: Int
        public var title: String
        /// "7. Address and reduce ..." as the form writes it.
        public var line: String
    }

    /// Every guiding principle, in the Compact's order, marked when the pledge names it.
    public struct Principle: Sendable {
        public var id: String
        public var title: String
        public var selected: Bool
    }

    /// Whether a field was withheld from this audience: the copy to submit
    /// needs `--audience internal` (or above).
    public var withholdsAnything: Bool { sections.contains { $0.fields.contains(where: \.withheld) } }

    /// Words every language of `gcm/form.yaml` must have (`values.*` may
    /// fall back to the plan's ids).
    public static let requiredWords =
        ["heading", "label-separator", "list-separator", "objective", "date", "not-given", "not-public"]
        + sectionIDs.map { "sections." + $0 } + (1...12).map { "months.\($0)" }
        + [
            "entity", "entity-type", "gcm-champion", "contact-name", "contact-position", "contact-email",
            "contact-phone",
            "country", "other-countries", "region", "secondary-contact", "secondary-email", "title", "type",
            "mirror-pledge",
            "participating", "matched-pledge", "matched-pledge-id", "nature", "objectives", "principles", "description",
            "deadline",
        ].map { "fields." + $0 }

    static let sectionIDs = ["entity", "pledge", "nature", "objectives", "principles", "description", "deadline"]

    /// Fills in the form. The contacts go through `AudienceFilter`, the one
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
            return .failure(
                LintFailure("\(at): the '\(language)' words of the pledge form lack \(missing.joined(separator: ", "))")
            )
        }
        guard let original = plan.pledge, let pledge = AudienceFilter.apply(plan, audience: audience).pledge else {
            return .failure(LintFailure("\(plan.file) has no 'pledge:' block"))
        }
        func word(_ key: String) -> String { words.strings[key]! }
        func value(_ group: String, _ id: String) -> String { words.strings["values.\(group).\(id)"] ?? id }
        func field(_ id: String, _ value: String?, withheld: Bool = false) -> Field {
            Field(id: id, label: word("fields.\(id)"), value: withheld ? nil : value, withheld: withheld)
        }
        let separator = word("list-separator")
        func joined(_ values: [String]) -> String? { values.isEmpty ? nil : values.joined(separator: separator) }
        func country(_ code: String) -> String {
            code == "global" ? value("other-countries", code) : catalog.country(code, in: language) ?? code
        }

        let withheld = original.contact != nil && pledge.contact == nil
        let secondWithheld = original.secondaryContact != nil && pledge.secondaryContact == nil
        let objectives: [Objective] = pledge.objectives.map { o in
            let title = catalog.objective(o.value, in: language) ?? ""
            return Objective(
                number: o.value, title: title,
                line: word("objective").filling(["number": String(o.value), "title": title]))
        }
        let chosen = Set(pledge.principles)
        let principles = catalog.principles.map { p in
            Principle(id: p.id, title: p.titles[language] ?? p.id, selected: chosen.contains(p.id))
        }
        let deadline = pledge.deadline.map { d in
            word("date").filling([
                "day": String(d.value.day), "month": word("months.\(d.value.month)"), "year": String(d.value.year),
            ])
        }
        var description = field("description", pledge.formDescription)
        description.isText = true

        let fields: [String: [Field]] = [
            "entity": [
                field("entity", pledge.entity?.value),
                field("entity-type", pledge.entityType.map { value("entity-type", $0.rawValue) }),
                field("gcm-champion", pledge.gcmChampion.map { value("answer", $0.rawValue) }),
                field("contact-name", pledge.contact?.name, withheld: withheld),
                field("contact-position", pledge.contactPosition, withheld: withheld),
                field("contact-email", pledge.contact?.email?.value, withheld: withheld),
                field("contact-phone", pledge.contact?.phone?.value, withheld: withheld),
                field("country", pledge.country.map { country($0.value) }),
                field("other-countries", joined(pledge.otherCountries.map(country))),
                field("region", pledge.region),
                field("secondary-contact", pledge.secondaryContact?.name, withheld: secondWithheld),
                field("secondary-email", pledge.secondaryContact?.email?.value, withheld: secondWithheld),
            ],
            "pledge": [
                field("title", pledge.title?.value),
                field("type", pledge.type.map { value("type", $0.rawValue) }),
                field("mirror-pledge", pledge.mirrorPledge.map { value("answer", $0.rawValue) }),
                field("participating", joined(pledge.participating)),
                field("matched-pledge", pledge.matchedPledge),
                field("matched-pledge-id", pledge.matchedPledgeID),
            ],
            "nature": [field("nature", joined(pledge.nature.map { value("nature", $0.rawValue) }))],
            "objectives": [field("objectives", joined(objectives.map(\.line)))],
            "principles": [field("principles", joined(principles.filter(\.selected).map(\.title)))],
            "description": [description],
            "deadline": [field("deadline", deadline)],
        ]
        let title = pledge.title?.value ?? pledge.entity?.value ?? ""
        return .success(
            PledgeForm(
                language: language, audience: audience, heading: word("heading").filling(["title": title]),
                sections: sectionIDs.map { Section(id: $0, title: word("sections.\($0)"), fields: fields[$0]!) },
                labelSeparator: word("label-separator"), notGiven: word("not-given"), notPublic: word("not-public"),
                objectives: objectives, principles: principles))
    }
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
