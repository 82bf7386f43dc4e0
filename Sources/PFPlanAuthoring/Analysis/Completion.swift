import PFPlanLoader
import PFPlanModel

/// Completion at the cursor: keys of the mapping there (with their
/// descriptions), ids of the right kind at a reference, the model's
/// stages, sectors, roles and audiences, every enumerated value, rule ids
/// and targets in waivers, and the built-in models.
public enum Completion {
    public static func items(at offset: Int, in index: LineIndex, _ context: FeatureContext) -> [CompletionItem] {
        guard let cursor = CursorContext.at(index, offset: offset) else { return [] }
        let start = index.position(ofByte: cursor.replace.lowerBound, context.encoding)
        let end = index.position(ofByte: cursor.replace.upperBound, context.encoding)
        let range = LSPRange(start: start, end: end)
        func item(_ label: String, kind: Int, detail: String?, doc: String?, sort: String? = nil, insert: String? = nil)
            -> CompletionItem
        {
            CompletionItem(
                label: label, kind: kind, detail: detail, documentation: doc.map(MarkupContent.markdown),
                sortText: sort, filterText: label, textEdit: TextEdit(range: range, newText: insert ?? label))
        }
        switch cursor.slot {
        case .key(let spec, let present):
            return spec.fields.filter { !present.contains($0.key) }.map { field in
                let detail = field.kind.phrase + (field.required ? "; required" : "")
                let insert = cursor.colonFollows ? field.key : field.key + (field.kind.isBlock ? ":" : ": ")
                return item(
                    field.key, kind: 10, detail: detail, doc: field.summary,
                    sort: (field.required ? "0" : "1") + field.key,
                    insert: insert)
            }
        case .value(let kind, let field, let owner):
            return values(kind, field: field, owner: owner, context).map {
                item($0.label, kind: $0.kind, detail: $0.detail, doc: $0.doc)
            }
        }
    }

    struct Choice {
        var label: String
        var kind: Int
        var detail: String?
        var doc: String?
    }

    static func values(_ kind: ValueKind, field: FieldSpec?, owner: ObjectSpec?, _ context: FeatureContext) -> [Choice]
    {
        let outline = context.outline
        if FormatAnchors.isWaiverRule(field, owner) {
            return RuleCatalog.descriptions.filter(\.isWaivable).map {
                Choice(label: $0.id.rawValue, kind: 12, detail: $0.summary, doc: $0.explanation)
            }
        }
        if FormatAnchors.isWaiverTarget(field, owner) {
            var seen = Set<String>()
            var out: [Choice] = []
            for d in outline.allDefinitions where seen.insert(d.id).inserted {
                out.append(Choice(label: d.id, kind: 18, detail: outline.kind(of: d), doc: outline.describe(d)))
            }
            for f in outline.findings {
                if let t = f.target, seen.insert(t).inserted {
                    out.append(Choice(label: t, kind: 12, detail: "the target of \(f.rule)", doc: f.message))
                }
            }
            return out
        }
        switch kind {
        case .reference(let kinds):
            var seen = Set<String>()
            return outline.allDefinitions.filter { d in
                guard let k = outline.ids?.kind(of: d.id) ?? DefinitionKind(rawValue: d.spec.name) else { return true }
                return kinds.contains(k)
            }.filter { seen.insert($0.id).inserted }.map { d in
                Choice(label: d.id, kind: 18, detail: outline.kind(of: d), doc: outline.describe(d))
            }
        case .choice(.fixed(let values)):
            return values.map { Choice(label: $0, kind: 20, detail: field?.key, doc: field?.summary) }
        case .choice(let vocabulary):
            return (outline.model?.terms(vocabulary) ?? []).map {
                Choice(label: $0.id, kind: 20, detail: $0.title, doc: $0.summary)
            }
        case .list(let element):
            return values(element, field: field, owner: owner, context)
        case .either(let a, let b):
            return values(a, field: field, owner: owner, context) + values(b, field: field, owner: owner, context)
        case .modelName:
            return context.builtInModels().map { Choice(label: $0, kind: 12, detail: "built-in model", doc: nil) }
        default:
            return []
        }
    }
}
