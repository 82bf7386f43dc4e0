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
///
/// The decoder notes thousands of contacts in a large plan, and only the
/// contacts an edition hides are ever read back: it keeps their path as a
/// `PlanPath` and their values as bytes in a buffer its decoding pass
/// shares (`ContactValues`), and both become text only when asked for.
/// Notes made that way equal the ones made with text at once (`init`);
/// a test decodes plans both ways.
public struct WrittenContact: Sendable, Hashable {
    /// Who may see it; see `WrittenContact.visibility(of:in:)`.
    public var visibility: Visibility
    private let storage: Storage

    private enum Storage: Sendable {
        case text(path: String, values: [String])
        case packed(path: PlanPath, values: ContactValues, first: Int32, count: Int32)
    }

    public init(path: String, visibility: Visibility, values: [String]) {
        self.visibility = visibility
        storage = .text(path: path, values: values)
    }

    init(path: PlanPath, visibility: Visibility, values: ContactValues, first: Int, count: Int) {
        self.visibility = visibility
        storage = .packed(path: path, values: values, first: Int32(first), count: Int32(count))
    }

    /// Where the mapping is (`stakeholders[2].contacts[0]`).
    public var path: String {
        switch storage {
        case .text(let path, _): path
        case .packed(let path, _, _, _): path.description
        }
    }

    /// Every scalar value under the mapping as written, except the
    /// visibility words themselves.
    public var values: [String] {
        switch storage {
        case .text(_, let values): values
        case .packed(_, let buffer, let first, let count): (Int(first)..<Int(first + count)).map(buffer.text)
        }
    }

    public static func == (a: WrittenContact, b: WrittenContact) -> Bool {
        a.visibility == b.visibility && a.path == b.path && a.values == b.values
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(visibility)
        hasher.combine(values)
    }

    /// The visibility of a contact mapping, read from every `visibility`
    /// key it holds: a repeated key is an error, but other YAML readers
    /// take the last value where pfplan reads the first, so the most
    /// restrictive of them wins. A value that is not a visibility (already
    /// a `schema/value` finding) is treated as `restricted`: an unreadable
    /// wish is not permission. No key at all is `internal`, the format's
    /// default.
    static func visibility(of mapping: NodeArena.Ref, in tree: NodeArena.UnsafeView) -> Visibility {
        var seen: Visibility?
        for i in 0..<tree.count(mapping) where isVisibilityKey(tree.key(mapping, i), in: tree) {
            let value = tree.value(mapping, i)
            let said = tree.isScalar(value) ? Visibility(rawValue: tree.text(value)) ?? .restricted : .restricted
            seen = max(seen ?? said, said)
        }
        return seen ?? .internal
    }

    private static func isVisibilityKey(_ key: NodeArena.Ref, in tree: NodeArena.UnsafeView) -> Bool {
        tree.isScalar(key) && tree.withBytes(key) { ByteText.equal($0, "visibility") }
    }

    /// Every scalar under `node`, depth first, skipping `visibility`
    /// values (a public contact's word "public" is no secret): each is
    /// handed to `add` as its bytes.
    static func values(
        under node: NodeArena.Ref, in tree: NodeArena.UnsafeView, _ add: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        switch tree.kind(node) {
        case .scalar:
            if !tree.isNull(node) { tree.withBytes(node, add) }
        case .sequence:
            for i in 0..<tree.count(node) { values(under: tree.item(node, i), in: tree, add) }
        case .mapping:
            for i in 0..<tree.count(node) where !isVisibilityKey(tree.key(node, i), in: tree) {
                values(under: tree.value(node, i), in: tree, add)
            }
        }
    }
}

/// The values of the contacts one decoding pass notes, as bytes one after
/// the other: written only by that pass, on its own thread, and read only
/// once it is over (the contacts reach no one before the pass returns).
final class ContactValues: @unchecked Sendable {
    private var bytes: [UInt8] = []
    /// Where each value ends in `bytes`.
    private var ends: [Int32] = []

    var count: Int { ends.count }

    func append(_ value: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: value)
        ends.append(Int32(bytes.count))
    }

    /// Value `i` as text, as `NodeReading.text` makes it from the same bytes.
    func text(_ i: Int) -> String {
        let start = i == 0 ? 0 : Int(ends[i - 1])
        return bytes.withUnsafeBufferPointer { String(decoding: $0[start..<Int(ends[i])], as: UTF8.self) }
    }
}

extension DecodeContext {
    /// Notes a contact mapping as written (see `WrittenContact`), with the
    /// visibility it was found to have.
    func writtenContact(_ node: NodeArena.Ref, path: PlanPath, visibility: Visibility) -> WrittenContact {
        guard packsContacts else {
            var values: [String] = []
            WrittenContact.values(under: node, in: tree) { values.append(String(decoding: $0, as: UTF8.self)) }
            return WrittenContact(path: path.description, visibility: visibility, values: values)
        }
        let first = contactValues.count
        WrittenContact.values(under: node, in: tree, contactValues.append)
        return WrittenContact(
            path: path, visibility: visibility, values: contactValues, first: first, count: contactValues.count - first)
    }
}
