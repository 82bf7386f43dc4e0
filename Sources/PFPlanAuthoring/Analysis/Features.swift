import PFPlanLoader
import PFPlanModel
import PFPlanSupport

/// What the editor features need besides the outline: how to turn a
/// plan's places into the client's positions and URIs.
public struct FeatureContext: Sendable {
    public var outline: PlanOutline
    public var encoding: PositionEncoding
    /// The text of a file (an open buffer, else the disk), indexed.
    public var lines: @Sendable (String) -> LineIndex?
    /// The URI the client knows a file by.
    public var uri: @Sendable (String) -> String
    /// The ids of the built-in models, for `framework.model` (asked only there).
    public var builtInModels: @Sendable () -> [String]

    public init(
        outline: PlanOutline, encoding: PositionEncoding, lines: @escaping @Sendable (String) -> LineIndex?,
        uri: @escaping @Sendable (String) -> String, builtInModels: @escaping @Sendable () -> [String]
    ) {
        self.outline = outline
        self.encoding = encoding
        self.lines = lines
        self.uri = uri
        self.builtInModels = builtInModels
    }

    func range(_ r: SourceRange) -> LSPRange {
        guard let index = lines(r.file) else {
            let p = LSPPosition(line: max(0, r.start.line - 1), character: max(0, r.start.column - 1))
            return LSPRange(start: p, end: p)
        }
        return LSPRange(start: index.position(of: r.start, encoding), end: index.position(of: r.end, encoding))
    }

    /// A scalar's text without its quotes: what rename replaces.
    func innerRange(_ r: SourceRange, style: Scalar.Style) -> LSPRange {
        var inner = r
        if style == .singleQuoted || style == .doubleQuoted, r.start.line == r.end.line,
            r.end.column - r.start.column >= 2
        {
            inner.start.column += 1
            inner.end.column -= 1
        }
        return range(inner)
    }

    func location(_ r: SourceRange) -> Location { Location(uri: uri(r.file), range: range(r)) }
}

extension ValueKind {
    /// The kind in words, for completion details and hovers. Kinds the
    /// format may add later read "a value" until they are worded here.
    var phrase: String {
        switch self {
        case .text: "text"
        case .markdown: "Markdown text"
        case .integer(let minimum): minimum.map { "a whole number, at least \($0)" } ?? "a whole number"
        case .number: "a number"
        case .date: "a date (YYYY-MM-DD)"
        case .email: "an email address"
        case .url: "a web address"
        case .phone: "a phone number (quoted)"
        case .country: "a country code (ISO 3166-1)"
        case .language: "a language tag"
        case .identifier: "an id (lower-case letters, digits, hyphens)"
        case .reference(let kinds): "the id of " + kinds.map(\.rawValue).phraseWithOr
        case .choice(let vocabulary): vocabulary.phrase
        case .list(let element): "a list of " + element.phrase.droppingArticle
        case .object(let spec): "a mapping (\(spec.name))"
        case .modelName: "a built-in model id or a path to a model file"
        case .either(let a, let b): a.phrase + ", or " + b.phrase
        default: "a value"
        }
    }

    /// Whether a completion of this key should open a block below it.
    var isBlock: Bool {
        switch self {
        case .list, .object: true
        default: false
        }
    }
}

extension [String] {
    var phraseWithOr: String {
        switch count {
        case 0: "anything"
        case 1: "a " + self[0]
        default: "a " + dropLast().joined(separator: ", ") + " or " + last!
        }
    }
}

extension String {
    fileprivate var droppingArticle: String {
        for article in ["a ", "an ", "the "] where hasPrefix(article) { return String(dropFirst(article.count)) }
        return self
    }
}

extension Vocabulary {
    var phrase: String {
        if case .fixed(let values) = self { return "one of " + values.joined(separator: ", ") }
        if case .stages = self { return "a stage of the framework model" }
        if case .sectors = self { return "a sector of the framework model" }
        if case .roles = self { return "a role of the framework model" }
        if case .audiences = self { return "an audience of the framework model" }
        return "a value of the framework model"
    }
}

extension FrameworkModel {
    /// The model's terms for a vocabulary: id, title, summary. Written
    /// with `if case`, so a vocabulary the format adds later lists its
    /// ids (from `ids(_:)`) until its titles are wired here.
    func terms(_ vocabulary: Vocabulary) -> [(id: String, title: String, summary: String?)] {
        if case .stages = vocabulary { return stages.map { ($0.id, $0.title, $0.summary) } }
        if case .sectors = vocabulary { return sectors.map { ($0.id, $0.title, $0.summary) } }
        if case .roles = vocabulary { return roles.map { ($0.id, $0.title, $0.summary) } }
        if case .audiences = vocabulary { return audiences.map { ($0.id, $0.title, $0.summary) } }
        return (ids(vocabulary) ?? []).map { ($0, $0, nil) }
    }
}

// MARK: - Describing definitions

extension PlanOutline {
    /// What a defined id is, in Markdown: its kind, its name or title,
    /// and its choices (sector, kind, stage, status...) with the model's
    /// titles. Read from the definition's spec, not from a list of keys.
    func describe(_ d: FileOutline.Definition) -> String {
        var lines = ["**\(kind(of: d))** `\(d.id)`"]
        let fields = d.spec.fields
        let texts = fields.filter { if case .text = $0.kind { true } else { false } }
        if let name = (texts.filter(\.required) + texts).lazy.compactMap({ d.node[$0.key]?.scalar?.text }).first {
            lines[0] += " — " + name
        }
        for field in fields {
            guard case .choice(let vocabulary) = field.kind, let value = d.node[field.key]?.scalar?.text else {
                continue
            }
            let title = model?.terms(vocabulary).first { $0.id == value }?.title
            lines.append(
                "- \(field.key): " + (title.map { $0 == value ? "`\(value)`" : "\($0) (`\(value)`)" } ?? "`\(value)`"))
        }
        lines.append("")
        lines.append("Defined in \(PathText.lastComponent(d.range.file)) at line \(d.range.start.line).")
        return lines.joined(separator: "\n")
    }
}
