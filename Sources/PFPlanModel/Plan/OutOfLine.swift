/// Fields an entry often leaves out, kept in one box beside the entry
/// instead of inside it, and no box at all when every one of them is left
/// out.
///
/// A plan entry is a fixed struct: an action of four written values took
/// the 624 bytes of all seventeen of its fields. A city's long lists are
/// often one-line entries (`{id, title, stage, lead}`), and on a 10 MB plan
/// of them the three long lists were 62 MB, most of it empty optionals and
/// arrays. Kept out of line, an entry pays for what it writes: a pointer
/// when it writes none of them, one allocation when it writes some.
///
/// A value type like the fields it holds: the box never changes (its
/// fields are a `let`), and a change makes a new one, so copies of an
/// entry never see each other's changes and reading needs no exclusivity
/// check. Entries are made once, by the decoder; changes are rare.
/// `OutOfLineTests` check it against plain structs.
struct OutOfLine<Fields: OutOfLineFields>: Sendable {
    final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    /// Nil when no field is written. Read a field as
    /// `box?.fields.name ?? []`: one field is copied, not the whole set.
    private(set) var box: Box?

    init(_ fields: Fields) {
        box = fields.isEmpty ? nil : Box(fields)
    }

    /// Changes the fields: a new box, or none when all are left out.
    mutating func modify(_ change: (inout Fields) -> Void) {
        var fields = box?.fields ?? Fields.empty
        change(&fields)
        box = fields.isEmpty ? nil : Box(fields)
    }
}

/// A set of fields that can be kept out of line: all optional or lists,
/// so that "none written" is one value.
protocol OutOfLineFields: Sendable {
    static var empty: Self { get }
    var isEmpty: Bool { get }
}
