import PFPlanLoader
import PFPlanModel

/// A finding's fact (`PFPlanLoader.Fact`): in this module `Fact` is a card's
/// label and value (DocumentBuilder.swift).
typealias FindingFact = PFPlanLoader.Fact

/// A finding as a sentence about the city, in the page's language: what
/// the public and internal editions of the plan document show instead of
/// the linter's message (document.md, "Plain words in the public edition").
///
/// The sentence comes from the locale's `findings` section, one per rule
/// (`findings.actions.overdue`), or one per variant for a rule with
/// several (`findings.actions.outside-period.early`). Its placeholders are
/// the finding's facts (`FindingFact`), each in words:
///
/// - an id: the thing's name or title (titles in the locale's quotation
///   marks), never the id; an id this edition of the plan does not hold
///   reads as `finding-words.unnamed.<kind>` ("an organisation");
/// - a stage, sector, role or audience: its title in the language, and
///   `{name.lower}` the title with a lower-case first letter, for the
///   middle of a sentence in languages that capitalise titles;
/// - a status or a frequency: the locale's word for it;
/// - a count: `<sentence>.<name>.<plural category>` when the sentence gives
///   its counted forms ("1 day", "2 days"), else the number;
/// - a date, a number, a percentage: as the language writes them;
/// - a list: its items joined by the locale's separator and its "and" or
///   "or".
///
/// Findings about the file rather than the city (yaml/*, schema/*,
/// include/*, refs/*) read as one sentence per group, `findings.<group>`:
/// their facts are keys, lines and ids, which the reader cannot act on.
/// No sentence carries a rule id, a file or a line: the restricted edition
/// adds those beside it (`FindingText.reference(for:)`). In a right-to-left
/// language the plan's own names are isolated (FSI ... PDI), so a Latin
/// name does not pull the punctuation around it to the wrong side.
struct PlainWords: Sendable {
    var localization: Localization
    /// The name or title of an id, as this edition of the plan holds it; nil
    /// for an id it does not define.
    var name: @Sendable (String) -> String?
    /// A stage's, sector's, role's or audience's title in the page's language.
    var title: @Sendable (FindingFact.Term, String) -> String

    /// The groups whose findings are about the file: one sentence each.
    static let fileGroups: Set<Substring> = ["yaml", "schema", "include", "refs"]

    /// The kinds of thing shown by a title (in quotation marks) rather
    /// than a proper name.
    static let titled: Set<FindingFact.Thing> = [
        .action, .objective, .threat, .serviceGap, .pathway, .agreement, .indicator, .consultation, .pillar, .strategy,
    ]

    func sentence(for d: Diagnostic) -> String {
        let group = d.rule.group
        if Self.fileGroups.contains(group) { return localization.string("findings." + group) }
        let base = Self.key(for: d)
        guard let template = text(base) ?? text(base + ".text") else {
            return localization.string("finding-words.other")
        }
        return compose(template, base: base, facts: d.facts)
    }

    /// `findings.actions.outside-period.early` for a finding of
    /// `actions/outside-period` with the variant `early`.
    static func key(for d: Diagnostic) -> String {
        key(rule: d.rule, variant: d.variant)
    }

    static func key(rule: RuleID, variant: String?) -> String {
        var key = "findings." + rule.rawValue.replacingOccurrences(of: "/", with: ".")
        if let variant { key += "." + variant }
        return key
    }

    // MARK: - Filling a sentence

    /// The template with each fact in words. A count takes its counted
    /// form `<base>.<name>` when the locale gives one.
    /// `lower`: a phrase inside a `{name.lower}` placeholder shows its
    /// own terms lower-cased too.
    private func compose(_ template: String, base: String, facts: [FindingFact], lower: Bool = false) -> String {
        var values: [String: String] = [:]
        var opensWithFallback = false
        for fact in facts {
            var fallback = false
            if case .count(let n) = fact.value, has(base + "." + fact.name + ".other") {
                values[fact.name] = localization.count(base + "." + fact.name, n)
            } else {
                values[fact.name] = words(fact.value, lower: lower, fallback: &fallback)
            }
            if template.contains("{" + fact.name + ".lower}") {
                var ignored = false
                values[fact.name + ".lower"] = words(fact.value, lower: true, fallback: &ignored)
            }
            if fallback && template.hasPrefix("{" + fact.name) { opensWithFallback = true }
        }
        let filled = Localization.fill(template, values)
        return opensWithFallback ? Self.capitalized(filled) : filled
    }

