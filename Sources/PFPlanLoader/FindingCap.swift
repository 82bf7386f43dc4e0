/// The most findings of one rule pfplan lists for one file. A hostile
/// plan can repeat a mistake millions of times (`x: {a,a,a,...}` is a
/// duplicate key every two bytes); past the cap each further finding costs
/// a counter, not a message, and one closing finding says how many were
/// left out:
///
///     plan.yaml:3:9: error: and 499,890 more findings of yaml/duplicate-key
///       in this file, not listed (pfplan lists the first 100 of each rule
///       per file) [yaml/duplicate-key]
///
/// The findings listed are the first 100 in the order pfplan finds them
/// (the file's order for the loader and decoder, each rule's own walk for
/// the rules); the closing one sits where the first unlisted one would.
/// Waived and open findings are counted apart, so a waiver never hides an
/// open finding behind the cap.
package enum FindingCap {
    package static let perRulePerFile = 100

    /// The closing finding for `count` unlisted findings of `rule`.
    package static func closing(
        rule: RuleID, severity: Severity, count: Int, at range: SourceRange, waivedBecause: String? = nil
    ) -> Diagnostic {
        let noun = count == 1 ? "finding" : "findings"
        var d = Diagnostic(
            rule: rule, severity: severity,
            message:
                "and \(grouped(count)) more \(waivedBecause == nil ? "" : "waived ")\(noun) of \(rule) in this file, "
                + "not listed (pfplan lists the first \(perRulePerFile) of each rule per file)",
            range: SourceRange(fileID: range.fileID, start: range.start, end: range.start),
            hint: waivedBecause == nil ? "fix the ones listed, then run pfplan again to see the rest" : nil)
        d.omitted = count
        d.waivedBecause = waivedBecause
        return d
    }

    /// The cap over a whole list of findings, made by several producers
    /// (each already capped by its `FindingTally`): in list order, the
    /// first `perRulePerFile` of each rule, file and waived-or-not are
    /// kept, and every later one, with every closing finding, is merged
    /// into one closing finding at the end. A list within the cap comes
    /// back as it is.
    package static func limit(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var tally = FindingTally()
        var kept: [Diagnostic] = []
        kept.reserveCapacity(diagnostics.count)
        var sawClosing = false
        for d in diagnostics {
            if d.omitted > 0 {
                tally.omit(d.omitted, of: d.rule, at: d.range, severity: d.severity, waivedBecause: d.waivedBecause)
                sawClosing = true
            } else if tally.admit(d.rule, at: d.range, severity: d.severity, waivedBecause: d.waivedBecause) {
                kept.append(d)
            }
        }
        if !sawClosing && kept.count == diagnostics.count { return diagnostics }
        return kept + tally.closingFindings()
    }

    /// `499890` as `499,890`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }
}

/// Counts findings per rule and file where they are made, and says whether
/// one more may be listed (`FindingCap`). A producer asks before it builds
/// a finding's message (and its suggestion), so a finding past the cap
/// costs a dictionary look-up.
package struct FindingTally: Sendable {
    struct Key: Hashable, Sendable {
        var rule: RuleID
        var file: FileID
        var waived: Bool
    }

    struct Unlisted: Sendable {
        var rule: RuleID
        var count: Int
        var range: SourceRange
        var severity: Severity
        var waivedBecause: String?
    }

    private var listed: [Key: Int] = [:]
    /// In the order the keys first went over the cap, so that the closing
    /// findings come out in the same order every run.
    private var unlisted: [Unlisted] = []
    private var unlistedPosition: [Key: Int] = [:]

    package init() {}

    /// Whether a finding of `rule` at `range` may be listed; if not, it
    /// is counted for the closing finding.
    package mutating func admit(
        _ rule: RuleID, at range: SourceRange, severity: Severity, waivedBecause: String? = nil
    ) -> Bool {
        let key = Key(rule: rule, file: range.fileID, waived: waivedBecause != nil)
        let n = listed[key, default: 0]
        if n < FindingCap.perRulePerFile {
            listed[key] = n + 1
            return true
        }
        omit(1, key: key, at: range, severity: severity, waivedBecause: waivedBecause)
        return false
    }

    /// Counts `count` findings that are not listed.
    mutating func omit(_ count: Int, of rule: RuleID, at range: SourceRange, severity: Severity, waivedBecause: String?)
    {
        omit(
            count, key: Key(rule: rule, file: range.fileID, waived: waivedBecause != nil), at: range,
            severity: severity,
            waivedBecause: waivedBecause)
    }

    private mutating func omit(
        _ count: Int, key: Key, at range: SourceRange, severity: Severity, waivedBecause: String?
    ) {
        if let i = unlistedPosition[key] {
            unlisted[i].count += count
        } else {
            unlistedPosition[key] = unlisted.count
            unlisted.append(
                Unlisted(rule: key.rule, count: count, range: range, severity: severity, waivedBecause: waivedBecause))
        }
    }

    /// Takes back the last admission of `rule` in a file: a producer that
    /// removes a finding it made (the decoder trying one kind, then
    /// another) gives its place back.
    package mutating func withdraw(_ rule: RuleID, in file: FileID, waived: Bool = false) {
        let key = Key(rule: rule, file: file, waived: waived)
        if let n = listed[key], n > 0 { listed[key] = n - 1 }
    }

    /// Whether anything went over the cap.
    package var isOver: Bool { !unlisted.isEmpty }

    /// One closing finding per rule and file that went over the cap.
    package func closingFindings() -> [Diagnostic] {
        unlisted.map { u in
            FindingCap.closing(
                rule: u.rule, severity: u.severity, count: u.count, at: u.range, waivedBecause: u.waivedBecause)
        }
    }
}
