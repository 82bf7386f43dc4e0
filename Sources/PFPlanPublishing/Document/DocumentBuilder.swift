import Mustache
import PFPlanFormats
import PFPlanLoader
import PFPlanModel

/// What the document templates read: named fields holding texts, flags,
/// lists and further views, read by swift-mustache as they are. Templates
/// name a view's own fields with a leading dot (`{{.title}}`), so a field
/// the view lacks renders as nothing instead of being looked for in the
/// views around it; only the labels (`{{L.x}}`) are looked up the stack,
/// and only in headings, never in the rows of a long list.
///
/// Field names say what a value holds: plain text (escaped by `{{.x}}` in
/// HTML, already escaped for Markdown and inserted with `{{{.x}}}`);
/// `...Markup`, HTML or Markdown that pfplan made from plan text (safe by
/// construction: a value of a card or a table cell is one such field, so
/// a row costs a few tags); `href`, a link target `Escape.safeURL` accepted
/// (or a file beside the page); `is...`/`has...`, flags, which open a
/// section without entering a new view. A field that is absent closes its
/// section.
///
/// A dictionary with one wrapper around it, and texts in a `Text`: swift-
/// mustache casts every value it meets to several protocols, and a plain
/// struct answers those casts at once where a generic dictionary and a
/// `String` took most of the rendering time.
struct View: MustacheParent, ExpressibleByDictionaryLiteral {
    private(set) var fields: [String: Any]

    init() { fields = [:] }

    init(dictionaryLiteral elements: (String, Any)...) {
        fields = [:]
        fields.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    /// Texts (and lists of texts) are stored as `Text`; nil removes the field.
    subscript(key: String) -> Any? {
        get { fields[key] }
        set {
            switch newValue {
            case let text as String: fields[key] = Text(text)
            case let texts as [String]: fields[key] = texts.map(Text.init)
            default: fields[key] = newValue
            }
        }
    }

    var isEmpty: Bool { fields.isEmpty }

    func child(named name: String) -> Any? { fields[name] }
}

/// A text as Mustache renders it: the string itself, found with one cast.
struct Text: MustacheCustomRenderable {
    let value: String
    init(_ value: String) { self.value = value }
    var renderText: String { value }
    var isNull: Bool { false }
}

/// How plan text enters one output language. HTML templates escape `{{x}}`
/// themselves, so text stays plain; Markdown templates use `{{{x}}}` only,
/// so text is escaped here. Markdown fields become HTML or clean Markdown
/// through `MarkdownText`, never raw.
struct OutputStyle: Sendable {
    enum Language: Sendable { case html, markdown }
    var language: Language

    static let html = OutputStyle(language: .html)
    static let markdown = OutputStyle(language: .markdown)

    var isHTML: Bool { language == .html }

    func text(_ s: String) -> String {
        switch language {
        case .html: s
        case .markdown: MarkdownEscape.inline(s.trimmingSpaces)
        }
    }

    func text(_ s: String?) -> String? { s.map { text($0) } }

    func markup(_ source: String?) -> String? {
        guard let source, source.hasTextBesideSpaces else { return nil }
        let parsed = MarkdownText(source)
        switch language {
        case .html: return parsed.html
        case .markdown: return parsed.markdown
        }
    }
}

/// Everything one city's document is made from, after the audience filter,
/// the removal of placeholders and the redaction of findings: nothing here
/// can hold a hidden contact or show a `TODO` as if it were real.
struct CityInput: Sendable {
    var plan: Plan
    var model: FrameworkModel
    var words: ModelWords
    var coverage: CoverageMatrix
    /// Open and waived findings, already redacted for the audience.
    var diagnostics: [Diagnostic]
    /// Stages not covered whose coverage findings the group waived.
    var acceptedStages: Set<String>
    /// Findings that refused rendering and were overridden by `--force`.
    var blocking: [Diagnostic]
    /// No adoption date, or open `draft/*` findings.
    var draft: DraftState
    var slug: String
    var displayFile: String
    var localization: Localization
    var audience: Visibility
    var asOf: CalendarDate
    var toolVersion: String
    var formats: [RenderOptions.Format]
    var pictures: Pictures
    /// Ids in words, made once for every output of the city.
    var names: NameIndex
    /// The counts of the "at a glance" card and the index.
    var figures: PlanFigures
    /// The locale's labels, made once per render.
    var labels: DocumentLabels

    struct Pictures: Sendable {
        var coverage: String
        var leadership: String
        var timeline: String
    }
}

/// Why a plan is still a draft: not adopted, or open `draft/*` findings.
struct DraftState: Sendable, Equatable {
    var notAdopted: Bool
    var openDraftFindings: Int
    var isDraft: Bool { notAdopted || openDraftFindings > 0 }

