/// One thing a finding's sentence names: the action, the date it was due,
/// how many days ago. The English `message` is one view of a finding; the
/// plan document's plain words, a sentence from the locale files with names
/// and titles instead of ids, are another, and they read these facts, never
/// the message.
///
/// A fact has a name, the placeholder a locale's sentence writes it as
/// (`{action}`, `{due}`), and a value. Rules attach facts only where they
/// make a finding, and findings are rare beside the entries a rule walks,
/// so a rule over a large plan allocates no more than before on entries
/// that are fine.
public struct Fact: Sendable, Hashable {
    /// The placeholder's name in the locale's sentence, without braces.
    public var name: String
    public var value: Value

    public init(_ name: String, _ value: Value) {
        self.name = name
        self.value = value
    }

    public indirect enum Value: Sendable, Hashable {
        /// An id the plan defines, and what it names: shown by its name or
        /// title, never as the id.
        case id(String, Thing)
        /// A stage, sector, role or audience of the framework model: shown
        /// by its title in the page's language.
        case term(Term, String)
        /// A value of one of the plan format's own vocabularies (an
        /// action's status, how often a group meets): shown in the
        /// locale's words.
        case word(Word, String)
        /// A count: the sentence chooses the grammatical form that fits it.
        case count(Int)
        /// A calendar date, shown in the language's long form.
        case date(year: Int, month: Int, day: Int)
        /// A number with its unit, shown as the language writes numbers.
        case number(Double, Unit)
        /// Values joined as the language joins them ("a, b and c").
        case list([Value], Conjunction)
        /// A thing the plan writes without an id, by its own title (a
        /// threat with no id): shown as a named thing is.
        case title(String, Thing)
        /// Text of the plan itself, already decoded, shown as written (a
        /// country code).
        case text(String)
        /// A phrase of its own with its own facts, from the locale's
        /// `findings.phrases` (a sector need such as "one of health or
        /// mental health", inside a list of needs).
        case phrase(String, [Fact])
    }

    /// What an id names: the kinds of the plan's one id namespace.
    public enum Thing: String, Sendable, Hashable, CaseIterable {
        case member, stakeholder, resource, action, pillar, strategy, indicator, objective, threat
        case serviceGap = "service-gap"
        case consultation, pathway, agreement
        case fundingSource = "funding-source"
    }

    /// The framework model's vocabularies.
    public enum Term: String, Sendable, Hashable, CaseIterable {
        case stage, sector, role, audience
    }

    /// The plan format's own vocabularies a sentence may name.
    public enum Word: String, Sendable, Hashable, CaseIterable {
        /// `planned`, `in-progress`, `done`, `blocked`, `dropped`.
        case actionStatus = "action-status"
        /// `draft`, `negotiating`, `signed`, `expired`.
        case agreementStatus = "agreement-status"
        /// How often a group meets: `monthly`, `quarterly`...
        case frequency
        /// `program`, `service`, `hotline`...
        case resourceKind = "resource-kind"
    }

    public enum Unit: String, Sendable, Hashable {
        /// A percentage, given as its figure (34 for 34%).
        case percent
        /// A plain figure.
        case none
    }

    public enum Conjunction: String, Sendable, Hashable {
        case and, or
    }
}

extension Fact {
    public static func id(_ name: String, _ id: String, _ thing: Thing) -> Fact { Fact(name, .id(id, thing)) }
    public static func term(_ name: String, _ term: Term, _ id: String) -> Fact { Fact(name, .term(term, id)) }
    public static func word(_ name: String, _ word: Word, _ value: String) -> Fact { Fact(name, .word(word, value)) }
    public static func count(_ name: String, _ n: Int) -> Fact { Fact(name, .count(n)) }
    public static func percent(_ name: String, _ figure: Double) -> Fact { Fact(name, .number(figure, .percent)) }
    public static func text(_ name: String, _ text: String) -> Fact { Fact(name, .text(text)) }
    public static func list(_ name: String, _ values: [Value], _ joined: Conjunction = .and) -> Fact {
        Fact(name, .list(values, joined))
    }

    /// Terms of one vocabulary, joined.
    public static func terms(_ name: String, _ term: Term, _ ids: [String], _ joined: Conjunction = .and) -> Fact {
        Fact(name, .list(ids.map { .term(term, $0) }, joined))
    }
}
