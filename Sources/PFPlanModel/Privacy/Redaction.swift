import PFPlanLoader

/// Findings can quote a contact ("the contact 'Dr. Voss' of ... has
/// neither email nor phone", or a malformed email in a schema message).
/// In an edition that leaves the contact out, a finding about it (its
/// path lies inside the contact) says only that there is one, and every
/// value written in the contact is removed from every other message, so
/// the findings cannot leak what the audience filter dropped.
///
/// It works from the contacts as the plan's text holds them
/// (`WrittenContact`), not from the decoded plan: a contact whose
/// stakeholder was dropped for a schema error is gone from the plan, but
/// a finding about its malformed email still quotes the email.
///
/// A large plan has thousands of findings and thousands of hidden
/// contacts, so each finding first narrows the contacts down to those
/// that can be in it (an index of paths, and of each ASCII secret's first
/// three bytes), and only those are tested and replaced the usual way, in
/// the usual order. The narrowing never drops one that the plain test
/// would find: see `candidates(in:)`.
package struct Redaction: Sendable {
    var paths: [String]
    var secrets: [String]
    /// `paths` as a set, when every one of them is ASCII.
    private var asciiPaths: Set<String>?
    /// Indices into `secrets` of the ASCII ones, by their first three bytes.
    private var byPrefix: [UInt32: [Int]] = [:]
    /// Indices of the secrets that are not ASCII: tested on every message.
    private var alwaysTested: [Int] = []

    /// Hides every contact of `contacts` that `audience` may not see.
    package init(_ contacts: [WrittenContact], audience: Visibility) {
        let hidden = contacts.filter { $0.visibility > audience }
        paths = hidden.map(\.path).filter { !$0.isEmpty }
        var secrets = Set<String>()
        for c in hidden {
            for value in c.values where value.count >= 3 { secrets.insert(value) }
        }
        // Longest first, so a name inside an email is not cut in half.
        self.secrets = secrets.sorted { ($0.count, $0) > ($1.count, $1) }
        if paths.allSatisfy(\.isASCIIText) { asciiPaths = Set(paths) }
        for (i, s) in self.secrets.enumerated() {
            let bytes = Array(s.utf8)
            if s.isASCIIText && bytes.count >= 3 {
                byPrefix[Self.key(bytes, 0), default: []].append(i)
            } else {
                alwaysTested.append(i)
            }
        }
    }

    /// `hiddenMessage` replaces the message of a finding about a hidden
    /// contact (the document's words for it, in its language).
    package func apply(_ diagnostics: [Diagnostic], hiddenMessage: String) -> [Diagnostic] {
        guard !paths.isEmpty || !secrets.isEmpty else { return diagnostics }
        return diagnostics.map { d in
            var d = d
            if isAboutHidden(d.path) {
                d.message = hiddenMessage
            }
            d.message = scrub(d.message)
            d.hint = nil
            d.related = d.related.map { RelatedLocation(range: $0.range, message: scrub($0.message)) }
            d.waivedBecause = d.waivedBecause.map(scrub)
            return d
        }
    }

    /// `text` with every hidden value in it replaced by "…".
    package func scrub(_ text: String) -> String {
        var text = text
        for i in candidates(in: text) where text.contains(secrets[i]) { text = text.replacing(secrets[i], with: "…") }
        return text
    }

    /// Whether a finding's path is a hidden contact's or lies inside one.
    package func isAboutHidden(_ path: String) -> Bool {
        guard let asciiPaths, path.isASCIIText else {
            return paths.contains(where: { path == $0 || path.hasPrefix($0 + ".") || path.hasPrefix($0 + "[") })
        }
        // ASCII against ASCII: "is p, or starts with p. or p[" is "p is the
        // path or the part of it before some . or [".
        if asciiPaths.contains(path) { return true }
        for (offset, b) in path.utf8.enumerated() where b == UInt8(ascii: ".") || b == UInt8(ascii: "[") {
            if asciiPaths.contains(String(decoding: path.utf8.prefix(offset), as: UTF8.self)) { return true }
        }
        return false
    }

    /// The indices of the secrets that `text.contains` could find, in the
    /// order of `secrets`. An ASCII text can only contain (even by
    /// Unicode equivalence) an ASCII secret byte for byte, so those are
    /// found by their first three bytes; every secret that is not ASCII is
    /// always a candidate, and so is every secret for a text that is not
    /// ASCII. Replacing a secret by "…" cannot make an ASCII secret appear
    /// that was not there before (it would have to hold the "…"), so the
    /// candidates of the original text serve for every step.
    package func candidates(in text: String) -> [Int] {
        guard text.isASCIIText else { return Array(secrets.indices) }
        var found: [Int] = alwaysTested
        let bytes = Array(text.utf8)
        if bytes.count >= 3 {
            for start in 0...(bytes.count - 3) {
                guard let bucket = byPrefix[Self.key(bytes, start)] else { continue }
                for i in bucket {
                    let secret = secrets[i].utf8
                    if secret.count <= bytes.count - start, secret.elementsEqual(bytes[start..<(start + secret.count)])
                    {
                        found.append(i)
                    }
                }
            }
        }
        guard found.count > 1 else { return found }
        return Array(Set(found)).sorted()
    }

    private static func key(_ bytes: [UInt8], _ start: Int) -> UInt32 {
        UInt32(bytes[start]) << 16 | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2])
    }
}

extension String {
    /// Every byte below 0x80.
    package var isASCIIText: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
