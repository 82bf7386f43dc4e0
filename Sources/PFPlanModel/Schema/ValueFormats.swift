/// Shape checks for the plan format's values: shape, not existence (an
/// email is not sent, a URL not fetched).
public enum ValueFormats {
    public static func isIdentifier(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { u in
            guard let first = u.first, u.count <= 64, isLowerAlnum(first) else { return false }
            return u.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
        }
    }

    private static func isLowerAlnum(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
    }

    // Email and URL checks run on every contact and resource of a plan, so
    // they read the UTF-8 buffer rather than Characters or String indices
    // (measured: the Character versions took 6% of lint on a large plan,
    // and the index-based ones 3,500 instructions a URL).

    /// A plain address (RFC 5322 addr-spec, dot-atom form): `local@domain`,
    /// the local part atoms of letters, digits and ``!$'*+/=^_`{|}~-``
    /// between single dots, the domain two or more labels of letters,
    /// digits and inner hyphens. No scheme (`mailto:`), no header
    /// (`?bcc=`): the characters that delimit a `mailto:` link (`?`, `&`,
    /// `#`, `%`) are not part of an address here. Letters outside ASCII
    /// (internationalised addresses) are allowed; controls, spaces and
    /// bidirectional controls are not.
    public static func isEmail(_ text: String) -> Bool {
        var s = text
        return s.withUTF8 { u in
            guard let at = u.firstIndex(of: UInt8(ascii: "@")), at > 0, at <= 64, u.count - at - 1 <= 255 else {
                return false
            }
            let local = UnsafeBufferPointer(rebasing: u[..<at])
            let domain = UnsafeBufferPointer(rebasing: u[(at + 1)...])
            guard dotSeparated(local, minimumParts: 1, allowed: isAtomByte),
                dotSeparated(domain, minimumParts: 2, allowed: isLabelByte)
            else { return false }
            // Each domain label starts and ends with a letter or digit.
            for label in domain.split(separator: UInt8(ascii: "."))
            where label.first == UInt8(ascii: "-") || label.last == UInt8(ascii: "-") {
                return false
            }
            return u.allSatisfy { $0 < 0x80 } || nonASCIIAreLetters(text)
        }
    }

    private static func dotSeparated(_ u: UnsafeBufferPointer<UInt8>, minimumParts: Int, allowed: (UInt8) -> Bool)
        -> Bool
    {
        var parts = 0
        var length = 0
        for c in u {
            if c == UInt8(ascii: ".") {
                guard length > 0 else { return false }
                parts += 1
                length = 0
            } else {
                guard allowed(c) else { return false }
                length += 1
            }
        }
        guard length > 0 else { return false }
        return parts + 1 >= minimumParts
    }

    private static func isAtomByte(_ c: UInt8) -> Bool {
        if c >= 0x80 { return true }
        if isASCIIAlnum(c) { return true }
        return "!$'*+/=^_`{|}~-".utf8.contains(c)
    }

    private static func isLabelByte(_ c: UInt8) -> Bool { c >= 0x80 || isASCIIAlnum(c) || c == UInt8(ascii: "-") }

    private static func isASCIIAlnum(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    }

    /// Every character outside ASCII is a letter, digit or combining mark.
    private static func nonASCIIAreLetters(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { c in
            c.isASCII || c.properties.isAlphabetic || c.properties.numericType != nil
                || c.properties.generalCategory == .nonspacingMark || c.properties.generalCategory == .spacingMark
        }
    }

    public static func isURL(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { u in
            let start: Int
            if hasPrefixIgnoringCase(u, "https://") {
                start = 8
            } else if hasPrefixIgnoringCase(u, "http://") {
                start = 7
            } else {
                return false
            }
            var end = start
            while end < u.count, u[end] != UInt8(ascii: "/"), u[end] != UInt8(ascii: "?"), u[end] != UInt8(ascii: "#") {
                end += 1
            }
            let host = UnsafeBufferPointer(rebasing: u[start..<end])
            guard !host.isEmpty, host.contains(UInt8(ascii: ".")) || host.starts(with: "localhost".utf8) else {
                return false
            }
            return !containsSpaceBracketQuoteOrNewline(u) && !containsControlOrBidi(u)
        }
    }

    private static func hasPrefixIgnoringCase(_ u: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard u.count >= count else { return false }
        for i in 0..<count {
            var c = u[i]
            if c >= 65 && c <= 90 { c += 32 }
            guard c == prefix.utf8Start[i] else { return false }
        }
        return true
    }

    /// A space, `<`, `>`, `"`, or any of the characters Swift counts as a
    /// newline (LF, VT, FF, CR, NEL, LS, PS).
    private static func containsSpaceBracketQuoteOrNewline(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for c in u {
            switch c {
            case 0x20, 0x3C, 0x3E, 0x22, 0x0A...0x0D: return true
            case 0x85 where previous == 0xC2: return true
            case 0xA8, 0xA9: if previous == 0x80 && beforePrevious == 0xE2 { return true }
            default: break
            }
            beforePrevious = previous
            previous = c
        }
        return false
    }

    /// A C0 control, DEL, a C1 control, or a bidirectional control
    /// (U+061C `D8 9C`, U+200E/F `E2 80 8E/8F`, U+202A-E `E2 80 AA-AE`,
    /// U+2066-9 `E2 81 A6-A9`): none belongs in a link, and the last can
    /// make `https://example.org/\u{202E}fdp.exe` read as `exe.pdf`.
    private static func containsControlOrBidi(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for c in u {
            if c < 0x20 || c == 0x7F { return true }
            if previous == 0xC2, c >= 0x80, c <= 0x9F { return true }
            if previous == 0xD8, c == 0x9C { return true }
            if beforePrevious == 0xE2, previous == 0x80, c == 0x8E || c == 0x8F || (0xAA...0xAE).contains(c) {
                return true
            }
            if beforePrevious == 0xE2, previous == 0x81, (0xA6...0xA9).contains(c) { return true }
            beforePrevious = previous
            previous = c
        }
        return false
    }

    /// Digits with the usual separators; short codes (`988`, `211`) count.
    public static func isPhone(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { u in
            var digits = 0
            for c in u {
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."),
                    UInt8(ascii: "/"),
                    UInt8(ascii: "+"):
                    continue
                // Extensions: "x12" / "ext. 12".
                case UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "e"), UInt8(ascii: "t"), UInt8(ascii: "E"),
                    UInt8(ascii: "T"),
                    UInt8(ascii: "o"), UInt8(ascii: "O"):
                    continue
                default:
                    return false
                }
            }
            return digits >= 3 && digits <= 20
        }
    }

    /// `en`, `es`, `pt-BR`, `zh-Hant`: a 2-3 letter lower-case language,
    /// then subtags of 2-8 letters or digits.
    public static func isLanguage(_ s: String) -> Bool {
        var part = 0
        var length = 0
        for c in s.utf8 {
            if c == UInt8(ascii: "-") {
                guard part == 0 ? (2...3).contains(length) : (2...8).contains(length) else { return false }
                part += 1
                length = 0
                continue
            }
            let lower = c >= 97 && c <= 122
            guard part == 0 ? lower : (lower || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) else { return false }
            length += 1
        }
        return part == 0 ? (2...3).contains(length) : (2...8).contains(length)
    }

    public static func isCountry(_ s: String) -> Bool { countryCodes.contains(s) }

    /// ISO 3166-1 alpha-2 officially assigned codes.
    public static let countryCodes: Set<String> = Set(
        """
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
        GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO \
        JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR \
        MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO \
        RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV \
        TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        """.split(separator: " ").map(String.init))
}
