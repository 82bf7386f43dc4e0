import PFPlanFormats
import PFPlanLoader
import PFPlanModel
import PFPlanSupport

/// The two quick fixes: a finding's "did you mean" suggestion applied,
/// and a waiver (`reason: TODO`) for a finding of a rule that may be waived.
public enum CodeActions {
    /// The suggestion of a finding that ends "did you mean 'x'?": every
    /// rule words it so (`Suggest.nearest` at the call sites).
    public static func suggestion(in message: String) -> String? {
        guard message.hasSuffix("'?"), let open = message.range(ofLast: "did you mean '") else { return nil }
        let word = message[open.upperBound...].dropLast(2)
        return word.isEmpty || word.contains("'") ? nil : String(word)
    }

    /// Actions for the findings of one file that touch `range`.
    /// `findings` pairs each finding with its published form.
    public static func actions(
        for findings: [(Diagnostic, LSPDiagnostic)], in range: LSPRange, planFile: String, _ context: FeatureContext
    ) -> [CodeAction] {
        var actions: [CodeAction] = []
        for (finding, published) in findings where overlaps(published.range, range) {
            if let word = suggestion(in: finding.message), finding.range.start.line == finding.range.end.line {
                let edit = TextEdit(range: published.range, newText: word)
                actions.append(
                    CodeAction(
                        title: "Change to '\(word)'", kind: "quickfix", diagnostics: [published], isPreferred: true,
                        edit: WorkspaceEdit(changes: [context.uri(finding.range.file): [edit]])))
            }
            if RuleCatalog.description(of: finding.rule.rawValue)?.isWaivable == true,
                let edit = waiverEdit(for: finding, planFile: planFile, context)
            {
                let what = finding.target.map { " for '\($0)'" } ?? ""
                actions.append(
                    CodeAction(
                        title: "Waive \(finding.rule)\(what) (reason: TODO)", kind: "quickfix",
                        diagnostics: [published],
                        isPreferred: false, edit: WorkspaceEdit(changes: [context.uri(planFile): [edit]])))
            }
        }
        return actions
    }

    static func overlaps(_ a: LSPRange, _ b: LSPRange) -> Bool { !(a.end < b.start || b.end < a.start) }

    /// Inserts a waiver at the end of the plan's `waivers` list, making
    /// the list when the plan has none.
    static func waiverEdit(for finding: Diagnostic, planFile: String, _ context: FeatureContext) -> TextEdit? {
        guard let index = context.lines(planFile), let outline = context.outline.files[PathText.normalize(planFile)],
            case .mapping(let pairs)? = outline.root?.content
        else { return nil }
        func entry(dash: Int) -> String {
            let pad = String(repeating: " ", count: dash)
            var text = "\(pad)- rule: \(finding.rule)\n"
            if let target = finding.target { text += "\(pad)  target: \(yamlScalar(target))\n" }
            return text + "\(pad)  reason: TODO\n"
        }
        func at(_ place: Position) -> LSPRange {
            let p = index.position(of: place, context.encoding)
            return LSPRange(start: p, end: p)
        }
        let endsWithBreak = index.bytes.last == 0x0A || index.bytes.last == 0x0D
        guard let pair = pairs.first(where: { $0.key.scalar?.text == "waivers" }) else {
            let end = index.position(ofByte: index.bytes.count, context.encoding)
            return TextEdit(
                range: LSPRange(start: end, end: end),
                newText: (endsWithBreak ? "" : "\n") + "waivers:\n" + entry(dash: 2))
        }
        let keyColumn = pair.key.range.start.column - 1
        switch pair.value.content {
        case .sequence(let items) where !items.isEmpty:
            let last = items[items.count - 1]
            let dash = max(0, last.range.start.column - 3)
            if isFlow(pair.value, index) {
                // `[a, b]`: add before the closing bracket, in flow style.
                var close = pair.value.range.end
                close.column -= 1
                let target = finding.target.map { ", target: \(yamlScalar($0))" } ?? ""
                return TextEdit(range: at(close), newText: ", {rule: \(finding.rule)\(target), reason: TODO}")
            }
            let end = lastContentEnd(last)
            let line = end.column == 1 ? end.line - 1 : end.line
            if line >= index.lineCount {
                let p = index.position(ofByte: index.bytes.count, context.encoding)
                return TextEdit(
                    range: LSPRange(start: p, end: p), newText: (endsWithBreak ? "" : "\n") + entry(dash: dash))
            }
            return TextEdit(range: at(Position(line: line + 1, column: 1)), newText: entry(dash: dash))
        case .scalar(let s) where s.isNull:
            let line = pair.key.range.start.line
            if line >= index.lineCount {
                let p = index.position(ofByte: index.bytes.count, context.encoding)
                return TextEdit(range: LSPRange(start: p, end: p), newText: "\n" + entry(dash: keyColumn + 2))
            }
            return TextEdit(range: at(Position(line: line + 1, column: 1)), newText: entry(dash: keyColumn + 2))
        case .sequence:
            // `waivers: []`: replace the brackets with a block list.
            return TextEdit(
                range: context.range(pair.value.range), newText: "\n" + entry(dash: keyColumn + 2).dropLastNewline)
        default:
            return nil
        }
    }

    private static func isFlow(_ node: Node, _ index: LineIndex) -> Bool {
        let offset = index.offset(of: node.range.start)
        return offset < index.bytes.count && index.bytes[offset] == UInt8(ascii: "[")
    }

    /// The end of the last scalar under a node: the end of its text, not
    /// the start of what follows (where a block mapping's own end lies).
    private static func lastContentEnd(_ node: Node) -> Position {
        switch node.content {
        case .scalar: return node.range.end
        case .sequence(let items): return items.last.map(lastContentEnd) ?? node.range.end
        case .mapping(let pairs): return pairs.last.map { lastContentEnd($0.value) } ?? node.range.end
        }
    }

    /// A waiver's target as YAML: plain when YAML reads it back as the same
    /// text, else double-quoted (`YAMLText.scalar`).
    static func yamlScalar(_ text: String) -> String { YAMLText.scalar(text) }
}

extension String {
    fileprivate var dropLastNewline: String { hasSuffix("\n") ? String(dropLast()) : self }

    func range(ofLast needle: String) -> Range<String.Index>? {
        var i = endIndex
        while i > startIndex {
            i = index(before: i)
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
        }
        return nil
    }
}
