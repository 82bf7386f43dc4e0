import PFPlanFormats
import PFPlanModel

/// The directory as one CSV table (RFC 4180) for spreadsheets and mail
/// merges.
///
/// One header row, then one row per stakeholder contact (a stakeholder
/// with no contact the audience may see still gets one row, with empty
/// contact cells), then one row per resource and stage group. A single
/// table with a `section` column keeps the file RFC 4180 (one header)
/// when stakeholders and resources are both asked for; spreadsheet users
/// filter on `section` and `group`.
///
/// Cells are made inert for spreadsheets: a cell whose first character is
/// `=`, `+`, `-`, `@`, `|` or `%` (or their full-width forms `＝ ＋ － ＠ ｜
/// ％`), tab or carriage return gets a single quote `'` in front, as OWASP
/// recommends against CSV injection; so does one where such a character
/// follows only invisible ones (spaces, a zero-width space, a byte-order
/// mark, a bidirectional mark), which some spreadsheets skip. Spreadsheets
/// show the
/// quote as an ordinary character (in Excel and LibreOffice a leading `'`
/// typed in a cell is hidden, but one read from a CSV file is shown), so
/// a phone number written `+1 740 555 0100` appears as `'+1 740 555 0100`:
/// the price of never letting plan text run as a formula.
public enum DirectoryCSV {
    /// The columns, in order.
    public static let header = [
        "city", "section", "group", "id", "name", "kind", "provider", "description", "website", "address", "phone",
        "email", "hours", "stages", "audiences", "languages", "cost", "contact_name", "contact_role", "contact_email",
        "contact_phone", "contact_visibility",
    ]

    /// One city's directory, what `pfplan render` writes as `directory.csv`.
    ///
    /// `audience` is applied again here (filtering twice changes nothing),
    /// and defaults to `public`: a caller that forgets it gets the narrowest
    /// output, never a wider one.
    public static func render(
        _ plan: Plan, model: FrameworkModel, coverage: CoverageMatrix? = nil, what: DirectorySelection,
        audience: Visibility = .public
    ) -> String {
        render([
            DirectoryContent(
                DirectoryCity(plan: plan, model: model, coverage: coverage), what: what, audience: audience)
        ])
    }

    static func render(_ contents: [DirectoryContent]) -> String {
        // Rows are written as bytes into one buffer: a city of thousands
        // of rows spent most of this in growing strings cell by cell.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1 << 16)
        appendRecord(header, to: &bytes)
        func record(_ cells: [String]) { appendRecord(cells, to: &bytes) }
        for content in contents {
            let city = content.cityName
            for group in content.stakeholderGroups ?? [] {
                for s in group.stakeholders {
                    let organisation = [
                        city, "stakeholder", group.title, s.id.value, DirectoryText.clean(s.name.value), "", "",
                        DirectoryText.presentProse(s.description) ?? "", DirectoryText.present(s.website) ?? "",
                        DirectoryText.present(s.address) ?? "", "", "", "",
                        content.stageTitles(s.stages).joined(separator: "; "), "", s.languages.joined(separator: "; "),
                        "",
                    ]
                    if s.contacts.isEmpty {
                        record(organisation + ["", "", "", "", ""])
                    }
                    for c in s.contacts {
                        record(
                            organisation + [
                                DirectoryText.present(c.name) ?? "", DirectoryText.present(c.role) ?? "",
                                c.email.map { DirectoryText.clean($0.value) } ?? "",
                                c.phone.map { DirectoryText.clean($0.value) } ?? "", c.visibility.rawValue,
                            ])
                    }
                }
            }
            for group in content.resourceGroups ?? [] {
                for r in group.resources {
                    let access = r.access
                    record([
                        city, "resource", group.title, r.id.value, DirectoryText.clean(r.name.value),
                        r.kind?.value.rawValue ?? "",
                        content.providerName(r) ?? "", DirectoryText.presentProse(r.description) ?? "",
                        DirectoryText.present(access?.url) ?? "",
                        DirectoryText.present(access?.address) ?? "", DirectoryText.present(access?.phone) ?? "",
                        DirectoryText.present(access?.email) ?? "",
                        DirectoryText.present(access?.hours) ?? "",
                        content.stageTitles(r.stages).joined(separator: "; "),
                        content.audienceTitles(r.audiences).joined(separator: "; "),
                        r.languages.joined(separator: "; "),
                        r.cost?.rawValue ?? "", "", "", "", "", "",
                    ])
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A row: cells joined by commas, ended by CRLF (RFC 4180 2.1), the
    /// last row included.
    static func record(_ cells: [String]) -> String {
        var bytes: [UInt8] = []
        appendRecord(cells, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `record`, written at the end of `out`.
    static func appendRecord(_ cells: [String], to out: inout [UInt8]) {
        for (i, text) in cells.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            CSVField.append(text, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
    }
}
