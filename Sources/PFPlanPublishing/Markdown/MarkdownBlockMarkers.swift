/// What a line of Markdown starts with: list markers, fences, headings,
/// rules, and its indentation. Each looks at one line, once.
enum BlockMarkers {
    /// Whether the first character after leading spaces and tabs cannot
    /// open a block: not a fence (`` ` `` `~`), heading (`#`), rule or
    /// list marker (`-` `*` `_` `+`, a digit) or quote (`>`). A blank line
    /// is not plain either.
    static func isPlainLine(_ line: String) -> Bool {
        for b in line.utf8 where b != UInt8(ascii: " ") && b != UInt8(ascii: "\t") {
            return !"`~#-*_+>".utf8.contains(b) && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
        }
        return false
    }

    struct ListMarker {
        var ordered: Bool
        var bullet: Character
        var start: Int
        var content: String
        var contentIndent: Int
    }

    static func listMarker(_ line: String) -> ListMarker? {
        let indent = leadingSpaces(line)
        guard indent < 4 else { return nil }
        let chars = Array(line.dropFirst(indent))
        guard let c = chars.first else { return nil }
        if c == "-" || c == "*" || c == "+" {
            guard chars.count == 1 || chars[1] == " " || chars[1] == "\t" else { return nil }
            if isRule(String(chars)) { return nil }
            let content = String(chars.dropFirst()).trimmingSpaces
            return ListMarker(ordered: false, bullet: c, start: 1, content: content, contentIndent: indent + 2)
        }
        var digits = 0
        while digits < chars.count, digits < 9, chars[digits].isASCII, chars[digits].isNumber { digits += 1 }
        guard digits > 0, digits < chars.count, chars[digits] == "." || chars[digits] == ")" else { return nil }
        guard digits + 1 == chars.count || chars[digits + 1] == " " else { return nil }
        let start = Int(String(chars[0..<digits])) ?? 1
        let content = String(chars.dropFirst(digits + 1)).trimmingSpaces
        return ListMarker(
            ordered: true, bullet: chars[digits], start: start, content: content, contentIndent: indent + digits + 2)
    }

    static func fenceMarker(_ trimmed: String) -> String? {
        if trimmed.hasPrefix("```") { return "```" }
        if trimmed.hasPrefix("~~~") { return "~~~" }
        return nil
    }

    /// A line of only the fence's character, at least as many as it.
    static func closesFence(_ line: String, _ fence: String) -> Bool {
        let t = line.trimmingSpaces
        return t.hasPrefix(fence) && t.allSatisfy { $0 == fence.first }
    }

    static func headingText(_ trimmed: String) -> String? {
        var level = 0
        for c in trimmed {
            if c == "#" { level += 1 } else { break }
            if level > 6 { return nil }
        }
        guard (1...6).contains(level) else { return nil }
        let rest = trimmed.dropFirst(level)
        guard rest.isEmpty || rest.first == " " else { return nil }
        // Closing `#`s and the spaces before them go; dropping them one at
        // a time from a String is linear, as is this.
        var text = Substring(String(rest).trimmingSpaces)
        while text.last == "#" { text = text.dropLast() }
        return String(text).trimmingSpaces
    }

    static func isRule(_ trimmed: String) -> Bool {
        let chars = trimmed.filter { $0 != " " }
        guard chars.count >= 3, let c = chars.first, c == "-" || c == "*" || c == "_" else { return false }
        return chars.allSatisfy { $0 == c }
    }

    static func leadingSpaces(_ line: String) -> Int {
        var n = 0
        for c in line {
            if c == " " { n += 1 } else if c == "\t" { n += 4 - n % 4 } else { break }
        }
        return n
    }

    static func dedent(_ line: String, by amount: Int) -> String {
        var removed = 0
        var index = line.startIndex
        while index < line.endIndex, removed < amount {
            let c = line[index]
            if c == " " { removed += 1 } else if c == "\t" { removed += 4 - removed % 4 } else { break }
            index = line.index(after: index)
        }
        return String(line[index...])
    }
}
