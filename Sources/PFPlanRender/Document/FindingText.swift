import PFPlanLoader
import PFPlanModel

/// The one place a finding becomes words in the plan document: the
/// "open points", the accepted findings and the `--force` banner all go
/// through `sentence(for:)`.
///
/// This is the seam for plain words (document.md, "Plain words in the
/// public edition"): a finding is to read as a sentence about the city,
/// from the locale files, with names and titles instead of ids. Until the
/// `PlainWords` function that does that exists, the sentence is the
/// finding's message, which is English and may hold ids; what never
/// appears, in any edition, is the rule id, the file or the line. The
/// restricted edition, made for the team that edits the plan, adds them
/// through `reference(for:)`.
struct FindingText: Sendable {
    var localization: Localization
    var names: NameIndex
    var words: ModelWords
    var audience: Visibility
    /// The plan's own file, so a reference names an included file by its
    /// path from the plan's folder.
    var planFile: String

    /// The finding as a sentence in the page's language (see above: the
    /// message, for now).
    func sentence(for d: Diagnostic) -> String {
        d.message
    }

    /// "roles/sector-share, plan.yaml:134" in the restricted edition; nil
    /// in the others, which never show a rule id, a file or a line.
    func reference(for d: Diagnostic) -> String? {
        guard audience == .restricted else { return nil }
        let planDir = PathText.directory(of: planFile)
        var file = d.range.file
        if file.hasPrefix(planDir + "/") { file = String(file.dropFirst(planDir.count + 1)) } else { file = DisplayPath.short(file) }
        // ASCII digits: the line as the editor shows it.
        return d.rule.rawValue + ", " + file + ":" + String(d.range.start.line)
    }
}
