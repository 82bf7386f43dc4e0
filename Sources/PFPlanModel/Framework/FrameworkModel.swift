import PFPlanLoader

/// The vocabulary a plan is checked against: stages, sectors, roles,
/// audiences and what each stage needs. Read from a model file so the
/// engine serves any multi-actor city plan, not one framework.
public struct FrameworkModel: Sendable {
    /// A title and summary in another language than the model's own.
    public struct Translation: Sendable, Hashable {
        public var title: String?
        public var summary: String?

        public init(title: String? = nil, summary: String? = nil) {
            self.title = title
            self.summary = summary
        }
    }

    public struct Term: Sendable, Hashable {
        public var id: String
        public var title: String
        public var summary: String?
        /// Language code -> title and summary in that language.
        public var translations: [String: Translation] = [:]
    }

    public enum SectorNeed: Sendable, Hashable {
        case sector(String)
        case anyOf([String])

        public var options: [String] {
            switch self {
            case .sector(let s): [s]
            case .anyOf(let s): s
            }
        }
    }

    public struct StageNeeds: Sendable, Hashable {
        public var sectors: [SectorNeed] = []
        public var minSectorsFrom: (count: Int, of: [String])?
        public var actions: Int = 0
        public var resources: (count: Int, kinds: [ResourceKind]?)?
        /// The smallest number of referral pathways (practice.md).
        public var pathways: Int = 0

        public static func == (a: StageNeeds, b: StageNeeds) -> Bool {
            a.sectors == b.sectors && a.actions == b.actions && a.pathways == b.pathways
                && a.minSectorsFrom?.count == b.minSectorsFrom?.count && a.minSectorsFrom?.of == b.minSectorsFrom?.of
                && a.resources?.count == b.resources?.count && a.resources?.kinds == b.resources?.kinds
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(sectors)
            hasher.combine(actions)
        }
    }

    public struct Stage: Sendable, Hashable {
        public var id: String
        public var title: String
        public var summary: String?
        public var needs: StageNeeds
        public var translations: [String: Translation] = [:]
    }

    public struct Role: Sendable, Hashable {
        public var id: String
        public var title: String
        public var summary: String?
        public var min: Int?
        public var max: Int?
        public var sectors: [String]?
        public var translations: [String: Translation] = [:]
    }

    public struct LeadershipNeeds: Sendable, Hashable {
        public var minMembers: Int?
        public var minSectors: Int?
        public var maxShare: (sector: String, share: Double)?
        /// The smallest share of seats the listed sectors hold together
        /// (practice.md: the community sectors, so the whole of society sits).
        public var minShare: (sectors: [String], share: Double)?
        public var meetsAtLeast: MeetingFrequency?

        public static func == (a: LeadershipNeeds, b: LeadershipNeeds) -> Bool {
            a.minMembers == b.minMembers && a.minSectors == b.minSectors && a.meetsAtLeast == b.meetsAtLeast
                && a.maxShare?.sector == b.maxShare?.sector && a.maxShare?.share == b.maxShare?.share
                && a.minShare?.sectors == b.minShare?.sectors && a.minShare?.share == b.minShare?.share
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(minMembers)
            hasher.combine(minSectors)
        }
    }

    public var id: String
    public var title: String
    public var summary: String?
    /// The language its titles and summaries are written in (`en` unless
    /// the file says otherwise); `translations` give the others.
    public var language: String = "en"
    public var translations: [String: Translation] = [:]
    /// The file it was read from, named in the document's footer.
    public var file: String
    public var stages: [Stage]
    public var sectors: [Term]
    public var roles: [Role]
    public var audiences: [Term]
    public var leadership: LeadershipNeeds

    public func stage(_ id: String) -> Stage? { stages.first { $0.id == id } }
    public func sector(_ id: String) -> Term? { sectors.first { $0.id == id } }
    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }
    public func audience(_ id: String) -> Term? { audiences.first { $0.id == id } }

    public func title(ofSector id: String) -> String { sector(id)?.title ?? id }
    public func title(ofStage id: String) -> String { stage(id)?.title ?? id }

    /// The ids a plan may use for a vocabulary of the model.
    public func ids(_ vocabulary: Vocabulary) -> [String]? {
        switch vocabulary {
        case .fixed(let values): values
        case .stages: stages.map(\.id)
        case .sectors: sectors.map(\.id)
        case .roles: roles.map(\.id)
        case .audiences: audiences.map(\.id)
        }
    }
}

