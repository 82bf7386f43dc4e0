import PFPlanLoader

/// A contact as the plan's text holds it, whatever became of it in
/// decoding.
///
/// Redaction cannot rely on the decoded plan alone: a stakeholder dropped
/// for a schema error (no `id`) takes its contacts with it, yet a finding
/// about one of their values (a malformed email, say) still quotes that
/// value, and `render --force` would publish it. So the decoder notes every
/// contact mapping it reads, before anything can be dropped, with every
/// scalar written inside it and the visibility it must be treated with.
public struct WrittenContact: Sendable, Hashable {
    /// Where the mapping is (`stakeholders[2].contacts[0]`).
    public var path: String
    /// Who may see it; see `WrittenContact.visibility(of:in:)`.
    public var visibility: Visibility
    /// Every scalar value under the mapping as written, except the
    /// visibility words themselves.
    public var values: [String]

    public init(path: String, visibility: Visibility, values: [String]) {
        self.path = path
        self.visibility = visibility
        self.values = values
    }

    /// The visibility of a contact mapping, read from every `visibility`
    /// key it holds: a repeated key is an error, but other YAML readers
    /// take the last value where pfplan reads the first, so the most
    /// restrictive of them wins. A value that is not a visibility (already
    /// a `schema/value` finding) is treated as `restricted`: an unreadable
    /// wish is not permission. No key at all is `internal`, the format's
    /// default.
    static func visibility(of mapping: NodeArena.Ref, in tree: NodeArena.View) -> Visibility {
        var seen: Visibility?
        for i in 0..<tree.count(mapping) where isVisibilityKey(tree.key(mapping, i), in: tree) {
            let value = tree.value(mapping, i)
            let said = tree.isScalar(value) ? Visibility(rawValue: tree.text(value)) ?? .restricted : .restricted
            seen = max(seen ?? said, said)
        }
        return seen ?? .internal
    }

    private static func isVisibilityKey(_ key: NodeArena.Ref, in tree: NodeArena.View) -> Bool {
        tree.isScalar(key) && tree.withBytes(key) { $0.elementsEqual("visibility".utf8) }
    }

    /// Every scalar under `node`, depth first, skipping `visibility`
    /// values (a public contact's word "public" is no secret).
    static func values(under node: NodeArena.Ref, in tree: NodeArena.View, into out: inout [String]) {
        switch tree.kind(node) {
        case .scalar:
            if !tree.isNull(node) { out.append(tree.text(node)) }
        case .sequence:
            for i in 0..<tree.count(node) { values(under: tree.item(node, i), in: tree, into: &out) }
        case .mapping:
            for i in 0..<tree.count(node) where !isVisibilityKey(tree.key(node, i), in: tree) {
                values(under: tree.value(node, i), in: tree, into: &out)
            }
        }
    }
}

extension DecodeContext {
    /// Notes a contact mapping as written (see `WrittenContact`).
    func writtenContact(_ node: NodeArena.Ref, path: PlanPath) -> WrittenContact {
        var values: [String] = []
        WrittenContact.values(under: node, in: tree, into: &values)
        return WrittenContact(
            path: path.description, visibility: WrittenContact.visibility(of: node, in: tree), values: values)
    }
}
