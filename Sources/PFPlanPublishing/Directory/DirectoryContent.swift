import PFPlanFormats
import PFPlanLoader
import PFPlanModel

/// Which parts of the directory to produce (`--what`).
public enum DirectorySelection: String, Sendable, CaseIterable {
    case stakeholders, resources, all

    var includesStakeholders: Bool { self != .resources }
    var includesResources: Bool { self != .stakeholders }
}

/// The directory's output formats (`--format`).
public enum DirectoryFormat: String, Sendable, CaseIterable {
    case csv, md, html, json, vcf
}

/// One city's plan and the model it was checked against: the model gives
/// the titles of sectors, stages and audiences, so the directory speaks the
/// framework's words rather than ids.
public struct DirectoryCity: Sendable {
    public var plan: Plan
    public var model: FrameworkModel
    /// The coverage lint computed, when the caller has it: it places
    /// resources under their stages, and holds no contact, so the filtered
    /// plan has the same one.
    public var coverage: CoverageMatrix?

    public init(plan: Plan, model: FrameworkModel, coverage: CoverageMatrix? = nil) {
        self.plan = plan
        self.model = model
        self.coverage = coverage
    }
}

/// What every exporter draws from: the plan *after* the audience filter,
/// grouped and ordered once so that all formats list the same entries in
/// the same order.
///
/// This type is the only way an exporter reaches plan data, and its
/// initialiser filters: an exporter cannot see a contact above the audience
/// even by mistake.
struct DirectoryContent: Sendable {
    struct StakeholderGroup: Sendable {
        /// nil: stakeholders that name no sector.
        var sector: String?
        var title: String
        var stakeholders: [Plan.Stakeholder]
    }

    struct ResourceGroup: Sendable {
        /// nil: resources tied to no stage.
        var stage: String?
        var title: String
        var resources: [Plan.Resource]
    }

    static let noSectorTitle = "Other stakeholders"
    static let noStageTitle = "Not tied to a stage"

    let plan: Plan
    let model: FrameworkModel
    let audience: Visibility
    /// nil when `--what` left stakeholders out (an empty list means there are none).
    let stakeholderGroups: [StakeholderGroup]?
    let resourceGroups: [ResourceGroup]?
    private let stakeholderNames: [String: String]

    init(_ city: DirectoryCity, what: DirectorySelection, audience: Visibility) {
        let plan = AudienceFilter.apply(city.plan, audience: audience)
        let model = city.model
        self.plan = plan
        self.model = model
        self.audience = audience
        var names: [String: String] = [:]
        for s in plan.stakeholders where names[s.id.value] == nil { names[s.id.value] = s.name.value }
        stakeholderNames = names
        stakeholderGroups = what.includesStakeholders ? Self.groupStakeholders(plan, model) : nil
        resourceGroups =
            what.includesResources
            ? Self.groupResources(plan, model, city.coverage ?? CoverageMatrix(plan: plan, model: model)) : nil
    }

    /// Sectors in model order, then sectors the model does not know (a plan
    /// with such errors is refused by the command, but the library still
    /// renders it sensibly), then stakeholders without a sector.
    private static func groupStakeholders(_ plan: Plan, _ model: FrameworkModel) -> [StakeholderGroup] {
        var bySector: [String: [Plan.Stakeholder]] = [:]
        var none: [Plan.Stakeholder] = []
        // A placeholder (a name still holding TODO) is not in the directory.
        for s in plan.stakeholders where !s.isPlaceholder {
            if let sector = s.sector?.value { bySector[sector, default: []].append(s) } else { none.append(s) }
        }
        let known = model.sectors.map(\.id)
        let unknown = bySector.keys.filter { model.sector($0) == nil }.sorted()
        var groups: [StakeholderGroup] = []
        for id in known + unknown {
            guard let members = bySector[id], !members.isEmpty else { continue }
            groups.append(
                StakeholderGroup(sector: id, title: model.title(ofSector: id), stakeholders: sortedByName(members)))
        }
        if !none.isEmpty {
            groups.append(StakeholderGroup(sector: nil, title: noSectorTitle, stakeholders: sortedByName(none)))
        }
        return groups
    }

    /// A resource sits under every stage where the coverage matrix counts
    /// it (it lists the stage, or an action of the stage uses it), so the
    /// directory and `gaps` agree on what is available at a stage.
    private static func groupResources(_ plan: Plan, _ model: FrameworkModel, _ coverage: CoverageMatrix)
        -> [ResourceGroup]
    {
        var placed = Set<String>()
        var groups: [ResourceGroup] = []
        for stage in coverage.stages where !stage.resources.isEmpty {
            stage.resources.forEach { placed.insert($0.id.value) }
            groups.append(
                ResourceGroup(stage: stage.stage.id, title: stage.stage.title, resources: sortedByName(stage.resources))
            )
        }
        // Stages the model does not know, then resources at no stage.
        var unknown: [String: [Plan.Resource]] = [:]
        var none: [Plan.Resource] = []
        for r in plan.resources where !placed.contains(r.id.value) && !r.isPlaceholder {
            let stages = r.stages.map(\.value).filter { model.stage($0) == nil }
            if stages.isEmpty { none.append(r) }
            for s in stages { unknown[s, default: []].append(r) }
        }
        for id in unknown.keys.sorted() {
            groups.append(ResourceGroup(stage: id, title: id, resources: sortedByName(unknown[id]!)))
        }
        if !none.isEmpty {
            groups.append(ResourceGroup(stage: nil, title: noStageTitle, resources: sortedByName(none)))
        }
        return groups
    }

