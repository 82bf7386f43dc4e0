import PFPlanLoader
import PFPlanSupport
import PFPlanTemplates

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One of pfplan's shipped files (a model, a document template, a locale,
/// a GCM text, the schema, the starter plan), read.
public struct TemplateFile: Sendable, Equatable {
    /// Its name under Templates/: `frameworks/default.yaml`.
    public var name: String
    /// Where it came from, as findings and messages name it: the file in an
    /// override folder, or `<pfplan>/frameworks/default.yaml` for the copy
    /// inside the binary.
    public var path: String
    public var bytes: [UInt8]
    /// Whether it is the copy inside the binary (there is no file to point
    /// a plan's `$schema` line at).
    public var isEmbedded: Bool

    public init(name: String, path: String, bytes: [UInt8], isEmbedded: Bool) {
        self.name = name
        self.path = path
        self.bytes = bytes
        self.isEmbedded = isEmbedded
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Why a shipped file cannot be had.
public enum TemplateFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No override folder has it and pfplan does not ship it.
    case notFound(String)
    /// An override folder has it, but it cannot be read.
    case unreadable(FileError)

    public var description: String {
        switch self {
        case .notFound(let name): "pfplan has no file \(name) (and no --templates folder holds one)"
        case .unreadable(let error): error.description
        }
    }
}

/// pfplan's shipped files, by their name under Templates/. They are
/// compiled into the binary (`EmbeddedTemplates`), so pfplan runs from any
/// folder with nothing beside it; an override folder (`--templates DIR`,
/// `PFPLAN_TEMPLATES`) replaces any of them by name and may add new ones
/// (`locales/pt.yaml` adds a language, `frameworks/x.yaml` a model). What
/// an override folder lacks comes from the binary.
public struct TemplateFiles: Sendable {
    /// Folders whose files win over the shipped ones, the first first.
    public var overrides: [String]
    /// A folder read in place of the files inside the binary (the tests
    /// read the checkout's Templates/, which a test keeps equal to them);
    /// nil: the files inside the binary.
    public var shipped: String?

    /// How an embedded file is named in findings: not a path on disk, and
    /// plainly pfplan's own.
    public static let embeddedPrefix = "<pfplan>/"
    public static let environmentVariable = "PFPLAN_TEMPLATES"

    public init(override: String? = nil, shipped: String? = nil) {
        self.overrides = override.map { [$0] } ?? []
        self.shipped = shipped
    }

    public init(overrides: [String], shipped: String? = nil) {
        self.overrides = overrides
        self.shipped = shipped
    }

    /// The command line's set: `--templates DIR` first, then the folder
    /// `PFPLAN_TEMPLATES` names, then the files inside the binary.
    public static func commandLine(templates: String?) -> TemplateFiles {
        TemplateFiles(overrides: [templates, environmentFolder()].compactMap { $0 })
    }

    /// `PFPLAN_TEMPLATES`, unless unset or empty.
    public static func environmentFolder() -> String? {
        guard let value = getenv(environmentVariable).map({ String(cString: $0) }), !value.isEmpty else { return nil }
        return value
    }

    /// The file of that name: from the first override folder holding it,
    /// else the shipped one. A file an override folder holds but that
    /// cannot be read is an error, not a reason to fall back silently.
    public func read(_ name: String) -> Result<TemplateFile, TemplateFileError> {
        for folder in overrides {
            let path = PathText.join(folder, name)
            guard FileReader.exists(path) else { continue }
            switch FileReader.read(path, limit: TemplateFiles.maxFileBytes) {
            case .failure(let error): return .failure(.unreadable(error))
            case .success(let bytes):
                return .success(TemplateFile(name: name, path: path, bytes: bytes, isEmbedded: false))
            }
        }
        if let shipped {
            let path = PathText.join(shipped, name)
            switch FileReader.read(path, limit: TemplateFiles.maxFileBytes) {
            case .failure(let error) where error.reason == .notFound: return .failure(.notFound(name))
            case .failure(let error): return .failure(.unreadable(error))
            case .success(let bytes):
                return .success(TemplateFile(name: name, path: path, bytes: bytes, isEmbedded: false))
            }
        }
        guard let text = EmbeddedTemplates.files[name] else { return .failure(.notFound(name)) }
        return .success(
            TemplateFile(
                name: name, path: TemplateFiles.embeddedPrefix + name, bytes: Array(text.utf8), isEmbedded: true))
    }

    /// Whether any layer has a file of that name.
    public func contains(_ name: String) -> Bool {
        overrides.contains { FileReader.exists(PathText.join($0, name)) }
            || (shipped.map { FileReader.exists(PathText.join($0, name)) } ?? (EmbeddedTemplates.files[name] != nil))
    }

    /// The ids of the models: `frameworks/*.yaml`.
    public func builtInModels() -> [String] { yamlStems(in: "frameworks") }

    /// The names without `.yaml` of the YAML files in a subfolder, shipped
    /// and overridden together, sorted.
    public func yamlStems(in subfolder: String) -> [String] {
        var stems = Set<String>()
        for folder in overrides + (shipped.map { [$0] } ?? []) {
            for name in FileReader.entries(of: PathText.join(folder, subfolder)) where name.hasSuffix(".yaml") {
                stems.insert(String(name.dropLast(5)))
            }
        }
        if shipped == nil {
            let prefix = subfolder + "/"
            for name in EmbeddedTemplates.files.keys where name.hasPrefix(prefix) && name.hasSuffix(".yaml") {
                let rest = name.dropFirst(prefix.count).dropLast(5)
                if !rest.contains("/") { stems.insert(String(rest)) }
            }
        }
        return stems.sorted()
    }

    /// The largest override file read (the shipped ones are far smaller).
    static let maxFileBytes = 16 << 20
}
