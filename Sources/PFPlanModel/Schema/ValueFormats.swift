/// Shape checks for the plan format's values: shape, not existence (an
/// email is not sent, a URL not fetched).
public enum ValueFormats {
    public static func isIdentifier(_ s: String) -> Bool {
        let u = s.utf8
        guard let first = u.first, u.count <= 64, isLowerAlnum(first) else { return false }
        return u.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerAlnum(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
    }

    public static func isEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !s.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" || $0.isNewline })
        else { return false }
        return true
    }

    public static func isURL(_ s: String) -> Bool {
        let lower = s.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = s.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = s.dropFirst(7)
        } else {
            return false
        }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty, host.contains(".") || host.hasPrefix("localhost") else { return false }
        return !s.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" || $0.isNewline })
    }

    /// Digits with the usual separators; short codes (`988`, `211`) count.
    public static func isPhone(_ s: String) -> Bool {
        var digits = 0
        for c in s.unicodeScalars {
            switch c {
            case "0"..."9": digits += 1
            case " ", "-", "(", ")", ".", "/": continue
            case "+": continue
            default:
                // Extensions: "x12" / "ext. 12".
                if "xXetEToO".unicodeScalars.contains(c) { continue }
                return false
            }
        }
        return digits >= 3 && digits <= 20
    }

    public static func isLanguage(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    public static func isCountry(_ s: String) -> Bool { countryCodes.contains(s) }

    /// ISO 3166-1 alpha-2 officially assigned codes.
    public static let countryCodes: Set<String> = Set("""
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ \
        CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR \
        GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO \
        JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR \
        MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO \
        RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV \
        TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        """.split(separator: " ").map(String.init))
}
