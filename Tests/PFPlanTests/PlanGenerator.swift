import Foundation
import PFPlanLoader
import PFPlanModel

/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny generator whose whole
/// sequence follows from one 64-bit seed, on every machine and Swift
/// version. The tests need the same plan for the same seed forever (a
/// failing seed must replay), which the standard library's generators and
/// `random(in:using:)` do not promise.
struct SplitMix64: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range` (modulo: the bias is far below what a test notices).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// True `percent` times in a hundred.
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// Up to `count` distinct items, in random order.
    mutating func sample<T>(_ items: [T], _ count: Int) -> [T] {
        var pool = items
        var out: [T] = []
        while out.count < count && !pool.isEmpty { out.append(pool.remove(at: int(0...(pool.count - 1)))) }
        return out
    }

    /// Between `range.lowerBound` and `range.upperBound` distinct items.
    mutating func some<T>(_ items: [T], _ range: ClosedRange<Int>) -> [T] { sample(items, int(range)) }
}

/// A valid plan under the default framework model, made from a seed, with
/// everything the property tests need to know about it kept beside the
/// YAML: the tests compute what the outputs should say from these values,
/// never from pfplan's own reading of the file.
///
/// Valid means: no finding of severity error (warnings and infos are
/// expected and welcome: they run the rules and the redaction of findings).
/// Every contact carries a marker that names its visibility (`shown`,
/// `hiddenint`, `hiddenres`, `hiddendft` for an unmarked one, which is
/// internal) and a number unique in the plan, in its name and email, and
/// a phone whose digits are unique too (`+1 555 0V0 NNNN`, V = 1 public,
/// 2 internal, 3 restricted, 4 unmarked), so a leak is a byte search away.
/// Every person and address is invented; emails are under example.org.
struct GeneratedPlan: Sendable {
    struct Contact: Sendable {
        enum Owner: Sendable, Hashable {
            case stakeholder(String)
            case member(String)
            case pledge
            /// A referral pathway's `access` (practice.md): email and phone
            /// only, with a visibility like every contact.
            case pathway(String)
        }

        var owner: Owner
        /// What the plan says; nil: the key is left out (internal).
        var declared: Visibility?
        var token: String
        var name: String?
        var role: String?
        var email: String?
        var phone: String?
        /// The phone's digits, as a leak search looks for them.
        var phoneDigits: String?

        var visibility: Visibility { declared ?? .internal }
        var hasChannel: Bool { email != nil || phone != nil }

        /// The strings that give this contact away: the marker (in the name
        /// or the email) and the phone's digits.
        var markers: [String] {
            var out: [String] = []
            if name != nil || email != nil { out.append(token) }
            if let phoneDigits { out.append(phoneDigits) }
            return out
        }
    }

    struct Member: Sendable {
        var id: String
        var name: String?
        var title: String?
        var organization: String?
        var sector: String
        var roles: [String]
        var contact: Contact?
    }

    struct Stakeholder: Sendable {
        var id: String
        var name: String
        var sector: String
        var description: String?
        var website: String?
        var address: String?
        var stages: [String]
        var languages: [String]
        var contacts: [Contact]
    }

    struct Access: Sendable {
        var url: String?
        var phone: String?
        var email: String?
        var address: String?
        var hours: String?
    }

    struct Resource: Sendable {
        var id: String
        var name: String
        var kind: String
        var provider: String?
        var stages: [String]
        var audiences: [String]
        var languages: [String]
        var cost: String?
        var access: Access?
        var description: String?
    }

    struct Indicator: Sendable {
        var id: String
        var name: String
        var unit: String?
        var baseline: Double?
        var target: Double?
        var actual: Double?
        var source: String?
    }

    struct Action: Sendable {
        var id: String
        var title: String
        var stage: String
        var strategy: String?
        var lead: String
        var partners: [String]
        var resources: [String]
        var audiences: [String]
        var start: CalendarDate?
        var due: CalendarDate?
        var status: String?
        var budget: Int?
        var description: String?
        var indicators: [Indicator]

        /// As the status report counts it: no status is planned.
        var effectiveStatus: String { status ?? "planned" }
        var isOpen: Bool { effectiveStatus != "done" && effectiveStatus != "dropped" }
    }

    struct Pillar: Sendable {
        var id: String
        var title: String
        var strategies: [(id: String, title: String)]
    }

    /// A referral pathway: who takes part, and how referrers reach it.
    struct Pathway: Sendable {
        var id: String
        var stage: String
        var intake: String
        var team: [String]
        var access: Contact?
    }

    struct Waiver: Sendable {
        var rule: String
        var target: String?
        var reason: String
        var until: CalendarDate?
    }

    var seed: UInt64
    var cityName: String
    var region: String?
    var country: String?
    var languages: [String]
    var meets: String
    var pillars: [Pillar] = []
    var members: [Member] = []
    var stakeholders: [Stakeholder] = []
    var resources: [Resource] = []
    var actions: [Action] = []
    var pathways: [Pathway] = []
    var waivers: [Waiver] = []
    var pledgeContact: Contact?
    var hasAssessment = false
    var hostileText = false
    /// Made with `PlanGenerator.Size.large`: then all in one file, so the
    /// long lists stay long.
    var isLarge = false
    /// File name -> YAML text: `plan.yaml`, and `part.yaml` when the plan
    /// includes one (its lists come after the main file's, in order).
    var files: [String: String] = [:]

    var yaml: String { files["plan.yaml"]! }

    /// Matches every contact marker (`Contact.markers`) in an output read
    /// as the leak search reads it (lower-cased, phone separators dropped):
    /// a token, or a phone's digits. Kept beside the code that makes them.
    static let markerPattern = "((?:shown|hiddenint|hiddenres|hiddendft)[0-9]{4}|15550[1-4]0[0-9]{4})"

    var contacts: [Contact] {
        stakeholders.flatMap(\.contacts) + members.compactMap(\.contact) + [pledgeContact].compactMap { $0 }
            + pathways.compactMap(\.access)
    }
}

/// Makes `GeneratedPlan`s. The vocabulary (stages, sectors, audiences, the
/// roles, and the chair role with its sectors, found by its limits as the
/// linter finds it) is read from `Templates/frameworks/default.yaml`, so a
/// change to the model changes the plans rather than breaking them; the
/// format's own lists (statuses, kinds, costs, meeting frequencies, trends)
/// come from `PlanFormat`. Leadership size and sector shares are left to
/// chance: falling short of them is a warning, which the tests want too.
enum PlanGenerator {
    static let modelFile = TestPaths.templates + "/frameworks/default.yaml"

    /// The default model, read once.
    static let model: FrameworkModel = {
        guard let model = FrameworkModelLoader.load(file: modelFile).model else {
            fatalError("PlanGenerator: cannot read \(modelFile)")
        }
        return model
    }()

    /// Text a careful author could write that every output must show
    /// inertly: quotes, markup, Markdown, template and calendar syntax,
    /// spreadsheet formulas, right-to-left scripts, emoji, control-like
    /// layout (tab, line breaks, a bidi override). None holds "hidden",
    /// "shown" or "555", so the leak search cannot mistake it for a contact.
    static let hostile: [String] = [
        "Say \"hi\" & 'bye'",
        "<script>alert('x')</script>",
        "**bold** _em_ [link](javascript:alert(1)) `code` # not a heading",
        "| a | table | row |",
        "مدينة آمنة للجميع",
        "🙂 👩🏽‍🏫 🏳️‍🌈",
        "=cmd|' /C calc'!A0",
        "+SUM(1,2)",
        "-2+3",
        "@handle",
        "{{#x}}mustache{{/x}} {{{raw}}} {{>partial}}",
        "Ünïcödé — Ωmega 日本語",
        "C:\\path\\file",
        "tab\there",
        "two\nlines",
        "CR\r\nLF",
        "left \u{202E}right-to-left override\u{202C} back",
        "&amp; &lt;b&gt; entity text",
        "]]> <!-- comment --> <![CDATA[x]]>",
        "BEGIN:VEVENT\nEND:VCALENDAR",
        ",comma;semicolon\\backslash",
        "100% \"quoted\", with, commas",
        "  leading and trailing spaces  ",
    ]

    static let places = [
        "Harbor", "Northside", "Riverside", "Maple", "Cedar", "Lakeview", "Old Town", "Eastgate", "Fjordvik", "Qasr",
    ]
    static let bodies = [
        "Youth Network", "Family Services", "Interfaith Council", "Health Office", "Counselling Clinic",
        "Police Department",
        "Library", "Schools", "Community Radio", "Victim Support", "Emergency Office", "Tech Hub", "Welcome Center",
        "Civil Rights League", "University",
    ]
    static let firstNames = [
        "Avery", "Blair", "Casey", "Drew", "Emery", "Finley", "Harper", "Jordan", "Kai", "Noor", "Rowan", "Yara",
        "Omar", "Leila", "Sami", "Zhu",
    ]
    static let lastNames = [
        "Stone", "Moss", "Reed", "Park", "Lane", "Hart", "Quill", "Haddad", "Nakamura", "Okafor", "Silva", "Novak",
    ]
    static let cities = [
        "Brookfield", "Fallowmere", "Kestrel Bay", "Vale", "Ashby", "Marrow Point", "Lindqvist", "Saint-Éloi",
        "Al Nour",
    ]
    static let countries = ["US", "CA", "NO", "FR", "MA", "JP", "EG", "MX"]
    /// Render languages: the four pfplan ships, and one it does not (the
    /// document then falls back to English with a note).
    static let languageCodes = ["en", "es", "fr", "ar", "de"]

    /// How big a plan is.
    enum Size: Sendable {
        /// Picked from the seed: a handful of seats and entries, a town, or
        /// a city (up to 35 actions).
        case bySeed
        /// Over 512 stakeholders and actions and over 256 KiB of YAML: long
        /// enough for the paths pfplan takes only on large plans (lists
        /// decoded in chunks on every core, libyaml on a thread of its own).
        case large
    }

    static func generate(seed: UInt64, size: Size = .bySeed) -> GeneratedPlan {
        var builder = Builder(seed: seed, size: size)
        return builder.build()
    }

    struct Builder {
        var rng: SplitMix64
        var seed: UInt64
        var contactCount = 0
        var useHostile: Bool
        var sizeClass: Size
        let model = PlanGenerator.model

        init(seed: UInt64, size: Size) {
            self.seed = seed
            sizeClass = size
            var rng = SplitMix64(seed: seed)
            useHostile = rng.chance(70)
            self.rng = rng
        }

        /// Plain words, or (in a hostile plan, one time in three) words and
        /// a hostile fragment.
        mutating func text(_ base: String) -> String {
            guard useHostile, rng.chance(35) else { return base }
            return rng.chance(50) ? base + " " + rng.pick(hostile) : rng.pick(hostile) + " " + base
        }

        /// Markdown prose of one to three paragraphs.
        mutating func prose(_ subject: String) -> String {
            var paragraphs: [String] = []
            for _ in 0..<rng.int(1...3) {
                var line =
                    "\(subject): "
                    + rng.pick(["work with partners", "meet twice a term", "publish what we learn", "listen first"])
                if rng.chance(40) { line += "\n- a *list* item\n- another" }
                paragraphs.append(text(line))
            }
            return paragraphs.joined(separator: "\n\n")
        }

        mutating func person() -> String { rng.pick(firstNames) + " " + rng.pick(lastNames) }

        mutating func date(_ years: ClosedRange<Int> = 2024...2027) -> CalendarDate {
            CalendarDate(year: rng.int(years), month: rng.int(1...12), day: rng.int(1...28))
        }

        /// A contact with its markers; `named` false leaves the name out
        /// (member contacts: the member's own name is shown instead).
        mutating func contact(_ owner: GeneratedPlan.Contact.Owner, named: Bool = true) -> GeneratedPlan.Contact {
            contactCount += 1
            let n = contactCount
            let declared: Visibility? = rng.pick([.public, .internal, .restricted, nil])
            let kind: (word: String, digit: Int) =
                switch declared {
                case .public?: ("shown", 1)
                case .internal?: ("hiddenint", 2)
                case .restricted?: ("hiddenres", 3)
                case nil: ("hiddendft", 4)
                }
            let number = String(String(n + 10000).dropFirst())  // four digits
            let token = kind.word + number
            var c = GeneratedPlan.Contact(owner: owner, declared: declared, token: token)
            // Which of name, email and phone it has; 6: a name and no
            // channel (a finding then quotes the name, which the redaction
            // of findings must catch). Always at least one, so every
            // contact can be searched for.
            let shape = rng.int(0...6)
            if named && shape != 4 { c.name = text(person() + " " + token) }
            if rng.chance(40) {
                c.role = text(rng.pick(["Front desk", "Grants", "Threat assessment", "Mentor", "Liaison"]))
            }
            if shape <= 2 || (!named && shape == 4) {
                c.email = rng.pick(["\(token)@example.org", "\(token)+desk@example.org", "\(token)@mail.example.org"])
            }
            if shape == 0 || (3...5).contains(shape) {
                let body = "555 0\(kind.digit)0 \(number)"
                let formats = [
                    "+1 \(body)", "+1 (555) 0\(kind.digit)0-\(number)", "+1-555-0\(kind.digit)0-\(number)",
                    "+1.555.0\(kind.digit)0.\(number)", "+1 \(body) x12", "1 \(body)",
                ]
                c.phone = rng.pick(formats)
                c.phoneDigits = "15550\(kind.digit)0\(number)"
            }
            if c.name == nil && !c.hasChannel { c.name = text(person() + " " + token) }
            return c
        }

        mutating func build() -> GeneratedPlan {
            let stages = model.stages.map(\.id)
            let sectors = model.sectors.map(\.id)
            let audiences = model.audiences.map(\.id)
            guard let chair = model.chairRole, let chairSectors = chair.sectors, !chairSectors.isEmpty else {
                fatalError("PlanGenerator: the model has no chair role with sectors")
            }
            // Roles any member may hold: no sector rule, no maximum.
            let otherRoles = model.roles.filter { $0.id != chair.id && $0.sectors == nil && $0.max == nil }.map(\.id)

            var plan = GeneratedPlan(
                seed: seed, cityName: text(rng.pick(cities)),
                region: rng.chance(70) ? text(rng.pick(places) + " County") : nil,
                country: rng.chance(80) ? rng.pick(countries) : nil,
                languages: rng.chance(80) ? rng.some(languageCodes, 1...3) : [], meets: rng.pick(PlanFormat.meetings))
            plan.hostileText = useHostile
            plan.isLarge = sizeClass == .large

            // Sizes from a handful of seats and entries to a city-sized plan.
            let size =
                sizeClass == .large
                ? (members: 12...16, stakeholders: 520...560, resources: 30...40, actions: 520...560)
                : rng.pick([
                    (members: 1...3, stakeholders: 0...3, resources: 0...2, actions: 0...3),
                    (members: 3...8, stakeholders: 2...10, resources: 1...6, actions: 2...12),
                    (members: 5...12, stakeholders: 8...25, resources: 4...14, actions: 10...35),
                ])

            if rng.chance(40) {
                for p in 0..<rng.int(1...3) {
                    var pillar = GeneratedPlan.Pillar(
                        id: "pillar-\(p + 1)", title: text("Pillar \(p + 1)"), strategies: [])
                    for s in 0..<rng.int(0...3) {
                        pillar.strategies.append(("strategy-\(p + 1)-\(s + 1)", text("Strategy \(s + 1)")))
                    }
                    plan.pillars.append(pillar)
                }
            }
            let strategies = plan.pillars.flatMap { $0.strategies.map(\.id) }

            for i in 0..<rng.int(size.stakeholders) {
                let id = "org-\(i + 1)"
                var s = GeneratedPlan.Stakeholder(
                    id: id, name: text(rng.pick(places) + " " + rng.pick(bodies)), sector: rng.pick(sectors),
                    stages: rng.some(stages, 0...3), languages: rng.some(["en", "es", "ar", "fr", "pt-BR"], 0...2),
                    contacts: [])
                if rng.chance(60) { s.description = prose("Role") }
                if rng.chance(50) { s.website = "https://\(id).example.org/about?a=1&b=\(i)#top" }
                if rng.chance(40) {
                    s.address = text("\(i + 1) Main Street") + (rng.chance(30) ? "\nSuite \(i + 2)" : "")
                }
                for _ in 0..<rng.int(0...4) { s.contacts.append(contact(.stakeholder(id))) }
                plan.stakeholders.append(s)
            }
            let stakeholderIDs = plan.stakeholders.map(\.id)

            for i in 0..<rng.int(size.members) {
                let id = i == 0 ? "seat-chair" : "seat-\(i + 1)"
                var m = GeneratedPlan.Member(
                    id: id, name: (i == 0 || rng.chance(85)) ? text(person()) : nil,
                    sector: i == 0 ? rng.pick(chairSectors) : rng.pick(sectors),
                    roles: i == 0 ? [chair.id] : rng.some(otherRoles, 0...2))
                if rng.chance(40) {
                    m.title = text(rng.pick(["Deputy Mayor", "Director", "Officer", "Pastor", "Principal"]))
                }
                if !stakeholderIDs.isEmpty && rng.chance(70) { m.organization = rng.pick(stakeholderIDs) }
                if rng.chance(60) { m.contact = contact(.member(id), named: rng.chance(30)) }
                plan.members.append(m)
            }
            let people = plan.members.map(\.id) + stakeholderIDs

            for i in 0..<rng.int(size.resources) {
                let id = "res-\(i + 1)"
                var r = GeneratedPlan.Resource(
                    id: id,
                    name: text(
                        rng.pick(places) + " "
                            + rng.pick(["help line", "course", "grant", "guide", "data hub", "clinic"])),
                    kind: rng.pick(PlanFormat.resourceKinds), stages: rng.some(stages, 0...3),
                    audiences: rng.some(audiences, 0...4),
                    languages: rng.some(["en", "es", "ar"], 0...2))
                if !stakeholderIDs.isEmpty && rng.chance(60) { r.provider = rng.pick(stakeholderIDs) }
                if rng.chance(50) { r.cost = rng.pick(PlanFormat.costs) }
                if rng.chance(80) {
                    let n = String(String(i + 10001).dropFirst())
                    r.access = GeneratedPlan.Access(
                        url: rng.chance(60) ? "https://\(id).example.org/" : nil,
                        phone: rng.chance(50) ? "+1 555 090 \(n)" : nil,
                        email: rng.chance(40) ? "resource\(n)@example.org" : nil,
                        address: rng.chance(30) ? text("\(i + 3) Harbor Road") : nil,
                        hours: rng.chance(40) ? rng.pick(["24/7", "Mon-Fri 9-17", "by appointment"]) : nil)
                }
                if rng.chance(50) { r.description = prose("Offer") }
                plan.resources.append(r)
            }
            let resourceIDs = plan.resources.map(\.id)

            var indicatorCount = 0
            for i in 0..<rng.int(size.actions) {
                let id = "act-\(i + 1)"
                let lead = rng.pick(people)
                var a = GeneratedPlan.Action(
                    id: id,
                    title: text(
                        rng.pick([
                            "Bystander training", "Referral desk", "Town forum", "Mentoring", "Recovery fund",
                            "Listening sessions",
                        ]) + " \(i + 1)"),
                    stage: rng.pick(stages), lead: lead, partners: rng.some(people.filter { $0 != lead }, 0...3),
                    resources: rng.some(resourceIDs, 0...2), audiences: rng.some(audiences, 0...3), indicators: [])
                if !strategies.isEmpty && rng.chance(70) { a.strategy = rng.pick(strategies) }
                switch rng.int(0...3) {
                case 0: break
                case 1: a.start = date()
                case 2: a.due = date()
                default:
                    let (x, y) = (date(), date())
                    (a.start, a.due) = x < y ? (x, y) : (y, x)
                }
                if rng.chance(80) { a.status = rng.pick(PlanFormat.statuses) }
                if rng.chance(30) { a.budget = rng.int(0...90_000) }
                if rng.chance(50) { a.description = prose("Plan") }
                for _ in 0..<rng.int(0...3) {
                    indicatorCount += 1
                    var ind = GeneratedPlan.Indicator(
                        id: "ind-\(indicatorCount)",
                        name: text(rng.pick(["People trained", "Referrals", "Sessions", "Share reached"])))
                    if rng.chance(60) { ind.unit = rng.pick(["people", "sessions", "%"]) }
                    if rng.chance(60) { ind.baseline = Double(rng.int(0...20)) }
                    if rng.chance(85) { ind.target = rng.chance(10) ? (ind.baseline ?? 0) : Double(rng.int(0...120)) }
                    if rng.chance(60) { ind.actual = Double(rng.int(0...130)) + (rng.chance(20) ? 0.5 : 0) }
                    if rng.chance(40) { ind.source = text("Sign-in sheets") }
                    a.indicators.append(ind)
                }
                plan.actions.append(a)
            }

            if rng.chance(40) {
                let asOf = CalendarDate("2025-07-01")!
                let choices: [GeneratedPlan.Waiver] = [
                    .init(
                        rule: "coverage/audience-unserved", target: nil, reason: text("Served by the county."),
                        until: nil),
                    .init(
                        rule: "coverage/stage-no-actions", target: rng.pick(stages), reason: text("Led by the region."),
                        until: nil),
                    .init(
                        rule: "actions/no-indicator",
                        target: plan.actions.first { $0.indicators.isEmpty }?.id ?? "act-1",
                        reason: text("Measured elsewhere."), until: rng.chance(50) ? date() : nil),
                    .init(
                        rule: "actions/overdue",
                        target: plan.actions.first { $0.isOpen && ($0.due.map { $0 < asOf } ?? false) }?.id,
                        reason: text("Late data; accepted."), until: nil),
                    .init(
                        rule: "directory/orphan", target: stakeholderIDs.first, reason: text("Kept for the next plan."),
                        until: nil),
                    .init(
                        rule: "roles/meets-rarely", target: nil, reason: text("Meets as needed."),
                        until: CalendarDate("2025-01-31")),
                ]
                plan.waivers = rng.some(choices, 1...4)
            }
            plan.hasAssessment = rng.chance(50)
            if rng.chance(30) { plan.pledgeContact = contact(.pledge) }
            // Referral pathways, whose access is a contact like any other,
            // drawn last and from a stream of their own, so that every
            // other draw (and so every plan and cut the other tests rely
            // on) is what it was before pathways existed.
            let mainStream = rng
            rng = SplitMix64(seed: seed ^ 0x5041_5448_5741_5953)
            if !people.isEmpty && rng.chance(50) {
                for i in 0..<rng.int(1...2) {
                    let id = "path-\(i + 1)"
                    var p = GeneratedPlan.Pathway(
                        id: id, stage: rng.pick(stages), intake: rng.pick(people), team: rng.some(people, 0...3))
                    if rng.chance(80) {
                        var access = contact(.pathway(id), named: false)
                        if !access.hasChannel {  // a pathway's access has no name: give it an email to carry the marker
                            access.email = "\(access.token)@example.org"
                        }
                        access.name = nil
                        access.role = nil
                        p.access = access
                    }
                    plan.pathways.append(p)
                }
            }

            rng = mainStream

            var emitter = YAMLEmitter(plan: plan, rng: rng, hostile: useHostile)
            plan.files = emitter.files()
            return plan
        }
    }
}

/// Writes a `GeneratedPlan` as YAML: text in double quotes (escaped, so any
/// string survives exactly), ids, dates and numbers plain, lists of ids in
/// flow style, contacts and indicators in flow or block style by the seed,
/// prose sometimes as a literal block, and sometimes part of the lists in
/// an included file.
struct YAMLEmitter {
    var plan: GeneratedPlan
    var rng: SplitMix64
    var hostile: Bool
    var out: [String] = []

    init(plan: GeneratedPlan, rng: SplitMix64, hostile: Bool) {
        self.plan = plan
        self.rng = rng
        self.hostile = hostile
    }

    /// A YAML double-quoted scalar holding exactly `s`. Line breaks libyaml
    /// would fold (NEL, LS, PS) and C0 controls are escaped, like quotes
    /// and backslashes.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            case "\u{FEFF}": out += "\\uFEFF"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func flowList(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    static func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }

    mutating func line(_ indent: Int, _ text: String) { out.append(String(repeating: " ", count: indent) + text) }

    /// Prose as a literal block when it can be written as one exactly, else quoted.
    mutating func prose(_ indent: Int, _ key: String, _ value: String) {
        let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
        let literalSafe =
            !value.unicodeScalars.contains {
                $0.value < 0x20 && $0 != "\n" || [0x7F, 0x85, 0x2028, 0x2029, 0xFEFF].contains($0.value)
            }
            && !lines.contains { $0.first == " " || $0.last == " " } && value.last != "\n"
            && lines.first?.isEmpty == false
        if literalSafe && rng.chance(50) {
            line(indent, key + ": |-")
            for l in lines { out.append(l.isEmpty ? "" : String(repeating: " ", count: indent + 2) + l) }
        } else {
            line(indent, key + ": " + Self.quoted(value))
        }
    }

    /// A mapping of `pairs` (values already YAML) as a list item (`key`
    /// nil) or as the value of `key`, in flow or block style.
    mutating func mapping(_ indent: Int, _ key: String?, _ pairs: [(String, String)]) {
        let lead = key.map { $0 + ": " } ?? "- "
        if pairs.isEmpty || rng.chance(50) {
            line(indent, lead + "{" + pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}")
        } else if key == nil {
            line(indent, "- \(pairs[0].0): \(pairs[0].1)")
            for (k, v) in pairs.dropFirst() { line(indent + 2, "\(k): \(v)") }
        } else {
            line(indent, key! + ":")
            for (k, v) in pairs { line(indent + 2, "\(k): \(v)") }
        }
    }

    func contactPairs(_ c: GeneratedPlan.Contact, position: String? = nil) -> [(String, String)] {
        var pairs: [(String, String)] = []
        if let name = c.name { pairs.append(("name", Self.quoted(name))) }
        // A pledge contact has a position where others have a role.
        if let role = c.role, position == nil { pairs.append(("role", Self.quoted(role))) }
        if let position { pairs.append(("position", Self.quoted(position))) }
        if let email = c.email { pairs.append(("email", email)) }
        if let phone = c.phone { pairs.append(("phone", Self.quoted(phone))) }
        if let v = c.declared { pairs.append(("visibility", v.rawValue)) }
        return pairs
    }

    mutating func stakeholder(_ s: GeneratedPlan.Stakeholder, _ indent: Int) {
        line(indent, "- id: \(s.id)")
        let i = indent + 2
        line(i, "name: " + Self.quoted(s.name))
        line(i, "sector: \(s.sector)")
        if let d = s.description { prose(i, "description", d) }
        if let w = s.website { line(i, "website: \(w)") }
        if let a = s.address { line(i, "address: " + Self.quoted(a)) }
        if !s.stages.isEmpty || rng.chance(20) { line(i, "stages: " + Self.flowList(s.stages)) }
        if !s.languages.isEmpty { line(i, "languages: " + Self.flowList(s.languages)) }
        if !s.contacts.isEmpty || rng.chance(20) {
            line(i, "contacts:" + (s.contacts.isEmpty ? " []" : ""))
            for c in s.contacts { mapping(i + 2, nil, contactPairs(c)) }
        }
    }

    mutating func resource(_ r: GeneratedPlan.Resource, _ indent: Int) {
        line(indent, "- id: \(r.id)")
        let i = indent + 2
        line(i, "name: " + Self.quoted(r.name))
        line(i, "kind: \(r.kind)")
        if let p = r.provider { line(i, "provider: \(p)") }
        if !r.stages.isEmpty { line(i, "stages: " + Self.flowList(r.stages)) }
        if !r.audiences.isEmpty { line(i, "audiences: " + Self.flowList(r.audiences)) }
        if !r.languages.isEmpty { line(i, "languages: " + Self.flowList(r.languages)) }
        if let c = r.cost { line(i, "cost: \(c)") }
        if let a = r.access {
            var pairs: [(String, String)] = []
            if let v = a.url { pairs.append(("url", v)) }
            if let v = a.phone { pairs.append(("phone", Self.quoted(v))) }
            if let v = a.email { pairs.append(("email", v)) }
            if let v = a.address { pairs.append(("address", Self.quoted(v))) }
            if let v = a.hours { pairs.append(("hours", Self.quoted(v))) }
            mapping(i, "access", pairs)
        }
        if let d = r.description { prose(i, "description", d) }
    }

    mutating func action(_ a: GeneratedPlan.Action, _ indent: Int) {
        line(indent, "- id: \(a.id)")
        let i = indent + 2
        line(i, "title: " + Self.quoted(a.title))
        line(i, "stage: \(a.stage)")
        if let s = a.strategy { line(i, "strategy: \(s)") }
        line(i, "lead: \(a.lead)")
        if !a.partners.isEmpty { line(i, "partners: " + Self.flowList(a.partners)) }
        if !a.resources.isEmpty { line(i, "resources: " + Self.flowList(a.resources)) }
        if !a.audiences.isEmpty { line(i, "audiences: " + Self.flowList(a.audiences)) }
        if let d = a.start { line(i, "start: \(d)") }
        if let d = a.due { line(i, "due: \(d)") }
        if let s = a.status { line(i, "status: \(s)") }
        if let b = a.budget { line(i, "budget: {amount: \(b), currency: USD}") }
        if let d = a.description { prose(i, "description", d) }
        if !a.indicators.isEmpty {
            line(i, "indicators:")
            for ind in a.indicators {
                var pairs: [(String, String)] = [("id", ind.id), ("name", Self.quoted(ind.name))]
                if let v = ind.unit { pairs.append(("unit", Self.quoted(v))) }
                if let v = ind.baseline { pairs.append(("baseline", Self.number(v))) }
                if let v = ind.target { pairs.append(("target", Self.number(v))) }
                if let v = ind.actual { pairs.append(("actual", Self.number(v))) }
                if let v = ind.source { pairs.append(("source", Self.quoted(v))) }
                mapping(i + 2, nil, pairs)
            }
        }
    }

    mutating func files() -> [String: String] {
        let p = plan
        // Where the included file starts in each list (the end: nothing included).
        let split = !p.isLarge && rng.chance(30)
        func cut(_ n: Int) -> Int { split ? rng.int(0...n) : n }
        let sCut = cut(p.stakeholders.count)
        let rCut = cut(p.resources.count)
        let aCut = cut(p.actions.count)

        out = []
        line(0, "# Generated by PlanGenerator, seed \(p.seed). Every name and address is invented.")
        if hostile { line(0, "# A comment with <script>alert(1)</script> and \"quotes\" and عربي") }
        line(0, "pfplan: 1")
        if split { line(0, "include: [part.yaml]") }
        var city: [(String, String)] = [("name", Self.quoted(p.cityName))]
        if let r = p.region { city.append(("region", Self.quoted(r))) }
        if let c = p.country { city.append(("country", c)) }
        city.append(("population", String(rng.int(1...900_000))))
        if !p.languages.isEmpty { city.append(("languages", Self.flowList(p.languages))) }
        mapping(0, "city", city)
        line(0, "framework:")
        line(2, "model: default")
        line(2, "title: " + Self.quoted(p.cityName + " Prevention Framework"))
        line(2, "period: {start: 2025-01-01, end: 2026-12-31}")
        if rng.chance(60) { prose(2, "need", "Reports rose.\n\nWe act together.") }
        if rng.chance(60) { prose(2, "vision", "A city where *everyone* belongs.") }
        if !p.pillars.isEmpty {
            line(2, "pillars:")
            for pillar in p.pillars {
                line(4, "- id: \(pillar.id)")
                line(6, "title: " + Self.quoted(pillar.title))
                line(6, "goal: " + Self.quoted("Trust between residents and the city"))
                if !pillar.strategies.isEmpty {
                    line(6, "strategies:")
                    for s in pillar.strategies { line(8, "- {id: \(s.id), title: \(Self.quoted(s.title))}") }
                }
            }
        }
        if p.hasAssessment {
            let stages = PlanGenerator.model.stages.map(\.id)
            line(0, "assessment:")
            prose(2, "summary", "Incident reports and listening sessions.")
            line(2, "threats:")
            line(4, "- {title: \(Self.quoted("Hateful flyering")), trend: \(rng.pick(PlanFormat.trends))}")
            line(2, "groups-at-risk: " + Self.flowList(rng.some(PlanGenerator.model.audiences.map(\.id), 0...3)))
            line(2, "service-gaps:")
            line(4, "- {title: \(Self.quoted("No referral line in Spanish")), stage: \(rng.pick(stages))}")
        }
        if rng.chance(20) {
            line(0, "x-generator: {seed: \(p.seed), note: \(Self.quoted("extension keys are kept and ignored"))}")
        }

        line(0, "leadership:")
        line(2, "name: " + Self.quoted(p.cityName + " Prevention Group"))
        line(2, "meets: \(p.meets)")
        if rng.chance(50) { prose(2, "charter", "The group meets and reports to the council.") }
        line(2, "members:")
        for m in p.members {
            line(4, "- id: \(m.id)")
            if let n = m.name { line(6, "name: " + Self.quoted(n)) }
            if let t = m.title { line(6, "title: " + Self.quoted(t)) }
            if let o = m.organization { line(6, "organization: \(o)") }
            line(6, "sector: \(m.sector)")
            if !m.roles.isEmpty || rng.chance(30) { line(6, "roles: " + Self.flowList(m.roles)) }
            if let c = m.contact { mapping(6, "contact", contactPairs(c)) }
        }

        func section(_ key: String, _ count: Int, _ body: (inout YAMLEmitter, Int) -> Void) {
            guard count > 0 else { return }
            line(0, key + ":")
            for i in 0..<count { body(&self, i) }
        }
        section("stakeholders", sCut) { $0.stakeholder(p.stakeholders[$1], 2) }
        section("resources", rCut) { $0.resource(p.resources[$1], 2) }
        section("actions", aCut) { $0.action(p.actions[$1], 2) }
        if !p.pathways.isEmpty {
            line(0, "pathways:")
            for pathway in p.pathways {
                line(2, "- id: \(pathway.id)")
                line(4, "title: " + Self.quoted("Referral pathway " + pathway.id))
                line(4, "stage: \(pathway.stage)")
                line(4, "intake: \(pathway.intake)")
                if !pathway.team.isEmpty { line(4, "team: " + Self.flowList(pathway.team)) }
                if let access = pathway.access { mapping(4, "access", contactPairs(access)) }
                line(4, "consent: " + Self.quoted("Support is voluntary."))
            }
        }
        if !p.waivers.isEmpty {
            line(0, "waivers:")
            for w in p.waivers {
                var pairs: [(String, String)] = [("rule", w.rule)]
                if let t = w.target { pairs.append(("target", t)) }
                pairs.append(("reason", Self.quoted(w.reason)))
                if let u = w.until { pairs.append(("until", u.description)) }
                mapping(2, nil, pairs)
            }
        }
        if let c = p.pledgeContact {
            line(0, "pledge:")
            line(2, "title: " + Self.quoted(p.cityName + " pledge"))
            line(2, "entity: " + Self.quoted("The city of " + p.cityName))
            line(2, "entity-type: local-authority")
            mapping(2, "contact", contactPairs(c, position: "Pledge officer"))
            if let country = p.country { line(2, "country: \(country)") }
            line(2, "objectives: " + Self.flowList(rng.some((1...23).map(String.init), 1...4)))
            line(
                2,
                "description: "
                    + Self.quoted(
                        String(repeating: "We will welcome and include every resident. ", count: rng.int(1...12))))
        }
        var files = ["plan.yaml": out.joined(separator: "\n") + "\n"]

        if split {
            out = []
            line(0, "# Included by plan.yaml (seed \(p.seed)).")
            section("stakeholders", p.stakeholders.count - sCut) { $0.stakeholder(p.stakeholders[sCut + $1], 2) }
            section("resources", p.resources.count - rCut) { $0.resource(p.resources[rCut + $1], 2) }
            section("actions", p.actions.count - aCut) { $0.action(p.actions[aCut + $1], 2) }
            if out.count == 1 { line(0, "stakeholders: []") }
            files["part.yaml"] = out.joined(separator: "\n") + "\n"
        }
        return files
    }
}