    init(plan: Plan, openDiagnostics: [Diagnostic]) {
        notAdopted = plan.framework.adopted == nil
        openDraftFindings = openDiagnostics.count { $0.rule.group == "draft" }
    }
}

/// Builds the view of a city's document in one output language. The
/// sections live in the `DocumentBuilder+...` files, one group each.
struct DocumentBuilder {
    var input: CityInput
    var style: OutputStyle
    /// The locale's document labels for `{{L.x}}`.
    let labelTree: View
    /// The same labels by key (`glance.adopted`), escaped for the output.
    let labelTexts: [String: String]
    /// Dates in words, each made once: thousands of actions share a few
    /// hundred dates, and a date in words is a locale look-up per part.
    private let dateWords = DateWords()

    init(input: CityInput, style: OutputStyle) {
        self.input = input
        self.style = style
        labelTexts = style.isHTML ? input.labels.html : input.labels.markdown
        labelTree = labelView(labelTexts)
    }

    var plan: Plan { input.plan }
    var model: FrameworkModel { input.model }
    var words: ModelWords { input.words }
    var loc: Localization { input.localization }
    var names: NameIndex { input.names }

    // MARK: - Words

    /// A label of the locale's `document` section, escaped for the output.
    func t(_ key: String) -> String { labelTexts[key] ?? style.text(loc.string("document." + key)) }
    func t(_ key: String, _ values: [String: String]) -> String { style.text(loc.string("document." + key, values)) }
    /// A counted label (`document.<key>.<plural category>`).
    func count(_ key: String, _ n: Int, _ values: [String: String] = [:]) -> String {
        style.text(loc.count("document." + key, n, values))
    }

    func date(_ d: CalendarDate) -> String { dateWords.words(d, loc) }

    /// A figure as the locale writes it: whole, or with two decimals.
    /// A figure with its unit ("68 people"); a percentage as the page's
    /// language writes it ("68%", "68 %", "٦٨٪"), whether the plan says
    /// `percent` or `%`. Other units are the plan's own words.
    func figure(_ x: Double, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return number(x) }
        if Self.isPercent(unit) { return loc.string("finding-words.percent", ["number": number(x)]) }
        return number(x) + " " + unit
    }

    static func isPercent(_ unit: String) -> Bool {
        ["%", "percent", "per cent", "percentage", "pct"].contains(
            unit.trimmingCharacters(in: .whitespaces).lowercased())
    }

    func number(_ x: Double) -> String {
        x == x.rounded() ? loc.number(x, fractionDigits: 0) : loc.number(x, fractionDigits: 2)
    }

    /// Items joined as the locale joins them, escaped; nil when there are none.
    func list(_ items: [String]) -> String? {
        items.isEmpty ? nil : style.text(loc.list(items))
    }

    /// The names of ids that the page may show, placeholders left out.
    func nameList(_ ids: LocatedStrings) -> String? { list(ids.compactMap { names.shown($0.value) }) }

    /// A language code in words ("Spanish"), the code itself when the
    /// locale has no name for it.
    func languageName(_ code: String) -> String { loc.term("common.language-names", code) }

    func dateSpan(start: CalendarDate?, due: CalendarDate?) -> String? {
        switch (start, due) {
        case (let s?, let d?): t("date-span.range", ["start": date(s), "due": date(d)])
        case (let s?, nil): t("date-span.from", ["start": date(s)])
        case (nil, let d?): t("date-span.by", ["due": date(d)])
        case (nil, nil): nil
        }
    }

    // MARK: - Pieces of views

    /// One fact of a card: a label and a single-line value (text, a link,
    /// or text of another direction such as an email address).
    func fact(_ labelKey: String, _ value: String?, href: String? = nil, ltr: Bool = false, mark: String? = nil)
        -> Fact?
    {
        guard let value else { return nil }
        return Fact(
            label: t(labelKey), valueMarkup: Value.markup(value, href: href, ltr: ltr, mark: mark, isHTML: style.isHTML)
        )
    }

    /// A fact whose value is a block of Markdown from the plan.
    func block(_ labelKey: String, _ source: String?) -> Fact? {
        guard let markup = style.markup(source) else { return nil }
        return Fact(label: t(labelKey), valueMarkup: markup, isBlock: true)
    }

