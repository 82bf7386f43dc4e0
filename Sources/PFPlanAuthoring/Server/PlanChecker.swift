import PFPlanLoader
import PFPlanModel
import PFPlanSupport

/// Checks plans as the editor holds them: `Linter.lint`, the code `pfplan
/// lint` runs, reading open buffers before the disk. Keeps, per plan, the
/// last result and the files it touched, so diagnostics can be published
/// for each and cleared when they are no longer touched.
struct PlanChecker {
    struct Checked {
        var result: LintResult
        /// Open findings by file (normalised path).
        var findings: [String: [Diagnostic]]
        /// Every file the plan's check read or reported on.
        var touched: Set<String>
    }

    var options: LintOptions
    /// `--root`, or nil: then a workspace folder holding the plan, else lint's default.
    var rootOverride: String?
    var workspaceFolders: [String] = []
    private(set) var checked: [String: Checked] = [:]

    init(options: LintOptions, rootOverride: String?) {
        self.options = options
        self.rootOverride = rootOverride
    }

    func root(for plan: String) -> String {
        if let rootOverride { return rootOverride }
        for folder in workspaceFolders.sorted(by: { $0.count > $1.count }) {
            let f = folder.hasSuffix("/") ? folder : folder + "/"
            if plan.hasPrefix(f) { return folder }
        }
        return Linter.defaultRoot(for: plan)
    }

    /// Lints one plan over the given buffers.
    mutating func check(_ plan: String, buffers: [String: [UInt8]]) -> Result<Checked, LintFailure> {
        var lintOptions = options
        lintOptions.root = root(for: plan)
        lintOptions.sources = OverlaySources(buffers: buffers)
        switch Linter.lint(plan, options: lintOptions) {
        case .failure(let failure):
            checked[plan] = nil
            return .failure(failure)
        case .success(let result):
            var findings: [String: [Diagnostic]] = [:]
            for d in result.openDiagnostics { findings[PathText.normalize(d.range.file), default: []].append(d) }
            var touched = Set(result.sources.keys.map(PathText.normalize))
            touched.insert(PathText.normalize(plan))
            touched.formUnion(findings.keys)
            let entry = Checked(result: result, findings: findings, touched: touched)
            checked[plan] = entry
            return .success(entry)
        }
    }

    mutating func forget(_ plan: String) { checked[plan] = nil }

    /// The plans whose last check read this file.
    func plans(touching file: String) -> [String] {
        checked.filter { $0.value.touched.contains(file) }.map(\.key).sorted()
    }
}

/// Whether a text is a plan (its top level has `pfplan:`), as opposed to
/// a file a plan includes: read from the first lines, no parse needed.
enum PlanKind {
    static func isPlan(_ bytes: [UInt8], path: String) -> Bool {
        let name = PathText.lastComponent(path)
        if name == "plan.yaml" || name == "plan.yml" { return true }
        let key = Array("pfplan:".utf8)
        var lineStart = true
        for i in bytes.indices {
            if lineStart, bytes.count - i >= key.count, bytes[i] == key[0], bytes[i..<i + key.count].elementsEqual(key)
            {
                return true
            }
            lineStart = bytes[i] == 0x0A
        }
        return false
    }
}
