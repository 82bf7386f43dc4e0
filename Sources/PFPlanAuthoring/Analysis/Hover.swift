import PFPlanLoader
import PFPlanModel
import PFPlanSupport

/// Hover: on a key, what it holds; on a reference, what it names; on a
/// model id, its title and summary; on an id being defined, what it is.
public enum HoverInfo {
    public static func at(_ place: Position, file: String, _ context: FeatureContext) -> Hover? {
        let outline = context.outline
        guard let fileOutline = outline.files[PathText.normalize(file)] else { return nil }
        if let key = fileOutline.key(at: place) {
            var text =
                "**\(key.field.key)** (\(key.owner.name)): \(key.field.summary)\n\n\(key.field.kind.phrase.capitalizedFirst)"
            if key.field.required { text += "; required." } else { text += "." }
            return Hover(contents: .markdown(text), range: context.range(key.range))
        }
        guard let value = fileOutline.value(at: place) else { return nil }
        let range = context.range(value.range)
        if case .identifier = value.kind, let d = fileOutline.definition(at: place) {
            let uses = outline.references(to: d.id).count
            return Hover(
                contents: .markdown(outline.describe(d) + "\n\nNamed \(uses) time\(uses == 1 ? "" : "s") in the plan."),
                range: range)
        }
        if value.referenceKinds != nil {
            if let d = outline.definitions(of: value.text).first {
                return Hover(contents: .markdown(outline.describe(d)), range: range)
            }
            if FormatAnchors.isWaiverTarget(value.field, value.owner) { return nil }
            return Hover(contents: .markdown("`\(value.text)` is not defined in this plan."), range: range)
        }
        if case .choice(let vocabulary) = value.kind {
            if case .fixed = vocabulary {
                return value.field.map { Hover(contents: .markdown("`\(value.text)`: \($0.summary)"), range: range) }
            }
            guard let term = outline.model?.terms(vocabulary).first(where: { $0.id == value.text }) else { return nil }
            var text = "**\(term.title)** (`\(term.id)`)"
            if let summary = term.summary { text += "\n\n" + summary }
            return Hover(contents: .markdown(text), range: range)
        }
        if FormatAnchors.isWaiverRule(value.field, value.owner), let rule = RuleCatalog.description(of: value.text) {
            return Hover(
                contents: .markdown(
                    "**\(rule.id)** (\(rule.severity.rawValue)): \(rule.summary)\n\n\(rule.explanation)"),
                range: range)
        }
        return nil
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