    private func words(_ value: FindingFact.Value, lower: Bool, fallback: inout Bool) -> String {
        switch value {
        case .id(let id, let thing):
            guard let name = name(id) else {
                fallback = true
                return localization.string("finding-words.unnamed." + thing.rawValue)
            }
            return quoted(name, thing)
        case .title(let title, let thing):
            return quoted(title, thing)
        case .term(let term, let id):
            let title = title(term, id)
            return lower ? Self.lowered(title) : title
        case .word(let word, let value):
            let key = Self.wordSection(word) + value
            return has(key) ? localization.string(key) : value
        case .count(let n):
            return localization.number(n)
        case .date:
            return value.calendarDate.map(localization.date) ?? ""
        case .number(let x, let unit):
            let figure =
                x == x.rounded() && abs(x) < 1e15
                ? localization.number(Int(x)) : localization.number(x, fractionDigits: 1)
            return unit == .percent ? localization.string("finding-words.percent", ["number": figure]) : figure
        case .list(let items, let conjunction):
            var ignored = false
            return join(items.map { words($0, lower: lower, fallback: &ignored) }, conjunction)
        case .text(let text):
            return isolated(text)
        case .phrase(let key, let facts):
            let base = "finding-words." + key
            guard let template = text(base) ?? text(base + ".text") else { return "" }
            return compose(template, base: base, facts: facts, lower: lower)
        }
    }

    private func quoted(_ name: String, _ thing: FindingFact.Thing) -> String {
        let name = isolated(name)
        return Self.titled.contains(thing) ? localization.string("finding-words.quote", ["text": name]) : name
    }

    /// The plan's own text in a right-to-left sentence, between the
    /// Unicode isolates (FSI, PDI): a Latin name keeps its own direction,
    /// and the punctuation around it stays where the sentence puts it.
    private func isolated(_ text: String) -> String {
        localization.isRightToLeft ? "\u{2068}" + text + "\u{2069}" : text
    }

    /// Where the locale keeps the words of a format vocabulary: the same
    /// words the document's sections use.
    static func wordSection(_ word: FindingFact.Word) -> String {
        switch word {
        case .actionStatus: "common.status."
        case .agreementStatus: "document.agreement-statuses."
        case .frequency: "document.meets-every."
        case .resourceKind: "common.resource-kind."
        }
    }

    /// "a, b and c": the locale's separator, then its word for the last
    /// item. Spanish writes "e" before an "i" sound and "u" before an "o".
    private func join(_ items: [String], _ conjunction: FindingFact.Conjunction) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        var last = localization.string("finding-words." + conjunction.rawValue)
        if PluralRules.base(localization.code) == "es" {
            last = Self.spanishConjunction(last, before: items[items.count - 1])
        }
        return items.dropLast().joined(separator: localization.string("common.list-separator")) + last
            + items[items.count - 1]
    }

    static func spanishConjunction(_ word: String, before next: String) -> String {
        let start = next.drop { !$0.isLetter }.lowercased()
        let sound = start.hasPrefix("h") ? String(start.dropFirst()) : start
        switch word {
        case " y "
        where (sound.hasPrefix("i") || sound.hasPrefix("í")) && !sound.hasPrefix("ia") && !sound.hasPrefix("ie")
            && !sound.hasPrefix("io"):
            return " e "
        case " o " where sound.hasPrefix("o") || sound.hasPrefix("ó"):
            return " u "
        default:
            return word
        }
    }

    // MARK: - Letters

    /// "Youth organisations" -> "youth organisations"; "LGBTQ+ people"
    /// and other titles that open with a capital abbreviation stay.
    static func lowered(_ title: String) -> String {
        guard let first = title.first, first.isUppercase else { return title }
        let second = title.dropFirst().first
        if let second, second.isUppercase || second.isNumber { return title }
        return first.lowercased() + title.dropFirst()
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    // MARK: - Keys

    /// The locale's text of a key, else English's; nil when neither has it.
    private func text(_ key: String) -> String? {
        localization.strings[key] ?? localization.fallback[key]
    }

    private func has(_ key: String) -> Bool { localization.has(key) }
}
