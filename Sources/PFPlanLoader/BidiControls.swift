/// The bidirectional formatting characters (Unicode 15, UAX #9, table 4):
/// they change the order in which the text around them is shown.
public enum BidiControls {
    public static func contains(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Whether `text` holds one (a byte test first: each starts `D8` or `E2`).
    public static func occur(in text: String) -> Bool {
        guard text.utf8.contains(where: { $0 == 0xD8 || $0 == 0xE2 }) else { return false }
        return text.unicodeScalars.contains(where: contains)
    }

    /// `text` without them.
    public static func removed(from text: String) -> String {
        guard occur(in: text) else { return text }
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars where !contains(c) { out.append(c) }
        return String(out)
    }
}

extension BidiControls {
    /// The embeddings, overrides and isolates (U+202A-U+202E,
    /// U+2066-U+2069): the ones that reorder a whole run of text, so that
    /// `exe.txt` can read as `txt.exe`. The marks (U+200E, U+200F, U+061C)
    /// only attach a direction to the text beside them.
    public static func reordersRun(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` without embeddings, overrides and isolates; text without an
    /// `E2` byte (nearly all) comes back as it is.
    public static func withoutReordering(_ text: String) -> String {
        guard text.utf8.contains(0xE2), text.unicodeScalars.contains(where: reordersRun) else { return text }
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars where !reordersRun(c) { out.append(c) }
        return String(out)
    }
}