    /// Alphabetical, as readers look things up in a directory; by id when
    /// names tie, so the order never depends on the plan's order. Compared
    /// by lower-cased Unicode scalars: the same bytes on every machine,
    /// whatever its locale.
    private static func sortedByName(_ items: [Plan.Stakeholder]) -> [Plan.Stakeholder] {
        sortedByKey(items) { (DirectoryText.clean($0.name.value).lowercased(), $0.id.value) }
    }

    private static func sortedByName(_ items: [Plan.Resource]) -> [Plan.Resource] {
        sortedByKey(items) { (DirectoryText.clean($0.name.value).lowercased(), $0.id.value) }
    }

    /// Sorts positions rather than the records themselves, which are large
    /// to move; UTF-8 bytes order as their scalars do.
    private static func sortedByKey<T>(_ items: [T], _ key: (T) -> (String, String)) -> [T] {
        let keys = items.map(key)
        let order = keys.indices.sorted { a, b in
            if keys[a].0 != keys[b].0 { return keys[a].0.utf8.lexicographicallyPrecedes(keys[b].0.utf8) }
            return keys[a].1.utf8.lexicographicallyPrecedes(keys[b].1.utf8)
        }
        return order.map { items[$0] }
    }

    // MARK: - Words for values

    var cityName: String { plan.city.name.map { DirectoryText.clean($0.value) } ?? "Unnamed city" }

    /// "Athens, Ohio, US": where the plan says it is.
    var cityPlace: String {
        [plan.city.name?.value, plan.city.region?.value, plan.city.country?.value].compactMap {
            $0.map(DirectoryText.clean)
        }
        .filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// A stable id for the city in vCard UIDs: letters and digits of the
    /// name, region and country, lower-cased, joined by hyphens.
    var citySlug: String {
        var out = ""
        var pendingHyphen = false
        for scalar in cityPlace.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "city" : out
    }

    func stageTitles(_ ids: LocatedStrings) -> [String] { ids.map { model.title(ofStage: $0.value) } }
    func audienceTitles(_ ids: LocatedStrings) -> [String] {
        ids.map { model.audience($0.value)?.title ?? $0.value }
    }
    func sectorTitle(_ id: Located<String>?) -> String? { id.map { model.title(ofSector: $0.value) } }

    /// The provider's name when it is a stakeholder of the plan, else its id.
    func providerName(_ resource: Plan.Resource) -> String? {
        resource.provider.map { stakeholderNames[$0.value].map(DirectoryText.clean) ?? $0.value }
    }

    /// A contact as one line: "Front desk (General enquiries)".
    static func contactLabel(_ contact: Plan.Contact) -> String {
        let name = contact.name.map(DirectoryText.clean).flatMap { $0.isEmpty ? nil : $0 }
        let role = contact.role.map(DirectoryText.clean).flatMap { $0.isEmpty ? nil : $0 }
        switch (name, role) {
        case let (n?, r?): return "\(n) (\(r))"
        case let (n?, nil): return n
        case let (nil, r?): return r
        case (nil, nil): return "Contact"
        }
    }

    /// The audience in words, for the notice on internal outputs.
    var audienceNotice: String? {
        switch audience {
        case .public: nil
        case .internal:
            "Internal edition: holds contacts marked internal. Share only within the partner organizations; do not publish."
        case .restricted:
            "Restricted edition: holds contacts marked internal and restricted. Share only with the people who need them; do not publish."
        }
    }
}

/// Plan text as the directory shows it, and the escaping of each format:
/// every plan string goes through one of these before it reaches output.
enum DirectoryText {
    /// Plan text without the leading and trailing blank space a YAML block
    /// scalar leaves (`|` keeps a final newline), which would otherwise
    /// force quoting in CSV and stray line breaks everywhere else.
    static func clean(_ text: String) -> String {
        // Ends that are ASCII and not blank: nothing to remove.
        if let first = text.utf8.first, let last = text.utf8.last, isKeptASCII(first), isKeptASCII(last) { return text }
        return cleanScalarByScalar(text)
    }

    static func cleanScalarByScalar(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(Substring(scalars))
    }

    /// An ASCII byte that is not White_Space (tab to carriage return and
    /// the space are).
    private static func isKeptASCII(_ b: UInt8) -> Bool {
        b < 0x80 && b != 0x20 && !(0x09...0x0D).contains(b)
    }

    /// Present and not blank, cleaned.
    static func present(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = clean(text)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// Free text (a description) is Markdown, where a single line break is
    /// only the author's wrapping: for plain-text outputs (CSV, vCard,
    /// HTML cells) the lines of a paragraph are joined by a space and
    /// paragraphs are separated by one blank line ("\n\n"). Addresses and
    /// hours are not prose; their line breaks are kept as written.
    static func prose(_ text: String) -> String {
        // One line: only cleaning to do.
        if !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) { return clean(text) }
        return proseLineByLine(text)
    }

    static func proseLineByLine(_ text: String) -> String {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines(clean(text)) {
            let trimmed = clean(line)
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs.joined(separator: "\n\n")
    }

    /// `prose` of present, non-blank text.
    static func presentProse(_ text: String?) -> String? {
        present(text).map(prose)
    }

    /// The lines of `text`, CRLF, CR and LF each ending one.
    static func lines(_ text: String) -> [String] {
        var out: [String] = []
        var line = String.UnicodeScalarView()
        LineBreaks.forEachScalar(in: text) { scalar in
            if scalar == "\n" || scalar == "\r" {
                out.append(String(line))
                line = String.UnicodeScalarView()
            } else {
                line.append(scalar)
            }
        }
        out.append(String(line))
        return out
    }
}
