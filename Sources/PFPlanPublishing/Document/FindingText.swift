import PFPlanFormats
import PFPlanLoader
import PFPlanModel
import PFPlanSupport

/// The one place a finding becomes words in the plan document: the
/// "open points", the accepted findings and the `--force` banner all go
/// through `sentence(for:)`.
///
/// Every edition reads a finding in plain words (document.md, "Plain
/// words in the public edition"): a sentence about the city from the
/// locale files, with names and titles instead of ids (`PlainWords`). No
/// edition shows the rule id, the file or the line in the sentence; the
/// restricted edition, made for the team that edits the plan, adds them
/// beside it through `reference(for:)`, and for a finding about the file
/// itself (yaml, schema, include, refs), whose sentence is general, the
/// original message too.
struct FindingText: Sendable {
    var localization: Localization
    var names: NameIndex
    var words: ModelWords
    var audience: Visibility
    /// The plan's own file, so a reference names an included file by its
    /// path from the plan's folder.
    var planFile: String

    var plainWords: PlainWords {
        let names = names
        let words = words
        return PlainWords(localization: localization, name: { names.shown($0) }, title: { words.title(of: $0, $1) })
    }

    /// The finding as a sentence in the page's language. A finding about
    /// a contact this edition leaves out keeps the one sentence
    /// `Redaction` gave it, which says only that there is one.
    func sentence(for d: Diagnostic) -> String {
        if d.message == localization.string("document.hidden-finding") { return d.message }
        return plainWords.sentence(for: d)
    }

    /// "roles/sector-share, plan.yaml:134" in the restricted edition (with
    /// the original message after it for a finding about the file); nil in
    /// the others, which never show a rule id, a file or a line.
    func reference(for d: Diagnostic) -> String? {
        guard audience == .restricted else { return nil }
        let planDir = PathText.directory(of: planFile)
        var file = d.range.file
        if file.hasPrefix(planDir + "/") {
            file = String(file.dropFirst(planDir.count + 1))
        } else {
            file = DisplayPath.short(file)
        }
        // ASCII digits: the line as the editor shows it.
        let place = d.rule.rawValue + ", " + file + ":" + String(d.range.start.line)
        // A message quotes plan text, refused values included: their controls
        // shown as escapes (`TerminalText`), as on a terminal.
        return PlainWords.fileGroups.contains(d.rule.group) ? place + ": " + TerminalText.escaped(d.message) : place
    }
}

extension ModelWords {
    /// A term of a finding's facts in the page's language.
    func title(of term: FindingFact.Term, _ id: String) -> String {
        switch term {
        case .stage: stage(id)
        case .sector: sector(id)
        case .role: role(id)
        case .audience: audience(id)
        }
    }
}
