import PFPlanFormats
import PFPlanModel

/// The directory as one self-contained HTML page: inline CSS, no script,
/// no font, image or request of any kind (a Content-Security-Policy says
/// so to the browser), so it can be mailed, printed or opened offline.
/// Tables keep their headers; on a narrow screen each row becomes a card
/// that repeats the header above each value and leaves out empty cells.
enum DirectoryHTML {
    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.45;color:#1b1b1b;\
        background:#fff;margin:0 auto;max-width:75rem;padding:1rem}
        h1{font-size:1.6rem}h2{font-size:1.35rem;margin-top:2rem}h3{font-size:1.15rem;margin-top:1.5rem}\
        h4{font-size:1rem;margin:1.25rem 0 .5rem}
        table{border-collapse:collapse;width:100%;margin:0 0 1rem}
        th,td{border:1px solid #c8c8c8;padding:.4rem .5rem;text-align:left;vertical-align:top}
        th{background:#eef1f4}
        td{overflow-wrap:anywhere}
        ul{margin:0;padding-left:1.1rem}
        .notice{border-left:.3rem solid #a4000f;background:#fdf0f0;padding:.5rem .8rem;font-weight:600}
        a{color:#0b57b0}
        @media (max-width:42rem){
        table,thead,tbody,tr,th,td{display:block}
        thead tr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        tr{border:1px solid #c8c8c8;margin:0 0 .8rem}
        td{border:0;border-bottom:1px solid #e4e4e4}
        td:empty{display:none}
        td::before{content:attr(data-label);display:block;font-weight:600;font-size:.85rem;color:#555}
        }
        @media print{a{color:inherit}}
        """

    static func render(_ contents: [DirectoryContent], what: DirectorySelection, audience: Visibility) -> String {
        let h = Escape.html
        let name = DirectoryMarkdown.title(what)
        let heading = contents.count == 1 ? h(contents[0].cityName) + ": " + name : upperFirst(name)
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="referrer" content="no-referrer">
            <title>\(heading)</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <h1>\(heading)</h1>

            """
        out += "<p>Contacts shown: \(DirectoryMarkdown.audienceWords(audience)).</p>\n"
        if let notice = contents.first?.audienceNotice {
            out += "<p class=\"notice\">\(h(notice))</p>\n"
        }
        for content in contents { city(content, into: &out) }
        out += "</body>\n</html>\n"
        return out
    }

    private static func upperFirst(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    private static func city(_ content: DirectoryContent, into out: inout String) {
        let h = Escape.html
        out += "<section>\n<h2>\(h(content.cityPlace))</h2>\n"
        if let title = content.plan.framework.title { out += "<p>\(h(DirectoryText.clean(title.value)))</p>\n" }
        if let groups = content.stakeholderGroups {
            out += "<h3>Stakeholders</h3>\n"
            if groups.isEmpty { out += "<p>No stakeholders.</p>\n" }
            let labels = ["Organisation", "Description", "Stages", "Languages", "Website", "Address", "Contacts"]
            for group in groups {
                out += "<h4>\(h(group.title))</h4>\n"
                table(
                    labels,
                    group.stakeholders.map { s in
                        [
                            h(DirectoryText.clean(s.name.value)), prose(s.description),
                            h(content.stageTitles(s.stages).joined(separator: ", ")),
                            h(s.languages.joined(separator: ", ")), link(s.website), text(s.address),
                            contacts(s.contacts),
                        ]
                    }, into: &out)
            }
        }
        if let groups = content.resourceGroups {
            out += "<h3>Resources</h3>\n"
            if groups.isEmpty { out += "<p>No resources.</p>\n" }
            let labels = ["Resource", "Kind", "Provider", "Audiences", "Languages", "Cost", "Access", "Description"]
            for group in groups {
                out += "<h4>\(h(group.title))</h4>\n"
                table(
                    labels,
                    group.resources.map { r in
                        [
                            h(DirectoryText.clean(r.name.value)), h(r.kind?.value.rawValue ?? ""),
                            h(content.providerName(r) ?? ""),
                            h(content.audienceTitles(r.audiences).joined(separator: ", ")),
                            h(r.languages.joined(separator: ", ")),
                            h(r.cost?.rawValue ?? ""), access(r.access), prose(r.description),
                        ]
                    }, into: &out)
            }
        }
        out += "</section>\n"
    }

    /// Cells arrive already escaped; labels are pfplan's own words.
    private static func table(_ labels: [String], _ rows: [[String]], into out: inout String) {
        out += "<table>\n<thead><tr>"
        for label in labels { out += "<th scope=\"col\">\(label)</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for cells in rows {
            out += "<tr>"
            for (label, cell) in zip(labels, cells) { out += "<td data-label=\"\(label)\">\(cell)</td>" }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
    }

    /// Escaped prose: paragraphs apart, the author's wrapping undone.
    private static func prose(_ value: String?) -> String {
        guard let value = DirectoryText.presentProse(value) else { return "" }
        return DirectoryText.lines(value).map(Escape.html).joined(separator: "<br>")
    }

    /// Escaped text whose line breaks mean something (an address, hours).
    private static func text(_ value: String?) -> String {
        guard let value = DirectoryText.present(value) else { return "" }
        return DirectoryText.lines(value).map(Escape.html).joined(separator: "<br>")
    }

    /// A link only for http and https: any other scheme (`javascript:`,
    /// `data:`) in a plan is shown as text, never made clickable.
    private static func link(_ url: String?) -> String {
        guard let url = DirectoryText.present(url) else { return "" }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return Escape.html(url) }
        return "<a href=\"\(Escape.html(url))\">\(Escape.html(url))</a>"
    }

    private static func mail(_ email: String) -> String {
        "<a href=\"mailto:\(Escape.html(email))\">\(Escape.html(email))</a>"
    }

    private static func phone(_ number: String) -> String {
        guard let uri = DirectoryVCard.telURI(number) else { return Escape.html(number) }
        return "<a href=\"\(Escape.html(uri))\">\(Escape.html(number))</a>"
    }

    private static func contacts(_ contacts: [Plan.Contact]) -> String {
        guard !contacts.isEmpty else { return "" }
        var out = "<ul>"
        for c in contacts {
            var parts = [Escape.html(DirectoryContent.contactLabel(c))]
            if let email = DirectoryText.present(c.email?.value) { parts.append(mail(email)) }
            if let number = DirectoryText.present(c.phone?.value) { parts.append(phone(number)) }
            out += "<li>" + parts.joined(separator: "<br>") + "</li>"
        }
        return out + "</ul>"
    }

    private static func access(_ a: Plan.Access?) -> String {
        guard let a else { return "" }
        var parts: [String] = []
        if let url = DirectoryText.present(a.url) { parts.append(link(url)) }
        if let number = DirectoryText.present(a.phone) { parts.append("Phone: " + phone(number)) }
        if let email = DirectoryText.present(a.email) { parts.append("Email: " + mail(email)) }
        if let address = DirectoryText.present(a.address) { parts.append("Address: " + text(address)) }
        if let hours = DirectoryText.present(a.hours) { parts.append("Hours: " + text(hours)) }
        return parts.joined(separator: "<br>")
    }
}
