import PFPlanLoader
import PFPlanModel
import PFPlanSupport

/// The outline of one plan file: each top-level block, the entries of
/// every list with their id and name, entries with a stage grouped by
/// stage (actions by stage), and the blocks inside entries. Driven by the
/// specs, so new blocks appear in it as they are added to the format.
public enum Symbols {
    public static func outline(of file: String, _ context: FeatureContext) -> [DocumentSymbol] {
        guard let outline = context.outline.files[PathText.normalize(file)],
            case .mapping(let pairs)? = outline.root?.content
        else {
            return []
        }
        return symbols(pairs, spec: PlanFormat.plan, context, top: true)
    }

    private static func symbols(_ pairs: [Pair], spec: ObjectSpec, _ context: FeatureContext, top: Bool)
        -> [DocumentSymbol]
    {
        pairs.compactMap { pair in
            guard let key = pair.key.scalar?.text, let field = spec.field(key) else { return nil }
            let children = block(pair.value, field.kind, context)
            if !top && children == nil { return nil }
            let whole = SourceRange(
                fileID: pair.key.range.fileID, start: pair.key.range.start,
                end: max(pair.key.range.end, pair.value.range.end))
            return DocumentSymbol(
                name: key, detail: children == nil ? pair.value.scalar?.text : nil, kind: top ? 2 : kind(field.kind),
                range: context.range(whole), selectionRange: context.range(pair.key.range), children: children)
        }
    }

    /// The symbols under a block value; nil for a scalar.
    private static func block(_ node: Node, _ kind: ValueKind, _ context: FeatureContext) -> [DocumentSymbol]? {
        switch (kind, node.content) {
        case (.object(let spec), .mapping(let pairs)):
            return symbols(pairs, spec: spec, context, top: false)
        case (.list(.object(let spec)), .sequence(let items)):
            let entries = items.enumerated().map { entry($1, index: $0, spec: spec, context) }
            return groupedByStage(items, entries, spec: spec, context)
        case (.list, .sequence):
            return []
        default:
            return nil
        }
    }

    private static func entry(_ node: Node, index: Int, spec: ObjectSpec, _ context: FeatureContext) -> DocumentSymbol {
        let idField = spec.fields.first { if case .identifier = $0.kind { true } else { false } }
        let texts = spec.fields.filter { if case .text = $0.kind { true } else { false } }
        let id = idField.flatMap { node[$0.key] }
        let title = (texts.filter(\.required) + texts).lazy.compactMap { node[$0.key]?.scalar?.text }.first
        let name = id?.scalar?.text ?? title ?? "\(spec.name) \(index + 1)"
        var children: [DocumentSymbol] = []
        if case .mapping(let pairs) = node.content { children = symbols(pairs, spec: spec, context, top: false) }
        return DocumentSymbol(
            name: name, detail: id != nil ? title : nil, kind: 23, range: context.range(node.range),
            selectionRange: context.range(id?.range ?? node.range), children: children)
    }

    /// Entries whose spec has a stage are grouped under the stage's title,
    /// in the model's order of stages.
    private static func groupedByStage(
        _ items: [Node], _ entries: [DocumentSymbol], spec: ObjectSpec, _ context: FeatureContext
    )
        -> [DocumentSymbol]
    {
        guard let stageField = spec.fields.first(where: { if case .choice(.stages) = $0.kind { true } else { false } }),
            !items.isEmpty
        else { return entries }
        var groups: [String: [(Node, DocumentSymbol)]] = [:]
        var order: [String] = []
        for (node, symbol) in zip(items, entries) {
            let stage = node[stageField.key]?.scalar?.text ?? "(no \(stageField.key))"
            if groups[stage] == nil { order.append(stage) }
            groups[stage, default: []].append((node, symbol))
        }
        let modelOrder = context.outline.model?.stages.map(\.id) ?? []
        order.sort { (modelOrder.firstIndex(of: $0) ?? .max, $0) < (modelOrder.firstIndex(of: $1) ?? .max, $1) }
        return order.map { stage in
            let members = groups[stage]!
            let first = members.map(\.0.range.start).min()!
            let last = members.map(\.0.range.end).max()!
            let span = SourceRange(fileID: members[0].0.range.fileID, start: first, end: last)
            let title = context.outline.model?.stage(stage)?.title
            return DocumentSymbol(
                name: title ?? stage, detail: title == nil ? nil : stage, kind: 3, range: context.range(span),
                selectionRange: context.range(members[0].0.range), children: members.map(\.1))
        }
    }

    private static func kind(_ k: ValueKind) -> Int {
        switch k {
        case .list: 18
        case .object: 19
        default: 8
        }
    }
}
