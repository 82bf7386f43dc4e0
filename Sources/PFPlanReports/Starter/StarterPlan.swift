import Mustache
import PFPlanFormats
import PFPlanLoader
import PFPlanModel

/// What a city tells `pfplan init` about itself.
public struct StarterCity: Sendable, Equatable {
    public var name: String
    public var region: String?
    public var country: String?

    public init(name: String, region: String? = nil, country: String? = nil) {
        self.name = name
        self.region = region
        self.country = country
    }
}

/// A starter plan for a new city, drawn from its framework model: every
/// stage with placeholder actions, every role as a (vacant) seat, every
/// sector a stage needs as a placeholder stakeholder, an objective, a
/// consultation and a funding source to fill in, and, where the model asks
/// for referral pathways, each pathway with its draft agreement and the
/// civil-rights safeguards. It lints with no errors, and the warnings it
/// raises (vacant seats, stakeholders without a contact, actions without an
/// indicator, an objective without a target, a pathway without a signed
/// agreement, safeguards without a complaint route, ...) are the city's
/// to-do list; `draft/placeholder` counts the TODO markers left.
///
/// The text comes from `starter/plan.yaml.mustache` under Templates, so a
/// technical partner can reword it (`--templates DIR`) without touching
/// Swift; this type only works out what the model asks for.
public struct StarterPlan: Sendable {
    public var city: StarterCity
    public var model: FrameworkModel
    /// What `framework.model` says: a built-in id, or a path relative to the plan.
    public var modelReference: String
    /// What the `$schema` comment points at, relative to the plan.
    public var schemaReference: String
    public var today: CalendarDate

    public init(
        city: StarterCity, model: FrameworkModel, modelReference: String, schemaReference: String, today: CalendarDate
    ) {
        self.city = city
        self.model = model
        self.modelReference = modelReference
        self.schemaReference = schemaReference
        self.today = today
    }

    /// The file name of the template under Templates/.
    public static let templateName = "starter/plan.yaml.mustache"

