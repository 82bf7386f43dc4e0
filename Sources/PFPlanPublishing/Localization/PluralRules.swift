/// The grammatical number of a count, as CLDR names it: "1 city", "2
/// cities", and in Arabic six forms. A locale writes one text per category
/// its language uses (`index.cities.one`, `index.cities.other`, ...).
public enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other
}

/// CLDR's plural rules (cardinal, whole numbers) for the languages pfplan
/// ships, written out rather than read from platform locale data, so every
/// machine writes the same words. A language pfplan does not know counts as
/// English does.
///
/// - en: one for 1; other.
/// - es: one for 1; many for a non-zero multiple of a million ("1.000.000
///   de ciudades"); other.
/// - fr: one for 0 and 1; many for a non-zero multiple of a million
///   ("1 000 000 de villes"); other.
/// - ar: zero for 0; one for 1; two for 2; few when n mod 100 is 3-10;
///   many when n mod 100 is 11-99; other (100-102, ...).
public enum PluralRules {
    /// The categories `language` uses, in CLDR's order: what a locale must
    /// give for each counted text.
    public static func categories(_ language: String) -> [PluralCategory] {
        switch base(language) {
        case "ar": [.zero, .one, .two, .few, .many, .other]
        case "es", "fr": [.one, .many, .other]
        default: [.one, .other]
        }
    }

    /// The category of the whole number `n` in `language` (the magnitude
    /// counts: -1 is one).
    public static func category(_ n: Int, language: String) -> PluralCategory {
        let n = n.magnitude
        let millions = n != 0 && n % 1_000_000 == 0
        switch base(language) {
        case "ar":
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default:
                switch n % 100 {
                case 3...10: return .few
                case 11...99: return .many
                default: return .other
                }
            }
        case "fr":
            return n <= 1 ? .one : millions ? .many : .other
        case "es":
            return n == 1 ? .one : millions ? .many : .other
        default:
            return n == 1 ? .one : .other
        }
    }

    /// `pt-BR` -> `pt`.
    static func base(_ language: String) -> Substring {
        language.split(separator: "-", maxSplits: 1).first ?? Substring(language)
    }
}

extension Localization {
    /// A counted text in the right grammatical number: `key.<category>`
    /// with `{count}` (the number in the locale's digits) and `values`
    /// filled in. When the locale lacks the category's text it takes its
    /// own `other`, then English's.
    public func count(_ key: String, _ n: Int, _ values: [String: String] = [:]) -> String {
        let category = PluralRules.category(n, language: code)
        let text =
            strings[key + "." + category.rawValue] ?? strings[key + ".other"]
            ?? fallback[key + "." + PluralRules.category(n, language: "en").rawValue] ?? fallback[key + ".other"] ?? key
        var all = values
        all["count"] = number(n)
        return Localization.fill(text, all)
    }
}
