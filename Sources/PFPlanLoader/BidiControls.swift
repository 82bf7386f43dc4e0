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
