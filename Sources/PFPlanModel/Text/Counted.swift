/// A count with its noun, in English, as every command's output writes
/// counts: "1 city", "2 cities", "0 errors". One place, so that no message
/// says "1 errors" or "1 cities" (issue 20).
///
/// - Parameters:
///   - noun: the singular ("city", "error", "other seat").
///   - plural: when English does not add -s, -es or -ies by the rule below.
public func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : plural ?? pluralOf(noun))"
}

/// "city" -> "cities", "match" -> "matches", "error" -> "errors"; the last
/// word of a phrase ("open finding" -> "open findings").
public func pluralOf(_ noun: String) -> String {
    let consonantY = noun.count >= 2 && noun.hasSuffix("y") && !"aeiou".contains(noun.dropLast().last!)
    if consonantY { return noun.dropLast() + "ies" }
    if ["s", "x", "z", "ch", "sh"].contains(where: noun.hasSuffix) { return noun + "es" }
    return noun + "s"
}
