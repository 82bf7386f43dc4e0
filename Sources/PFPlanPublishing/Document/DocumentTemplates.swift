import Mustache
import PFPlanLoader
import PFPlanModel

/// The Mustache templates of the plan document and the index page, one set
/// per output language, each file read through `TemplateFiles` so that
/// `--templates DIR` replaces any one of them by its file name
/// (`render/html/stages.mustache`) and the rest stay shipped.
struct DocumentTemplates: Sendable {
    /// The entry templates and one partial per section of the document
    /// (document.md's order), so a city can restyle one section without
    /// copying the whole page, and the pieces the sections share: the
    /// banners, the downloads, a table, a finding, a picture.
    static let partials = DocumentBuilder.sectionOrder + ["banners", "downloads", "table", "finding", "figure"]
    static let html = ["document", "index", "style"] + partials
    static let markdown = ["document"] + partials

    var htmlLibrary: MustacheLibrary?
    var markdownLibrary: MustacheLibrary?

    static func names(_ format: RenderOptions.Format) -> [String] {
        format == .html ? html : markdown
    }

    /// The HTML set is always read: the index page is HTML whatever
    /// `--format` says.
    static func load(_ files: TemplateFiles, formats: [RenderOptions.Format]) -> Result<
        DocumentTemplates, RenderFailure
    > {
        _ = DocumentTemplates.registerHTMLContentType
        var set = DocumentTemplates()
        for format in Set(formats + [.html]).sorted(by: { $0.rawValue < $1.rawValue }) {
            var library = MustacheLibrary()
            for name in names(format) {
                let relative = "render/\(format.rawValue)/\(name).mustache"
                let path: String
                let text: String
                switch files.read(relative) {
                case .failure(.notFound): return .failure(RenderFailure("pfplan has no template \(relative)"))
                case .failure(let error): return .failure(RenderFailure(error.description))
                case .success(let file): (path, text) = (file.path, file.text)
                }
                do {
                    try library.register(text, named: name)
                } catch let error as MustacheTemplate.ParserError {
                    return .failure(
                        RenderFailure(
                            "\(path):\(error.context.lineNumber):\(error.context.columnNumber): template error: \(error.error)"
                        ))
                } catch {
                    return .failure(RenderFailure("\(path): template error: \(error)"))
                }
            }
            switch format {
            case .html: set.htmlLibrary = library
            case .md: set.markdownLibrary = library
            }
        }
        return .success(set)
    }

    /// `{{%CONTENT_TYPE: PFPLAN_HTML}}`, the first line of the shipped HTML
    /// templates. Registered once, before the first template is read.
    static let registerHTMLContentType: Void = MustacheContentTypes.register(PlainOrHTMLEscaped(), named: "PFPLAN_HTML")

    func render(_ view: View, _ format: RenderOptions.Format, template: String = "document") -> String {
        let library = format == .html ? htmlLibrary : markdownLibrary
        // Every name was registered by `load`, so nil cannot happen; an
        // empty file is still better than a crash.
        return library?.render(view, withTemplate: template) ?? ""
    }
}

/// Mustache's own HTML escaping, minus its cost on text with nothing to
/// escape. Mustache rebuilds every `{{x}}` value character by character
/// with a table look-up each, which was a third of rendering a plan's HTML
/// page; most values hold none of the five characters it replaces, and a
/// text without their bytes cannot hold them, so it is handed back as it
/// is. Any other text is escaped exactly as the library does it (by
/// character, so a `<` that carries a combining mark, one character, stays
/// as it is): the bytes are those of the default `CONTENT_TYPE: HTML`, and
/// a city's template override without the line escapes the same, only
/// slower. A test renders both ways and compares.
struct PlainOrHTMLEscaped: MustacheContentType {
    func escapeText(_ text: String) -> String {
        let special = text.utf8.contains { b in
            b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "\"")
                || b == UInt8(ascii: "'")
        }
        guard special else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
