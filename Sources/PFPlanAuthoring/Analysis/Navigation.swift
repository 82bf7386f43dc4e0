import PFPlanLoader
import PFPlanModel
import PFPlanSupport

/// Go to definition, find references and rename, across the plan and
/// every file it includes.
public enum Navigation {
    /// The id under the cursor: a definition, a reference or a waiver target.
    static func id(at place: Position, file: String, _ outline: PlanOutline) -> (
        id: String, range: SourceRange, style: Scalar.Style
    )? {
        guard let f = outline.files[PathText.normalize(file)] else { return nil }
        if let d = f.definition(at: place) { return (d.id, d.range, d.style) }
        if let v = f.value(at: place), v.referenceKinds != nil { return (v.text, v.range, v.style) }
        return nil
    }

    public static func definition(at place: Position, file: String, _ context: FeatureContext) -> [Location] {
        guard let id = id(at: place, file: file, context.outline) else { return [] }
        return context.outline.definitions(of: id.id).map { context.location($0.range) }
    }

    public static func references(at place: Position, file: String, includeDeclaration: Bool, _ context: FeatureContext)
        -> [Location]
    {
        guard let id = id(at: place, file: file, context.outline) else { return [] }
        var ranges = context.outline.references(to: id.id).map(\.range)
        if includeDeclaration { ranges = context.outline.definitions(of: id.id).map(\.range) + ranges }
        return ranges.map(context.location)
    }

    public static func prepareRename(at place: Position, file: String, _ context: FeatureContext) throws(ResponseError)
        -> PrepareRenameResult
    {
        guard let id = id(at: place, file: file, context.outline) else {
            throw ResponseError(
                ResponseError.requestFailed, "only an id can be renamed here (a definition or a reference to one)")
        }
        guard !context.outline.definitions(of: id.id).isEmpty else {
            throw ResponseError(
                ResponseError.requestFailed, "'\(id.id)' is not defined in this plan, so there is nothing to rename")
        }
        return PrepareRenameResult(range: context.innerRange(id.range, style: id.style), placeholder: id.id)
    }

    /// The edits that rename an id everywhere it is defined or named;
    /// refused, with the reason, for a malformed or taken new id.
    public static func rename(at place: Position, file: String, to newID: String, _ context: FeatureContext)
        throws(ResponseError)
        -> WorkspaceEdit
    {
        let old = try prepareRename(at: place, file: file, context).placeholder
        guard isValidID(newID) else {
            throw ResponseError(
                ResponseError.requestFailed,
                "'\(newID)' is not a valid id: use lower-case letters, digits and hyphens, starting with a letter or digit, at most 64"
            )
        }
        if newID == old { return WorkspaceEdit(changes: [:]) }
        if let taken = context.outline.definitions(of: newID).first {
            throw ResponseError(
                ResponseError.requestFailed,
                "'\(newID)' is already the id of the \(context.outline.kind(of: taken)) at \(PathText.lastComponent(taken.range.file)):\(taken.range.start.line)"
            )
        }
        var changes: [String: [TextEdit]] = [:]
        for d in context.outline.definitions(of: old) {
            changes[context.uri(d.range.file), default: []].append(
                TextEdit(range: context.innerRange(d.range, style: d.style), newText: newID))
        }
        for v in context.outline.references(to: old) {
            changes[context.uri(v.range.file), default: []].append(
                TextEdit(range: context.innerRange(v.range, style: v.style), newText: newID))
        }
        return WorkspaceEdit(changes: changes)
    }

    /// `^[a-z0-9][a-z0-9-]{0,63}$`, as plan-format.md defines ids.
    public static func isValidID(_ text: String) -> Bool {
        let u = Array(text.utf8)
        guard let first = u.first, u.count <= 64 else { return false }
        func ok(_ c: UInt8, hyphen: Bool) -> Bool {
            (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || (hyphen && c == UInt8(ascii: "-"))
        }
        return ok(first, hyphen: false) && u.dropFirst().allSatisfy { ok($0, hyphen: true) }
    }
}