    /// The plan text from a template's text.
    public func render(template text: String) throws -> String {
        _ = StarterPlan.registerYAMLContentType
        let template = try MustacheTemplate(string: text)
        let text = template.render(context)
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    // MARK: what the model asks for

    struct Seat {
        var id: String
        var role: FrameworkModel.Role
        var sector: String
    }

    struct Placeholder {
        var id: String
        var sector: String
        /// What else would meet the same need ("or: research, public-health").
        var note: String?
        var stages: [String]
    }

    /// Member seats: one per role. The chair's seat takes a sector the role
    /// allows (so `roles/chair-sector` stays quiet); the rest take the
    /// chair's sector until the city says otherwise, which
    /// `roles/not-multidisciplinary` then points out.
    func seats(_ ids: inout IDAllocator) -> [Seat] {
        let fallback = model.chairRole?.sectors?.first ?? model.sectors.first?.id ?? "local-government"
        return model.roles.map { role in
            Seat(id: ids.make(role.id + "-seat"), role: role, sector: role.sectors?.first ?? fallback)
        }
    }

    /// One placeholder stakeholder per sector the stages need. Where the
    /// model lets several sectors meet a need (`any-of`,
    /// `min-sectors-from`), the starter takes the first it names, the
    /// model author's own order, and says what else would do.
    func placeholders(_ ids: inout IDAllocator) -> (stakeholders: [Placeholder], byStage: [String: [String]]) {
        var chosen: [String] = []
        var notes: [String: String] = [:]
        var byStage: [String: [String]] = [:]
        func add(_ sector: String, stage: String, note: String? = nil) {
            if !chosen.contains(sector) {
                // The need that brought the sector in says what else would do.
                chosen.append(sector)
                notes[sector] = note
            }
            if byStage[stage]?.contains(sector) != true { byStage[stage, default: []].append(sector) }
        }
        for stage in model.stages {
            for need in stage.needs.sectors {
                switch need {
                case .sector(let s):
                    add(s, stage: stage.id)
                case .anyOf(let options):
                    if let first = options.first {
                        add(
                            first, stage: stage.id,
                            note: options.count > 1 ? "or: " + options.dropFirst().joined(separator: ", ") : nil)
                    }
                }
            }
            if let from = stage.needs.minSectorsFrom {
                var have = (byStage[stage.id] ?? []).filter { from.of.contains($0) }.count
                for s in from.of where have < from.count && byStage[stage.id]?.contains(s) != true {
                    add(s, stage: stage.id, note: "\(from.count) of: " + from.of.joined(separator: ", "))
                    have += 1
                }
            }
        }
        let stakeholders = chosen.map { sector in
            Placeholder(
                id: ids.make(sector + "-org"), sector: sector, note: notes[sector],
                stages: model.stages.map(\.id).filter { byStage[$0]?.contains(sector) == true })
        }
        return (stakeholders, byStage)
    }

    /// The plan's period: two years from the first of next month, so that
    /// no placeholder date lies in the past.
    var period: (start: CalendarDate, end: CalendarDate) {
        let start =
            today.month == 12
            ? CalendarDate(year: today.year + 1, month: 1, day: 1)
            : CalendarDate(year: today.year, month: today.month + 1, day: 1)
        var endYear = start.year + 2
        var endMonth = start.month - 1
        if endMonth == 0 {
            endMonth = 12
            endYear -= 1
        }
        return (
            start,
            CalendarDate(year: endYear, month: endMonth, day: CalendarDate.days(inMonth: endMonth, year: endYear))
        )
    }

    // MARK: the template's data

    var context: [String: Any] {
        var ids = IDAllocator()
        let seats = self.seats(&ids)
        let (stakeholders, byStage) = placeholders(&ids)
        let stakeholderID = Dictionary(uniqueKeysWithValues: stakeholders.map { ($0.sector, $0.id) })
        let chairSeat = seats.first { $0.role.id == model.chairRole?.id } ?? seats.first

        var resources: [[String: Any]] = []
        var stages: [[String: Any]] = []
        for stage in model.stages {
            let team = (byStage[stage.id] ?? []).compactMap { stakeholderID[$0] }
            if let need = stage.needs.resources, need.count > 0 {
                let kinds = need.kinds ?? []
                for n in 1...need.count {
                    var r: [String: Any] = [
                        "id": ids.make(stage.id + "-resource" + (n > 1 ? "-\(n)" : "")),
                        "name": "TODO: a resource for \(lowercasedFirst(stage.title))",
                        "kind": (kinds.first ?? .program).rawValue,
                        "stage": stage.id,
                        "comment": [
                            "kinds": kinds.isEmpty
                                ? "any kind: " + PlanFormat.resourceKinds.joined(separator: ", ")
                                : "this stage needs: " + kinds.map(\.rawValue).joined(separator: " or ")
                        ],
                    ]
                    if let provider = team.first { r["provider"] = provider }
                    resources.append(r)
                }
            }
            var actions: [[String: Any]] = []
            for n in 1...max(stage.needs.actions, 1) {
                var a: [String: Any] = [
                    "id": ids.make(stage.id + "-action" + (n > 1 ? "-\(n)" : "")),
                    "title": "TODO: an action for \(lowercasedFirst(stage.title))",
                    "stage": stage.id,
                    "lead": team.first ?? chairSeat?.id ?? "",
                ]
                if team.count > 1 { a["partners"] = team.dropFirst().joined(separator: ", ") }
                actions.append(a)
            }
            var comment: [String: Any] = ["stage": singleLine(stage.title + (stage.summary.map { ": " + $0 } ?? ""))]
            let needs = needsText(stage.needs)
            if !needs.isEmpty { comment["needs"] = needs }
            stages.append(["id": stage.id, "actions": actions, "comment": comment])
        }

        // One pathway for each one a stage needs, run by the stage's
        // placeholder organisations, under a draft agreement of the same
        // parties (practice.md).
        var pathways: [[String: Any]] = []
        for stage in model.stages where stage.needs.pathways > 0 {
            let team = (byStage[stage.id] ?? []).compactMap { stakeholderID[$0] }
            for n in 1...stage.needs.pathways {
                let suffix = n > 1 ? "-\(n)" : ""
                let id = ids.make(stage.id + "-pathway" + suffix)
                var pathway: [String: Any] = [
                    "id": id, "stage": stage.id, "agreement": ids.make(stage.id + "-pathway-agreement" + suffix),
                    "title": "TODO: the name of the referral pathway for \(lowercasedFirst(stage.title))",
                ]
                if let intake = team.first ?? chairSeat?.id {
                    pathway["intake"] = intake
                    pathway["team"] = (team.isEmpty ? [intake] : team).joined(separator: ", ")
                }
                pathways.append(pathway)
            }
        }
        let evaluationSeat = seats.first { $0.role.id == "evaluation-lead" } ?? chairSeat

        var cityData: [String: Any] = [
            "name": city.name, "hasRegion": city.region != nil, "hasCountry": city.country != nil,
        ]
        if let region = city.region { cityData["region"] = region }
        if let country = city.country { cityData["country"] = country }
        let (start, end) = period
        return [
            "schema": schemaReference,
            "modelID": model.id,
            "modelRef": modelReference,
            "title": "\(city.name): \(model.title)",
            "city": cityData,
            "period": ["start": start.description, "end": end.description],
            "meets": (model.leadership.meetsAtLeast ?? .quarterly).rawValue,
            "firstStage": model.stages.first?.id ?? "",
            "audienceExamples": model.audiences.prefix(2).map(\.id).joined(separator: ", "),
            "comment": ["city": singleLine(city.name), "modelTitle": singleLine(model.title)],
            "seats": seats.map { seat -> [String: Any] in
                let limits = roleLimits(seat.role)
                return [
                    "id": seat.id, "role": seat.role.id, "sector": seat.sector,
                    "comment": [
                        "role": singleLine(
                            "who holds the \(seat.role.title.lowercased()) seat" + limits
                                + (seat.role.summary.map { ". " + $0 } ?? "")),
                        "sector": seat.role.sectors.map { "from: " + $0.joined(separator: ", ") }
                            ?? "TODO: the sector this seat represents",
                    ] as [String: Any],
                ]
            },
            "hasStakeholders": !stakeholders.isEmpty,
            "stakeholders": stakeholders.map { s -> [String: Any] in
                var comment: [String: Any] = [:]
                if let note = s.note { comment["alternatives"] = note }
                return [
                    "id": s.id, "sector": s.sector, "stages": s.stages.joined(separator: ", "),
                    "name": "TODO: \(lowercasedFirst(model.title(ofSector: s.sector))) organization",
                    "comment": comment,
                ]
            },
            "hasResources": !resources.isEmpty,
            "resources": resources,
            "stages": stages,
            "hasPathways": !pathways.isEmpty,
            "pathways": pathways,
            "collectedBy": evaluationSeat?.id ?? "",
        ]
    }

    func roleLimits(_ role: FrameworkModel.Role) -> String {
        switch (role.min, role.max) {
        case (let min?, let max?) where min == max: " (exactly \(min))"
        case (let min?, let max?): " (\(min) to \(max))"
        case (let min?, nil) where min > 0: " (at least \(min))"
        case (_, let max?): " (at most \(max))"
        default: ""
        }
    }

    func needsText(_ needs: FrameworkModel.StageNeeds) -> String {
        var parts: [String] = []
        for need in needs.sectors {
            switch need {
            case .sector(let s): parts.append(s)
            case .anyOf(let options): parts.append("one of " + options.joined(separator: "/"))
            }
        }
        if let from = needs.minSectorsFrom { parts.append("\(from.count) of " + from.of.joined(separator: "/")) }
        if needs.actions > 0 { parts.append(counted(needs.actions, "action")) }
        if let r = needs.resources, r.count > 0 {
            parts.append(
                "\(r.count) resource" + (r.count > 1 ? "s" : "")
                    + (r.kinds.map { " (" + $0.map(\.rawValue).joined(separator: " or ") + ")" } ?? ""))
        }
        return parts.joined(separator: "; ")
    }

    func lowercasedFirst(_ s: String) -> String {
        // "Mental health" -> "mental health", but keep "LGBTQ+" or "K-12" as written.
        guard let first = s.first, first.isUppercase, s.dropFirst().first?.isLowercase ?? false else { return s }
        return first.lowercased() + s.dropFirst()
    }

    /// Text for a comment line: a line break would end the comment.
    func singleLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Values go inside double quotes in the template: escape them the way
    /// YAML's double-quoted style wants, so any city name is safe.
    struct YAMLDoubleQuoted: MustacheContentType {
        func escapeText(_ text: String) -> String { YAMLText.doubleQuotedContent(text) }
    }

    /// `{{% CONTENT_TYPE: YAML}}` in a template: `{{x}}` is escaped for a
    /// double-quoted YAML scalar. Registered once, before the first render.
    static let registerYAMLContentType: Void = MustacheContentTypes.register(YAMLDoubleQuoted(), named: "YAML")
}

/// Unique ids of at most 64 characters, from model ids that a custom model
/// may make long or repeat across vocabularies.
struct IDAllocator {
    private var used: Set<String> = []

    mutating func make(_ wanted: String) -> String {
        var base = String(wanted.prefix(60))
        while base.hasSuffix("-") { base.removeLast() }
        var id = base
        var n = 2
        while used.contains(id) {
            id = "\(base)-\(n)"
            n += 1
        }
        used.insert(id)
        return id
    }
}
