import PFPlanLoader

/// `5,000`: a number written with a thousands separator, which YAML reads
/// as text (`amount: 5,000`) or, in braces, as the end of the value and a
/// new key (`{amount: 5,000}` gives a key '000').
enum ThousandsSeparator {
    /// `5,000`, `1,250,000`, `12,500.50`. The decoder asks this of every
    /// number a plan holds: one without a ',' is answered by one scan of
    /// its bytes, and only one with a ',' is split (`matchesBySplitting`,
    /// which a test compares with this on numbers with and without).
    static func matches(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: ",")) else { return false }
        return matchesBySplitting(text)
    }

    /// The whole test: the groups between ',' and the decimals after '.'.
    static func matchesBySplitting(_ text: String) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(\.isASCIIDigit) { return false }
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count >= 2, (1...3).contains(groups[0].count) else { return false }
        return groups.enumerated().allSatisfy { i, g in (i == 0 || g.count == 3) && g.allSatisfy(\.isASCIIDigit) }
    }

    static func hint(_ text: String) -> String {
        "write numbers without a thousands separator: \(text.filter { $0 != "," })"
    }

    /// For an unknown key `i` of a mapping: whether it is a group of digits
    /// a ',' split off the value before it. nil: it is not; `.some(nil)`:
    /// it is, and the key before it was reported with the whole number;
    /// else the number as written and where it is.
    static func splitEntry(_ tree: NodeArena.UnsafeView, _ mapping: NodeArena.Ref, at i: Int) -> (String, SourceRange)??
    {
        func isGroup(_ j: Int) -> Bool {
            let key = tree.key(mapping, j)
            guard tree.isScalar(key), tree.isNull(tree.value(mapping, j)) else { return false }
            let text = tree.text(key)
            return text.count == 3 && text.allSatisfy(\.isASCIIDigit)
        }
        guard i > 0, isGroup(i) else { return nil }
        if isGroup(i - 1) { return .some(nil) }
        let value = tree.value(mapping, i - 1)
        guard tree.isScalar(value) else { return nil }
        let head = tree.text(value)
        guard (1...3).contains(head.count), head.allSatisfy(\.isASCIIDigit) else { return nil }
        var number = head
        var j = i
        var end = tree.range(tree.key(mapping, i)).end
        while j < tree.count(mapping), isGroup(j) {
            number += "," + tree.text(tree.key(mapping, j))
            end = tree.range(tree.key(mapping, j)).end
            j += 1
        }
        var range = tree.range(value)
        range.end = end
        return .some((number, range))
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension CalendarDate {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// Why text shaped like a date (YYYY-MM-DD) is none, in words:
    /// "February 2025 has 28 days". nil when it does not have the shape.
    static func whyNotADate(_ text: String) -> String? {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
            let y = Int(String(decoding: u[0..<4], as: UTF8.self)),
            let m = Int(String(decoding: u[5..<7], as: UTF8.self)),
            let d = Int(String(decoding: u[8..<10], as: UTF8.self)),
            [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ u[$0] >= 48 && u[$0] <= 57 })
        else { return nil }
        guard (1...12).contains(m) else { return "there is no month \(m); months go from 01 to 12" }
        let days = days(inMonth: m, year: y)
        if d == 0 { return "there is no day 00; days start at 01" }
        guard d <= days else { return "\(monthNames[m - 1]) \(y) has \(days) days" }
        return nil
    }
}
