import PFPlanLoader

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds pfplan's shipped `Templates/` (models, templates, locales, schema)
/// from any working folder: a city's plans live in their own repository.
/// `--templates DIR` overrides files by name; what it lacks comes from the
/// shipped folder.
public struct TemplatesLocator: Sendable {
    public var override: String?
    public var shipped: String?

    public init(override: String? = nil, shipped: String? = TemplatesLocator.findShipped()) {
        self.override = override
        self.shipped = shipped
    }

    /// The path of a file under Templates/ (`frameworks/default.yaml`).
    public func file(_ relative: String) -> String? {
        for base in [override, shipped].compactMap({ $0 }) {
            let path = base + "/" + relative
            if FileReader.exists(path) { return path }
        }
        return nil
    }

    /// Looks, in order: `PFPLAN_TEMPLATES`; `Templates/` or
    /// `share/pfplan/Templates/` beside or above the executable (a build
    /// folder inside the checkout, or an install prefix); the checkout this
    /// binary was built from.
    public static func findShipped() -> String? {
        func valid(_ dir: String) -> Bool { FileReader.exists(dir + "/frameworks/default.yaml") }
        if let env = getenv("PFPLAN_TEMPLATES").map({ String(cString: $0) }), valid(env) { return env }
        if let exe = FileReader.realPath("/proc/self/exe") ?? CommandLine.arguments.first.flatMap(FileReader.realPath) {
            var dir = PathText.directory(of: exe)
            for _ in 0..<6 {
                for candidate in [dir + "/Templates", dir + "/share/pfplan/Templates"] where valid(candidate) { return candidate }
                let parent = PathText.directory(of: dir)
                if parent == dir { break }
                dir = parent
            }
        }
        // Sources/PFPlanModel/Framework/TemplatesLocator.swift -> checkout root.
        var root = #filePath
        for _ in 0..<4 { root = PathText.directory(of: root) }
        return valid(root + "/Templates") ? root + "/Templates" : nil
    }

    /// The ids of the models shipped in `frameworks/`.
    public func builtInModels() -> [String] { yamlStems(in: "frameworks") }

    /// The names without `.yaml` of the YAML files in a subfolder, shipped
    /// and overridden together, sorted.
    public func yamlStems(in subfolder: String) -> [String] {
        var stems = Set<String>()
        for base in [override, shipped].compactMap({ $0 }) {
            for name in FileReader.entries(of: base + "/" + subfolder) where name.hasSuffix(".yaml") {
                stems.insert(String(name.dropLast(5)))
            }
        }
        return stems.sorted()
    }
}