/// How often the leadership group meets, from most to least often.
public enum MeetingFrequency: String, PlanVocabulary, Comparable {
    case weekly, fortnightly, monthly, bimonthly, quarterly
    case twiceYearly = "twice-yearly"
    case yearly

    /// Meetings a year, so "at least quarterly" compares as numbers.
    public var perYear: Int {
        switch self {
        case .weekly: 52
        case .fortnightly: 26
        case .monthly: 12
        case .bimonthly: 6
        case .quarterly: 4
        case .twiceYearly: 2
        case .yearly: 1
        }
    }

    public static func < (a: MeetingFrequency, b: MeetingFrequency) -> Bool { a.perYear < b.perYear }
}

/// The titles and summaries of a model in a language: each is the model's
/// own text when the language is the model's, else its translation, found
/// by the whole code (`pt-BR`) and then by its language (`pt`). A missing
/// translation falls back to the model's own text, so a document is never
/// left without a word; `missingTranslations` lists what a test requires.
extension FrameworkModel {
    /// What a model's text is about: the model itself or one of its terms.
    public enum Subject: Sendable, Hashable {
        case model
        case stage(String)
        case sector(String)
        case role(String)
        case audience(String)
    }

    /// The text of a subject and its translations.
    private func texts(_ subject: Subject) -> (title: String, summary: String?, translations: [String: Translation])? {
        switch subject {
        case .model: (title, summary, translations)
        case .stage(let id): stage(id).map { ($0.title, $0.summary, $0.translations) }
        case .sector(let id): sector(id).map { ($0.title, $0.summary, $0.translations) }
        case .role(let id): role(id).map { ($0.title, $0.summary, $0.translations) }
        case .audience(let id): audience(id).map { ($0.title, $0.summary, $0.translations) }
        }
    }

    private func translation(_ translations: [String: Translation], _ language: String) -> Translation? {
        if let t = translations[language] { return t }
        guard let dash = language.firstIndex(of: "-") else { return nil }
        return translations[String(language[..<dash])]
    }

    private func isOwnLanguage(_ language: String) -> Bool {
        language == self.language || language.split(separator: "-").first.map(String.init) == self.language
    }

    /// The title of a subject in `language`; the id when the model lacks the subject.
    public func title(of subject: Subject, language: String) -> String {
        guard let t = texts(subject) else { return Self.id(of: subject) }
        if isOwnLanguage(language) { return t.title }
        return translation(t.translations, language)?.title ?? t.title
    }

    /// The summary of a subject in `language`, when the model gives one.
    public func summary(of subject: Subject, language: String) -> String? {
        guard let t = texts(subject), let own = t.summary else { return nil }
        if isOwnLanguage(language) { return own }
        return translation(t.translations, language)?.summary ?? own
    }

    public func title(ofStage id: String, language: String) -> String { title(of: .stage(id), language: language) }
    public func title(ofSector id: String, language: String) -> String { title(of: .sector(id), language: language) }

    /// Every subject of the model, in file order: the model, stages,
    /// sectors, roles, audiences.
    public var subjects: [Subject] {
        [.model] + stages.map { .stage($0.id) } + sectors.map { .sector($0.id) } + roles.map { .role($0.id) }
            + audiences.map { .audience($0.id) }
    }

    /// Each title or summary without a translation into `language`
    /// ("stage secondary: summary"); empty for the model's own language.
    public func missingTranslations(_ language: String) -> [String] {
        guard !isOwnLanguage(language) else { return [] }
        var missing: [String] = []
        for subject in subjects {
            guard let t = texts(subject) else { continue }
            let translated = translation(t.translations, language)
            if translated?.title?.isEmpty ?? true { missing.append("\(Self.describe(subject)): title") }
            if t.summary != nil, translated?.summary?.isEmpty ?? true {
                missing.append("\(Self.describe(subject)): summary")
            }
        }
        return missing
    }

    private static func id(of subject: Subject) -> String {
        switch subject {
        case .model: ""
        case .stage(let id), .sector(let id), .role(let id), .audience(let id): id
        }
    }

    private static func describe(_ subject: Subject) -> String {
        switch subject {
        case .model: "model"
        case .stage(let id): "stage \(id)"
        case .sector(let id): "sector \(id)"
        case .role(let id): "role \(id)"
        case .audience(let id): "audience \(id)"
        }
    }
}

extension FrameworkModel {
    /// The role that chairs the group: the model's required single-seat
    /// role (`min: 1, max: 1`). Found by its limits, not by a name in Swift.
    public var chairRole: Role? { roles.first { $0.max == 1 && ($0.min ?? 0) >= 1 } }
}