    /// A card's facts as one piece of output (`factsMarkup`): an HTML
    /// description list, or Markdown list lines with the blocks after
    /// them. nil when there are none. A card has a handful of facts and a
    /// plan thousands of cards: one field per card, not two tags per fact.
    func factList(_ facts: [Fact?]) -> String? {
        let items = facts.compactMap { $0 }
        guard !items.isEmpty else { return nil }
        var out = ""
        if style.isHTML {
            out += "<dl class=\"facts\">\n"
            for f in items { out += "<dt>" + Escape.html(f.label) + "</dt><dd>" + f.valueMarkup + "</dd>\n" }
            out += "</dl>"
        } else {
            for f in items {
                out +=
                    f.isBlock
                    ? "\n**" + f.label + ":**\n\n" + f.valueMarkup + "\n"
                    : "- **" + f.label + ":** " + f.valueMarkup + "\n"
            }
        }
        return out
    }

    /// A contact's channels as facts (email and phone as links).
    func channels(email: String?, phone: String?, url: String? = nil, hours: String? = nil, address: String? = nil)
        -> [Fact]
    {
        [
            fact("email", style.text(email), href: email.flatMap { Escape.safeURL("mailto:" + $0) }, ltr: true),
            fact("phone", style.text(phone), href: phone.flatMap(Escape.telURL), ltr: true),
            fact("website", style.text(url), href: url.flatMap(Escape.safeURL), ltr: true),
            fact("hours", style.text(hours)),
            fact("address", style.text(address)),
        ].compactMap { $0 }
    }

    /// A link inside the page (`#action-x`) to a named thing.
    func link(_ text: String, anchor: String) -> View {
        ["text": text, "href": "#" + anchor]
    }

    /// A table whose column labels are `document.<key>` labels.
    func table(caption: String, captionHidden: Bool = false, columns: [Column]) -> Table {
        Table(
            caption: caption, captionHidden: captionHidden, columns: columns, labels: columns.map { t($0.key) },
            isHTML: style.isHTML)
    }

    /// The empty-section sentence.
    func empty(_ key: String) -> View { ["empty": t("empty." + key)] }
}

/// A memo of `Localization.date`, for one builder (one thread).
private final class DateWords {
    var known: [CalendarDate: String] = [:]

    func words(_ d: CalendarDate, _ loc: Localization) -> String {
        if let w = known[d] { return w }
        let w = loc.date(d)
        known[d] = w
        return w
    }
}

/// The labels of one locale section by key without the prefix
/// (`glance.adopted`), each escaped for the output language: made once per
/// locale for every city of a render.
func labelTexts(_ loc: Localization, prefix: String, style: OutputStyle) -> [String: String] {
    var out: [String: String] = [:]
    for key in Set(loc.strings.keys).union(loc.fallback.keys) where key.hasPrefix(prefix) {
        out[String(key.dropFirst(prefix.count))] = style.text(loc.string(key))
    }
    return out
}

/// Labels as nested views, so templates write `{{L.sections.glance}}`.
func labelView(_ texts: [String: String]) -> View {
    var root = View()
    for key in texts.keys.sorted() {
        insert(&root, key.split(separator: ".").map(String.init)[...], texts[key]!)
    }
    return root
}

/// The labels of one locale section as nested views, each escaped for the
/// output language.
func labels(_ loc: Localization, prefix: String, style: OutputStyle) -> View {
    labelView(labelTexts(loc, prefix: prefix, style: style))
}

/// A locale's document labels for both output languages.
struct DocumentLabels: Sendable {
    var html: [String: String]
    var markdown: [String: String]

    init(_ loc: Localization) {
        html = labelTexts(loc, prefix: "document.", style: .html)
        markdown = labelTexts(loc, prefix: "document.", style: .markdown)
    }
}

private func insert(_ dict: inout View, _ path: ArraySlice<String>, _ value: String) {
    guard let head = path.first else { return }
    if path.count == 1 {
        // A key that is both a text and a section (never in shipped
        // locales): the section wins, so deeper labels stay reachable.
        if dict[head] == nil { dict[head] = value }
        return
    }
    var child = dict[head] as? View ?? View()
    insert(&child, path.dropFirst(), value)
    dict[head] = child
}

/// A fact of a card: its label (plain text, in the page's language) and
/// its value as output (`Value.markup`, or a block of plan Markdown).
struct Fact {
    var label: String
    var valueMarkup: String
    var isBlock = false
}

/// Paths as a document shows them: what the user typed when it was
/// relative, else only the last two parts, so a published page never
/// carries a home folder (and a user name) from the machine it was made on.
enum DisplayPath {
    static func short(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let parts = path.split(separator: "/")
        return parts.suffix(2).joined(separator: "/")
    }
}
