import PFPlanModel
import PFPlanFormats

/// The directory as Markdown (GitHub-flavoured tables), for a wiki or a
/// repository. Every plan string passes through `MarkdownEscape.tableCell`,
/// so text in a plan can neither break a table nor inject a link, an image
/// or raw HTML.
enum DirectoryMarkdown {
    static func render(_ contents: [DirectoryContent], what: DirectorySelection, audience: Visibility) -> String {
        var out = ""
        for (index, content) in contents.enumerated() {
            if index > 0 { out += "\n" }
            city(content, what: what, into: &out)
        }
        return out
    }

    static func title(_ what: DirectorySelection) -> String {
        switch what {
        case .stakeholders: "stakeholder directory"
        case .resources: "resource directory"
        case .all: "stakeholder and resource directory"
        }
    }

    private static func city(_ content: DirectoryContent, what: DirectorySelection, into out: inout String) {
        let md = { (text: String) in MarkdownEscape.tableCell(text) }
        out += "# \(md(content.cityName)): \(title(what))\n\n"
        let title = content.plan.framework.title.map { " (" + md($0.value) + ")" } ?? ""
        out += "Directory of \(md(content.cityPlace))\(title). "
        out += "Contacts shown: \(audienceWords(content.audience)).\n"
        if let notice = content.audienceNotice {
            out += "\n> **\(md(notice))**\n"
        }
        if let groups = content.stakeholderGroups {
            out += "\n## Stakeholders\n"
            if groups.isEmpty { out += "\nNo stakeholders.\n" }
            for group in groups {
                out += "\n### \(md(group.title))\n\n"
                out += "| Organisation | Description | Stages | Languages | Website | Address | Contacts |\n"
                out += "|---|---|---|---|---|---|---|\n"
                for s in group.stakeholders {
                    let contacts = s.contacts.map { contact($0) }.joined(separator: "<br>")
                    out += row([
                        md(DirectoryText.clean(s.name.value)), cell(s.description),
                        md(content.stageTitles(s.stages).joined(separator: ", ")),
                        md(s.languages.joined(separator: ", ")), cell(s.website), cell(s.address, keepLines: true),
                        contacts,
                    ])
                }
            }
        }
        if let groups = content.resourceGroups {
            out += "\n## Resources\n"
            if groups.isEmpty { out += "\nNo resources.\n" }
            for group in groups {
                out += "\n### \(md(group.title))\n\n"
                out += "| Resource | Kind | Provider | Audiences | Languages | Cost | Access | Description |\n"
                out += "|---|---|---|---|---|---|---|---|\n"
                for r in group.resources {
                    out += row([
                        md(DirectoryText.clean(r.name.value)), md(r.kind?.value.rawValue ?? ""),
                        md(content.providerName(r) ?? ""),
                        md(content.audienceTitles(r.audiences).joined(separator: ", ")),
                        md(r.languages.joined(separator: ", ")),
                        md(r.cost?.rawValue ?? ""), access(r.access), cell(r.description),
                    ])
                }
            }
        }
    }

    static func audienceWords(_ audience: Visibility) -> String {
        switch audience {
        case .public: "public only"
        case .internal: "public and internal"
        case .restricted: "public, internal and restricted"
        }
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }

    private static func cell(_ text: String?, keepLines: Bool = false) -> String {
        let value = keepLines ? DirectoryText.present(text) : DirectoryText.presentProse(text)
        return value.map { MarkdownEscape.tableCell($0, keepLines: keepLines) } ?? ""
    }

    /// "Front desk (General enquiries): info@example.org, +1 740 555 0100".
    private static func contact(_ c: Plan.Contact) -> String {
        let channels = [c.email?.value, c.phone?.value].compactMap(DirectoryText.present)
        let label = MarkdownEscape.tableCell(DirectoryContent.contactLabel(c))
        guard !channels.isEmpty else { return label }
        return label + ": " + channels.map { MarkdownEscape.tableCell($0) }.joined(separator: ", ")
    }

    private static func access(_ a: Plan.Access?) -> String {
        guard let a else { return "" }
        let parts: [(String, String?)] = [
            ("Web", a.url), ("Phone", a.phone), ("Email", a.email), ("Address", a.address), ("Hours", a.hours),
        ]
        return parts.compactMap { label, value in
            DirectoryText.present(value).map { "\(label): " + MarkdownEscape.tableCell($0, keepLines: true) }
        }
        .joined(separator: "<br>")
    }
}
