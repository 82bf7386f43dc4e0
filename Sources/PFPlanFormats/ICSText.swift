/// iCalendar (RFC 5545) TEXT values and content lines: the one ICS
/// escaper.
public enum ICSText {
    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and
    /// newline; other control characters are dropped.
    public static func text(_ value: String) -> String {
        // Nothing to escape or drop: the value as it is.
        if !value.utf8.contains(where: {
            $0 < 0x20 && $0 != 0x09 || $0 == 0x7F || $0 == 0x5C || $0 == 0x3B || $0 == 0x2C
        }) {
            return value
        }
        // Every character it changes is ASCII, so the work is done on
        // bytes; `textScalarByScalar` is the same rule, scalar by scalar.
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 16)
        var previousCR = false
        for b in value.utf8 {
            defer { previousCR = b == 0x0D }
            switch b {
            case 0x5C: out += [0x5C, 0x5C]  // \
            case 0x3B: out += [0x5C, 0x3B]  // \;
            case 0x2C: out += [0x5C, 0x2C]  // \,
            case 0x0A: if !previousCR { out += [0x5C, 0x6E] }  // \n
            case 0x0D: out += [0x5C, 0x6E]
            default:
                if b < 0x20 && b != 0x09 || b == 0x7F { continue }
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    package static func textScalarByScalar(_ value: String) -> String {
        var out = ""
        var previousCR = false
        for c in value.unicodeScalars {
            defer { previousCR = c == "\r" }
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": if !previousCR { out += "\\n" }
            case "\r": out += "\\n"
            default:
                if c.value < 0x20 && c != "\t" || c.value == 0x7F { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets (RFC 5545 3.1), never inside a
    /// UTF-8 sequence; continuation lines start with one space, which
    /// counts towards their 75.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 24 + 3)
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            // Back up to the start of a UTF-8 sequence (not 10xxxxxx).
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if start > 0 { out += [0x0D, 0x0A, 0x20] }
            out += bytes[start..<end]
            start = end
            limit = 74
        }
        return String(decoding: out, as: UTF8.self)
    }
}
