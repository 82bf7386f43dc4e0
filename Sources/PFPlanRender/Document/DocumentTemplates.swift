import Mustache
import PFPlanLoader
import PFPlanModel

/// The Mustache templates of the plan document and the index page, one set
/// per output language, each file found through `TemplatesLocator` so that
/// `--templates DIR` replaces any one of them by its file name
/// (`render/html/stages.mustache`) and the rest stay shipped.
struct DocumentTemplates: Sendable {
    /// The entry templates and one partial per section of the document
    /// (cli.md's list), so a city can restyle one section without copying
    /// the whole page.
    static let partials = ["banner", "summary", "leadership", "stages", "coverage", "stakeholders", "resources", "made"]
    static let html = ["document", "index", "style"] + partials
    static let markdown = ["document"] + partials

    var htmlLibrary: MustacheLibrary?
    var markdownLibrary: MustacheLibrary?

    static func names(_ format: RenderOptions.Format) -> [String] {
        format == .html ? html : markdown
    }

    /// The HTML set is always read: the index page is HTML whatever
    /// `--format` says.
    static func load(_ locator: TemplatesLocator, formats: [RenderOptions.Format]) -> Result<DocumentTemplates, RenderFailure> {
        var set = DocumentTemplates()
        for format in Set(formats + [.html]).sorted(by: { $0.rawValue < $1.rawValue }) {
            var library = MustacheLibrary()
            for name in names(format) {
                let relative = "render/\(format.rawValue)/\(name).mustache"
                guard let path = locator.file(relative) else {
                    return .failure(RenderFailure("cannot find the template \(relative) (in --templates or pfplan's Templates folder)"))
                }
                let text: String
                switch FileReader.read(path, limit: 1 << 20) {
                case .failure(let e): return .failure(RenderFailure(e.description))
                case .success(let bytes): text = String(decoding: bytes, as: UTF8.self)
                }
                do {
                    try library.register(text, named: name)
                } catch let error as MustacheTemplate.ParserError {
                    return .failure(RenderFailure(
                        "\(path):\(error.context.lineNumber):\(error.context.columnNumber): template error: \(error.error)"))
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

    func render(_ object: Any, _ format: RenderOptions.Format, template: String = "document") -> String {
        let library = format == .html ? htmlLibrary : markdownLibrary
        // Every name was registered by `load`, so nil cannot happen; an
        // empty file is still better than a crash.
        return library?.render(object, withTemplate: template) ?? ""
    }
}
