import PFPlanModel
import PFPlanFormats

/// The directory as vCard 4.0 (RFC 6350), to import into an address book.
///
/// One card per stakeholder organisation (`KIND:org`), carrying the
/// contacts the audience may see as grouped properties: `itemN.EMAIL`,
/// `itemN.TEL` and `itemN.X-ABLabel` (the label Apple and Google address
/// books show beside a grouped value; RFC 6350 has no standard label, and
/// groups are its way to tie properties together). One card per resource
/// too (`KIND:org`, since a programme or hotline is reached like an
/// organisation), listed once even when it serves several stages: its
/// stages are in `CATEGORIES`, so a hotline's number lands in the phone
/// next to the partner organisations.
///
/// `UID` is `pfplan:<city>:<stakeholder|resource>:<id>` as text, stable
/// across runs so a re-import updates cards instead of duplicating them.
/// There is no `REV`: the output depends on the plan only.
enum DirectoryVCard {
    static func render(_ contents: [DirectoryContent]) -> String {
        var out = ""
        for content in contents {
            for group in content.stakeholderGroups ?? [] {
                for s in group.stakeholders { out += stakeholderCard(s, group: group, content) }
            }
            var seen = Set<String>()
            var order: [Plan.Resource] = []
            var stagesOf: [String: [String]] = [:]
            for group in content.resourceGroups ?? [] {
                for r in group.resources {
                    if seen.insert(r.id.value).inserted { order.append(r) }
                    if group.stage != nil { stagesOf[r.id.value, default: []].append(group.title) }
                }
            }
            for r in order { out += resourceCard(r, stages: stagesOf[r.id.value] ?? [], content) }
        }
        return out
    }

    private static func stakeholderCard(
        _ s: Plan.Stakeholder, group: DirectoryContent.StakeholderGroup, _ content: DirectoryContent
    ) -> String {
        var lines = header(uid: "pfplan:\(content.citySlug):stakeholder:\(s.id.value)")
        let name = DirectoryText.clean(s.name.value)
        lines.append("FN:" + VCardText.text(name))
        lines.append("ORG:" + VCardText.text(name))
        if group.sector != nil { lines.append("CATEGORIES:" + VCardText.text(group.title)) }
        if let description = DirectoryText.presentProse(s.description) {
            lines.append("NOTE:" + VCardText.text(description))
        }
        if let url = uri(s.website) { lines.append("URL:" + url) }
        if let address = DirectoryText.present(s.address) { lines.append(adr(address)) }
        lines += languages(s.languages)
        for (index, c) in s.contacts.enumerated() {
            let group = "item\(index + 1)."
            if let email = DirectoryText.present(c.email?.value) {
                lines.append(group + "EMAIL;TYPE=work:" + VCardText.text(email))
            }
            if let number = DirectoryText.present(c.phone?.value) {
                lines.append(group + tel(number, types: "work,voice"))
            }
            lines.append(group + "X-ABLabel:" + VCardText.text(DirectoryContent.contactLabel(c)))
        }
        lines.append("END:VCARD")
        return lines.map(VCardText.fold).joined()
    }

    private static func resourceCard(_ r: Plan.Resource, stages: [String], _ content: DirectoryContent) -> String {
        var lines = header(uid: "pfplan:\(content.citySlug):resource:\(r.id.value)")
        lines.append("FN:" + VCardText.text(DirectoryText.clean(r.name.value)))
        if let provider = DirectoryText.present(content.providerName(r)) {
            lines.append("ORG:" + VCardText.text(provider))
        }
        let categories = [r.kind?.value.rawValue].compactMap { $0 } + stages
        if !categories.isEmpty { lines.append("CATEGORIES:" + categories.map(VCardText.text).joined(separator: ",")) }
        var note: [String] = []
        if let description = DirectoryText.presentProse(r.description) { note.append(description) }
        if let hours = DirectoryText.present(r.access?.hours) { note.append("Hours: " + hours) }
        if !note.isEmpty { lines.append("NOTE:" + VCardText.text(note.joined(separator: "\n\n"))) }
        if let url = uri(r.access?.url) { lines.append("URL:" + url) }
        if let number = DirectoryText.present(r.access?.phone) { lines.append(tel(number, types: "voice")) }
        if let email = DirectoryText.present(r.access?.email) { lines.append("EMAIL:" + VCardText.text(email)) }
        if let address = DirectoryText.present(r.access?.address) { lines.append(adr(address)) }
        lines += languages(r.languages)
        lines.append("END:VCARD")
        return lines.map(VCardText.fold).joined()
    }

    private static func header(uid: String) -> [String] {
        [
            "BEGIN:VCARD", "VERSION:4.0", "PRODID:-//pfplan//directory//EN", "UID;VALUE=text:" + VCardText.text(uid),
            "KIND:org",
        ]
    }

    /// The plan's address is one line of text, not street / city / code:
    /// it goes whole into the street component, the others stay empty.
    private static func adr(_ address: String) -> String {
        "ADR;TYPE=work:;;" + VCardText.text(address) + ";;;;"
    }

    private static func languages(_ tags: [String]) -> [String] {
        tags.enumerated().map { index, tag in "LANG;PREF=\(index + 1):" + VCardText.text(tag) }
    }

    /// A `tel:` URI when the number is a global one (RFC 3966), which RFC
    /// 6350 asks for; anything else (a short code like 988, an extension)
    /// stays free text, which vCard 4.0 allows with `VALUE=text`.
    private static func tel(_ number: String, types: String) -> String {
        if let uri = telURI(number) { return "TEL;VALUE=uri;TYPE=\(types):" + uri }
        return "TEL;VALUE=text;TYPE=\(types):" + VCardText.text(number)
    }

    /// `+1 740 555 0100` -> `tel:+1-740-555-0100`; nil when the number is
    /// not `+` then digits and visual separators (space, `-`, `.`, `(`, `)`).
    static func telURI(_ number: String) -> String? {
        let scalars = Array(DirectoryText.clean(number).unicodeScalars)
        guard scalars.first == "+", scalars.count > 1 else { return nil }
        var out = "tel:+"
        var digits = 0
        var pendingSeparator = false
        for scalar in scalars.dropFirst() {
            switch scalar {
            case "0"..."9":
                if pendingSeparator && digits > 0 { out += "-" }
                pendingSeparator = false
                out.unicodeScalars.append(scalar)
                digits += 1
            case " ", "-", ".":
                pendingSeparator = true
            case "(", ")":
                if pendingSeparator && digits > 0 { out += "-" }
                pendingSeparator = false
                out.unicodeScalars.append(scalar)
            default:
                return nil
            }
        }
        return digits > 0 ? out : nil
    }

    /// A web address as a URI value: only http and https, and only without
    /// spaces or control characters (which no URI holds and which would
    /// break the line).
    private static func uri(_ url: String?) -> String? {
        guard let url = DirectoryText.present(url) else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else { return nil }
        return url
    }
}
