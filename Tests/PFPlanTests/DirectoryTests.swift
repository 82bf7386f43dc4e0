import Foundation
import PFPlanLoader
import PFPlanSupport
import Testing

@testable import PFPlanFormats
@testable import PFPlanModel
@testable import PFPlanPublishing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `pfplan directory` and the audience filter: goldens for every format at
/// every audience, the privacy guarantee over every example plan, the
/// escaping of each format, and the command's exit codes.
///
/// Goldens live in `Fixtures/directory/`; to rewrite them after a
/// deliberate change, run with `PFPLAN_UPDATE_GOLDENS=1` and read the diff
/// before committing.
@Suite struct DirectoryTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("directory")
    static let fixturePlan = folder.appendingPathComponent("plan.yaml").path

    /// The fixture plan, read and checked as the command reads it.
    static func fixture() throws -> DirectoryCity {
        let result = try lintResult(fixturePlan, root: folder.path)
        let blocking = result.openDiagnostics.filter { $0.severity == .error }
        #expect(blocking.isEmpty, "the fixture must lint without errors: \(blocking.map(\.message))")
        return DirectoryCity(plan: try #require(result.plan), model: try #require(result.model))
    }

    static func lintResult(_ file: String, root: String) throws -> LintResult {
        switch Linter.lint(file, options: lintOptions(asOf: "2025-03-01", root: root)) {
        case .success(let r): return r
        case .failure(let f): throw f
        }
    }

    static func fileExtension(_ format: DirectoryFormat) -> String { format.rawValue }

    // MARK: - Goldens

    func expectGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PFPLAN_UPDATE_GOLDENS"] == "1" {
            try Data(actual.utf8).write(to: url)
        }
        // Bytes, not Strings: String equality would call a precomposed and
        // a decomposed "é" equal, and CRLF must stay CRLF.
        let expected = try Data(contentsOf: url)
        #expect(Data(actual.utf8) == expected, "\(name) differs from its golden", sourceLocation: sourceLocation)
    }

    @Test(arguments: DirectoryFormat.allCases, Visibility.allCases)
    func everyFormatAtEveryAudienceMatchesItsGolden(format: DirectoryFormat, audience: Visibility) throws {
        let output = Directory.render([try Self.fixture()], format: format, what: .all, audience: audience)
        try expectGolden("directory-\(audience.rawValue).\(Self.fileExtension(format))", output)
    }

    @Test(arguments: [DirectorySelection.stakeholders, .resources])
    func whatSelectsAPart(what: DirectorySelection) throws {
        let city = try Self.fixture()
        try expectGolden(
            "directory-\(what.rawValue).md", Directory.render([city], format: .md, what: what, audience: .public))
        let json = Directory.render([city], format: .json, what: what, audience: .public)
        #expect(json.contains("\"stakeholders\"") == (what == .stakeholders))
        #expect(json.contains("\"resources\"") == (what == .resources))
        let csv = Directory.render([city], format: .csv, what: what, audience: .public)
        #expect(csv.contains(",stakeholder,") == (what == .stakeholders))
        #expect(csv.contains(",resource,") == (what == .resources))
    }

    // MARK: - The audience filter

    @Test func filterKeepsExactlyTheContactsAtOrBelowTheAudience() throws {
        let plan = try Self.fixture().plan
        let cityHall = { (p: Plan) in
            p.stakeholders.first { $0.id.value == "city-hall" }!.contacts.map { $0.name ?? "" }
        }
        #expect(cityHall(AudienceFilter.apply(plan, audience: .public)) == ["Front desk, ground floor"])
        #expect(
            cityHall(AudienceFilter.apply(plan, audience: .internal))
                == ["Front desk, ground floor", "Kari Internsen", "Unmarked Person"])
        #expect(cityHall(AudienceFilter.apply(plan, audience: .restricted)).count == 4)
        // Unmarked means internal (plan-format.md: nothing becomes public
        // unless the author says so).
        let unmarked = plan.stakeholders.flatMap(\.contacts).first { $0.name == "Unmarked Person" }
        #expect(unmarked?.visibility == .internal)

        let members = { (p: Plan) in p.leadership!.members.map { $0.contact?.email?.value } }
        #expect(members(AudienceFilter.apply(plan, audience: .public)) == [nil, "coordinator@example.org"])
        #expect(
            members(AudienceFilter.apply(plan, audience: .internal)) == [
                "chair.hidden@example.org", "coordinator@example.org",
            ])

        // The fixture's pledge contact says nothing, so it is internal.
        #expect(plan.pledge?.contact?.visibility == .internal)
        #expect(AudienceFilter.apply(plan, audience: .public).pledge?.contact == nil)
        #expect(
            AudienceFilter.apply(plan, audience: .internal).pledge?.contact?.email?.value == "pledge.hidden@example.org"
        )

        for audience in Visibility.allCases {
            let filtered = AudienceFilter.apply(plan, audience: audience)
            #expect(AudienceFilter.hiddenContacts(in: filtered, audience: audience).isEmpty)
            // Filtering again, or with a wider audience afterwards, changes nothing.
            for wider in Visibility.allCases where wider >= audience {
                let twice = AudienceFilter.apply(filtered, audience: wider)
                #expect(twice.stakeholders.map(\.contacts.count) == filtered.stakeholders.map(\.contacts.count))
            }
        }
    }

    @Test func filterTreatsThePledgeContactByItsVisibility() throws {
        var plan = try Self.fixture().plan
        var contact = plan.stakeholders[0].contacts[0]
        contact.email = Located("pledge.hidden@example.org", range: contact.range, path: contact.path)
        contact.visibility = .internal
        plan.pledge = Plan.Pledge(
            range: plan.range, path: contact.path, title: nil, entity: nil, entityType: nil, contact: contact,
            contactPosition: "Pledge officer", country: nil, otherCountries: [], type: nil, nature: [], objectives: [],
            objectivesRange: nil, principles: [], description: nil, expectedImpact: [], deadline: nil)
        let shown = AudienceFilter.apply(plan, audience: .public)
        #expect(shown.pledge != nil)
        #expect(shown.pledge?.contact == nil)
        #expect(shown.pledge?.contactPosition == nil)
        #expect(
            AudienceFilter.apply(plan, audience: .internal).pledge?.contact?.email?.value == "pledge.hidden@example.org"
        )
        #expect(
            AudienceFilter.hiddenContacts(in: plan, audience: .public).contains {
                $0.email?.value == "pledge.hidden@example.org"
            })
    }

    /// Even a caller that hands over an unfiltered plan gets nothing above
    /// the audience, and `DirectoryCSV.render` without an audience is public.
    @Test func exportersFilterWhateverTheCallerDid() throws {
        let city = try Self.fixture()
        let csv = DirectoryCSV.render(city.plan, model: city.model, what: .all)
        #expect(!csv.contains("kari.internal@example.org"))
        #expect(!csv.contains("per.restricted@example.org"))
        #expect(csv.contains("front-desk@example.org"))
        let internalCSV = DirectoryCSV.render(city.plan, model: city.model, what: .all, audience: .internal)
        #expect(internalCSV.contains("kari.internal@example.org"))
        #expect(!internalCSV.contains("per.restricted@example.org"))
    }

    // MARK: - No hidden contact in any output

    /// Every plan under Examples/ (found now: other cities keep arriving)
    /// and the fixture.
    static func planFiles() throws -> [String] {
        let fm = FileManager.default
        var examples: [String] = []
        let walker = fm.enumerator(atPath: TestPaths.examples.path)
        while let relative = walker?.nextObject() as? String {
            if (relative as NSString).lastPathComponent == "plan.yaml" {
                examples.append(TestPaths.examples.appendingPathComponent(relative).path)
            }
        }
        return examples.sorted() + [fixturePlan]
    }

    /// The ways an exporter may write a value: as is, escaped for its
    /// format, or (a phone) as a tel: URI.
    static func spellings(_ value: String) -> Set<String> {
        var out: Set<String> = [value, Escape.html(value), MarkdownEscape.tableCell(value), VCardText.text(value)]
        out.insert(String(JSONWriter.quoted(value).dropFirst().dropLast()))
        out.insert(CSVField.quote(value))
        if let uri = DirectoryVCard.telURI(value) { out.insert(uri) }
        return out.filter { !$0.isEmpty }
    }

    /// Byte search (Foundation's, on Data): the outputs of every example at
    /// every audience are many, and the generic collection search made this
    /// test the slowest by far.
    static func contains(_ haystack: Data, _ needle: [UInt8]) -> Bool {
        needle.isEmpty || haystack.range(of: Data(needle)) != nil
    }

    /// Emails and phones the audience may see anywhere in the plan: a
    /// hidden contact that shares one (an office mailbox listed twice) does
    /// not leak it. Worked out here from the visibilities themselves, not
    /// with the filter under test, which would then vouch for itself.
    static func visibleChannels(_ plan: Plan, audience: Visibility) -> Set<String> {
        var out = Set<String>()
        let contacts =
            plan.stakeholders.flatMap(\.contacts) + (plan.leadership?.members.compactMap(\.contact) ?? [])
            + [plan.pledge?.contact, plan.pledge?.secondaryContact].compactMap { $0 }
        for c in contacts
        where c.visibility.rawValue == "public" || audience.rawValue == "restricted"
            || (audience.rawValue == "internal" && c.visibility.rawValue == "internal")
        {
            if let e = c.email?.value { out.insert(e) }
            if let p = c.phone?.value { out.insert(p) }
        }
        for r in plan.resources {
            if let e = r.access?.email { out.insert(e) }
            if let p = r.access?.phone { out.insert(p) }
        }
        return out
    }

    /// Every email and phone of a contact above `audience`, found without
    /// the filter under test.
    static func hiddenChannels(_ plan: Plan, audience: Visibility) -> [String] {
        let contacts =
            plan.stakeholders.flatMap(\.contacts) + (plan.leadership?.members.compactMap(\.contact) ?? [])
            + [plan.pledge?.contact, plan.pledge?.secondaryContact].compactMap { $0 }
        let visible = visibleChannels(plan, audience: audience)
        return contacts.flatMap { [$0.email?.value, $0.phone?.value].compactMap { $0 } }.filter {
            !visible.contains($0)
        }
    }

    @Test func noOutputHoldsAContactAboveItsAudience() throws {
        let files = try Self.planFiles()
        #expect(files.count >= 2)
        var checked = 0
        var hiddenAtPublic = 0
        for file in files {
            let result = try Self.lintResult(file, root: PathText.directory(of: file))
            guard let plan = result.plan, let model = result.model else {
                Issue.record("\(file): could not be read")
                continue
            }
            for audience in Visibility.allCases {
                let hidden = Self.hiddenChannels(plan, audience: audience)
                if audience == .public { hiddenAtPublic += hidden.count }
                #expect(audience == .restricted || !hidden.isEmpty || file != Self.fixturePlan)
                for format in DirectoryFormat.allCases {
                    for what in DirectorySelection.allCases {
                        var output = Directory.render(
                            [DirectoryCity(plan: plan, model: model)], format: format, what: what, audience: audience)
                        // A folded vCard line could split a value in two.
                        if format == .vcf { output = output.replacingOccurrences(of: "\r\n ", with: "") }
                        let bytes = Data(output.utf8)
                        for value in hidden {
                            for spelling in Self.spellings(value) where Self.contains(bytes, Array(spelling.utf8)) {
                                Issue.record(
                                    "\(file): \(format.rawValue) output for audience \(audience.rawValue) holds '\(value)'"
                                )
                            }
                        }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == files.count * 3 * 5 * 3)
        // The examples do hold contacts to hide, so the test is not empty.
        #expect(hiddenAtPublic > files.count)
    }

    /// In the fixture every hidden contact's name is unique too, so names
    /// are checked as well as channels.
    @Test func fixtureOutputsHoldNoHiddenName() throws {
        let city = try Self.fixture()
        for audience in Visibility.allCases {
            let names = AudienceFilter.hiddenContacts(in: city.plan, audience: audience).compactMap(\.name)
            #expect(!names.isEmpty || audience == .restricted)
            for format in DirectoryFormat.allCases {
                let output = Directory.render([city], format: format, what: .all, audience: audience)
                    .replacingOccurrences(of: "\r\n ", with: "")
                for name in names { #expect(!output.contains(name), "\(format) \(audience) holds \(name)") }
            }
        }
    }

    // MARK: - CSV

    @Test func csvCellsThatASpreadsheetWouldRunAreInert() {
        #expect(CSVField.cell("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVField.cell("+1 740 555 0100") == "'+1 740 555 0100")
        #expect(CSVField.cell("-2+3") == "'-2+3")
        #expect(CSVField.cell("@SUM(1)") == "'@SUM(1)")
        #expect(CSVField.cell("\tcmd") == "'\tcmd")
        #expect(CSVField.cell("\r=1") == "\"'\r=1\"")
        #expect(CSVField.cell("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        // The first character that shows matters: blanks and invisible
        // characters before it are skipped, as some spreadsheets skip them.
        #expect(CSVField.cell("a=b") == "a=b")
        #expect(CSVField.cell(" =1") == "' =1")
        #expect(CSVField.cell("\u{200B}=1") == "'\u{200B}=1")
        #expect(CSVField.cell("\u{FEFF}=1") == "'\u{FEFF}=1")
        #expect(CSVField.cell("\u{200F}+1") == "'\u{200F}+1")
        for fullWidth in ["＝1", "＋1", "－1", "＠x", "｜x", "％x", "|cmd", "%0A"] {
            #expect(CSVField.cell(fullWidth) == "'" + fullWidth, "\(fullWidth)")
        }
        #expect(CSVField.cell("\u{200B}a=1") == "\u{200B}a=1")
        #expect(CSVField.cell("José") == "José")
        #expect(CSVField.cell("") == "")
    }

    @Test func csvQuotesPerRFC4180() {
        #expect(CSVField.cell("plain") == "plain")
        #expect(CSVField.cell("a,b") == "\"a,b\"")
        #expect(CSVField.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.cell("two\nlines") == "\"two\nlines\"")
        #expect(CSVField.cell("cr\rhere") == "\"cr\rhere\"")
        #expect(CSVField.cell("semi;colon") == "semi;colon")
        #expect(DirectoryCSV.record(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }

    /// A strict RFC 4180 reader: the fixture's CSV reads back into rows of
    /// the header's width, and the cells hold the plan's text (inert prefix
    /// aside).
    @Test func csvReadsBackToThePlanText() throws {
        let csv = Directory.render([try Self.fixture()], format: .csv, what: .all, audience: .restricted)
        let rows = try Self.parseCSV(csv)
        #expect(rows.first == DirectoryCSV.header)
        for row in rows { #expect(row.count == DirectoryCSV.header.count) }
        let names = Set(rows.map { $0[4] })
        #expect(names.contains("City Hall, \"Main\" Office"))
        #expect(names.contains("'=SUM(A1) Club | Pipes & <Angles>"))
        #expect(names.contains("'-1 Guide | =cmd"))
        let description = rows.first { $0[3] == "city-hall" }?[7]
        #expect(
            description
                == "Convenes the group; runs the \"Trygg\" hotline, the café and the interpreters' desk.\n\nSecond paragraph, after a blank line."
        )
        for row in rows.dropFirst() {
            for cell in row {
                if let first = cell.unicodeScalars.first {
                    #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "\(cell)")
                }
            }
        }
        // stakeholders: 4 + 2 + 1 (no contact) + 1 = 8 rows; resources: 1 + 2 + 1.
        #expect(rows.count == 1 + 8 + 4)
    }

    static func parseCSV(_ text: String) throws -> [[String]] {
        struct Malformed: Error {}
        var rows: [[String]] = []
        var row: [String] = []
        var cell: [Unicode.Scalar] = []
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false
        var atCellStart = true
        while let s = scalars.popFirst() {
            if quoted {
                if s == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        cell.append("\"")
                    } else {
                        quoted = false
                        guard let next = scalars.first, next == "," || next == "\r" else { throw Malformed() }
                    }
                } else {
                    cell.append(s)
                }
                continue
            }
            switch s {
            case "\"":
                guard atCellStart else { throw Malformed() }
                quoted = true
                atCellStart = false
            case ",":
                row.append(String(String.UnicodeScalarView(cell)))
                cell = []
                atCellStart = true
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed() }
                row.append(String(String.UnicodeScalarView(cell)))
                rows.append(row)
                row = []
                cell = []
                atCellStart = true
            case "\n":
                throw Malformed()  // a bare LF outside quotes: not CRLF
            default:
                cell.append(s)
                atCellStart = false
            }
        }
        guard row.isEmpty, cell.isEmpty, !quoted else { throw Malformed() }
        return rows
    }

    // MARK: - vCard

    @Test func vcardEscapesTextValues() {
        #expect(VCardText.text("a\\b,c;d") == "a\\\\b\\,c\\;d")
        #expect(VCardText.text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour")
        #expect(VCardText.text("Ærlig: ok") == "Ærlig: ok")
    }

    @Test func vcardFoldsAt75OctetsWithoutSplittingUTF8() {
        let exact = "NOTE:" + String(repeating: "a", count: 70)
        #expect(VCardText.fold(exact) == exact + "\r\n")
        let over = exact + "b"
        #expect(VCardText.fold(over) == exact + "\r\n b\r\n")
        // A two-octet "é" that would end at octet 76 moves to the next line whole.
        let accented = "NOTE:" + String(repeating: "a", count: 69) + "é"
        #expect(VCardText.fold(accented) == "NOTE:" + String(repeating: "a", count: 69) + "\r\n é\r\n")

        let samples = [
            String(repeating: "日本語テキスト", count: 30), String(repeating: "🙂x", count: 60),
            String(repeating: "æ", count: 200),
            "FN:" + String(repeating: "ab", count: 100),
        ]
        for line in samples {
            let folded = VCardText.fold(line)
            #expect(folded.hasSuffix("\r\n"))
            let physical = Array(folded.utf8).split(separator: 0x0A).map { Array($0) }
            for (i, bytes) in physical.enumerated() {
                #expect(bytes.last == 0x0D)
                let content = Array(bytes.dropLast())
                #expect(content.count <= 75)
                if i > 0 { #expect(content.first == 0x20) }
                // Each physical line is valid UTF-8 on its own.
                #expect(String(bytes: content, encoding: .utf8) != nil)
            }
            #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
        }
    }

    @Test func vcardCardsAreWellFormed() throws {
        let vcf = Directory.render([try Self.fixture()], format: .vcf, what: .all, audience: .public)
        #expect(!vcf.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare LF in vCard")
        #expect(!vcf.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "bare CR in vCard")
        for line in Array(vcf.utf8).split(separator: 0x0A) { #expect(line.count <= 76) }
        let unfolded = vcf.replacingOccurrences(of: "\r\n ", with: "")
        let cards = unfolded.components(separatedBy: "BEGIN:VCARD\r\n").dropFirst()
        // 4 stakeholders + 3 resources (the hotline once, though it serves two stages).
        #expect(cards.count == 7)
        for card in cards {
            #expect(card.hasPrefix("VERSION:4.0\r\n"))
            #expect(card.hasSuffix("END:VCARD\r\n"))
            #expect(card.components(separatedBy: "\r\nFN:").count == 2)
            #expect(card.contains("\r\nKIND:org\r\n"))
        }
        #expect(unfolded.contains("FN:City Hall\\, \"Main\" Office\r\n"))
        #expect(unfolded.contains("ADR;TYPE=work:;;Rådhusgata 1\\; 0001 Værholt\\, Norway;;;;\r\n"))
        #expect(unfolded.contains("item1.TEL;VALUE=uri;TYPE=work,voice:tel:+47-555-01-100\r\n"))
        // A comma inside a category (the stage's title) is escaped, not a separator.
        #expect(unfolded.contains("CATEGORIES:hotline,Secondary prevention,Preparedness\\, response and recovery\r\n"))
    }

    @Test func telURIsAreGlobalNumbersOnly() {
        #expect(DirectoryVCard.telURI("+1 740 555 0100") == "tel:+1-740-555-0100")
        #expect(DirectoryVCard.telURI("+1 (740) 555-0100") == "tel:+1-(740)-555-0100")
        #expect(DirectoryVCard.telURI("988") == nil)
        #expect(DirectoryVCard.telURI("+1 740 555 0100 ext. 4") == nil)
        #expect(DirectoryVCard.telURI("+") == nil)
    }

    // MARK: - Markdown and HTML

    /// Unescaped pipes per line: a plan string that added one would add a
    /// column (or end the row early).
    static func unescapedPipes(_ line: String) -> Int {
        var count = 0
        var escaped = false
        for s in line.unicodeScalars {
            if escaped {
                escaped = false
            } else if s == "\\" {
                escaped = true
            } else if s == "|" {
                count += 1
            }
        }
        return count
    }

    @Test func markdownTablesKeepTheirShape() throws {
        let md = Directory.render([try Self.fixture()], format: .md, what: .all, audience: .restricted)
        var width: Int?
        for line in md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            guard line.hasPrefix("|") else {
                width = nil
                continue
            }
            let pipes = Self.unescapedPipes(line)
            if let width { #expect(pipes == width, "\(line)") } else { width = pipes }
        }
        // In table rows, outside our own `<br>`, no markup character of the
        // plan's text is left unescaped.
        for line in md.split(separator: "\n").filter({ $0.hasPrefix("| ") }) {
            let scalars = Array(line.unicodeScalars)
            var escaped = false
            for (i, s) in scalars.enumerated() {
                defer { escaped = !escaped && s == "\\" }
                guard !escaped else { continue }
                if s == "<" {
                    #expect(
                        String(String.UnicodeScalarView(scalars[i..<min(i + 4, scalars.count)])) == "<br>", "\(line)")
                } else if s == ">" {
                    #expect(i >= 3 && String(String.UnicodeScalarView(scalars[(i - 3)...i])) == "<br>", "\(line)")
                } else {
                    #expect(
                        !["[", "]", "`", "*", "_", "&", "~", "$", "#", "!"].contains(s), "unescaped \(s) in \(line)")
                }
            }
        }
        #expect(md.contains("\\<script\\>"))
        #expect(md.contains("\\[link\\](javascript:alert(1))"))
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let html = Directory.render([try Self.fixture()], format: .html, what: .all, audience: .restricted)
        let allowed: Set<String> = [
            "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "p", "section",
            "table",
            "thead", "tbody", "tr", "th", "td", "ul", "li", "br", "a",
        ]
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let tag = rest[rest.index(after: open)...].prefix { !$0.isWhitespace && $0 != ">" }
            let name = tag.hasPrefix("/") ? String(tag.dropFirst()) : String(tag)
            #expect(allowed.contains(name.lowercased()), "unexpected tag <\(tag)>")
            rest = rest[rest.index(after: open)...]
        }
        for needle in ["<script", "src=", "<link", "@import", "url(", "javascript:alert(1)\""] {
            #expect(!html.lowercased().contains(needle.lowercased()), "\(needle)")
        }
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("<th scope=\"col\">Organisation</th>"))
        #expect(html.contains("<meta name=\"viewport\""))
        #expect(html.contains("href=\"https://club.example.org/join?ref=a&amp;lang=en#top\""))
    }

    @Test func jsonIsValidAndCarriesTheAudience() throws {
        let json = Directory.render([try Self.fixture()], format: .json, what: .all, audience: .internal)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["audience"] as? String == "internal")
        let cities = try #require(object["cities"] as? [[String: Any]])
        #expect(cities.first?["city"] as? String == "Værholt")
    }

    @Test func severalCitiesInTurnInOneOutput() throws {
        let fixture = try Self.fixture()
        let athens = try Self.lintResult(
            TestPaths.examples.appendingPathComponent("athens-oh/plan.yaml").path,
            root: TestPaths.examples.appendingPathComponent("athens-oh").path)
        let cities = [DirectoryCity(plan: try #require(athens.plan), model: try #require(athens.model)), fixture]
        let csv = Directory.render(cities, format: .csv, what: .all, audience: .public)
        let rows = try Self.parseCSV(csv)
        #expect(rows.filter { $0 == DirectoryCSV.header }.count == 1)
        #expect(rows.contains { $0[0] == "Athens" } && rows.contains { $0[0] == "Værholt" })
        let md = Directory.render(cities, format: .md, what: .all, audience: .public)
        #expect(md.components(separatedBy: "\n# ").count == 2)
        let json = Directory.render(cities, format: .json, what: .all, audience: .public)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["cities"] as? [Any])?.count == 2)
    }

    // MARK: - The command

    /// A copy of the fixture in a fresh folder, so a test that tries to
    /// overwrite it can never damage the real one.
    static func fixtureCopy() throws -> (folder: URL, plan: String) {
        let dir = try makeTemporaryFolder()
        let plan = dir.appendingPathComponent("plan.yaml")
        try Data(contentsOf: URL(fileURLWithPath: fixturePlan)).write(to: plan)
        return (dir, plan.path)
    }

    @Test func commandWritesWhatTheLibraryRenders() throws {
        let (dir, plan) = try Self.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let printed = try runPFPlan(["directory", plan, "--format", "csv", "--audience", "internal"])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(
            Data(printed.stdout.utf8)
                == (try Data(contentsOf: Self.folder.appendingPathComponent("directory-internal.csv"))))

        let out = dir.appendingPathComponent("directory.vcf").path
        let written = try runPFPlan(["directory", plan, "--format", "vcf", "--out", out])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        #expect(
            (try Data(contentsOf: URL(fileURLWithPath: out)))
                == (try Data(contentsOf: Self.folder.appendingPathComponent("directory-public.vcf"))))

        let restricted = try runPFPlan(["directory", plan, "--format", "json", "--audience", "restricted"])
        #expect(
            Data(restricted.stdout.utf8)
                == (try Data(contentsOf: Self.folder.appendingPathComponent("directory-restricted.json"))))

        // The default is Markdown for the public.
        let plain = try runPFPlan(["directory", plan])
        #expect(
            Data(plain.stdout.utf8) == (try Data(contentsOf: Self.folder.appendingPathComponent("directory-public.md")))
        )
    }

    @Test func outOnAFolderExitsTwo() throws {
        let (dir, plan) = try Self.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runPFPlan(["directory", plan, "--out", dir.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("is a folder"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func outInAReadOnlyFolderExitsTwo() throws {
        let (dir, plan) = try Self.fixtureCopy()
        let locked = dir.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0o555)
        defer {
            chmod(locked.path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        // root writes through permissions: then use a folder no one can
        // create files in.
        let target =
            geteuid() == 0 ? "/proc/pfplan-directory-test.md" : locked.appendingPathComponent("directory.md").path
        let r = try runPFPlan(["directory", plan, "--out", target])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains(target), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect((try FileManager.default.contentsOfDirectory(atPath: locked.path)).isEmpty)
    }

    @Test func outOnThePlanItselfExitsTwoAndLeavesThePlanAlone() throws {
        let (dir, plan) = try Self.fixtureCopy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try Data(contentsOf: URL(fileURLWithPath: plan))
        let link = dir.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: plan)
        for target in [plan, link, dir.appendingPathComponent("./plan.yaml").path] {
            for format in ["md", "csv"] {
                let r = try runPFPlan(["directory", plan, "--format", format, "--out", target])
                #expect(r.status == 2, "\(target): \(r.stderr)")
                #expect(r.stderr.contains("input"), "\(r.stderr)")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
        // No temporary file left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["link.md", "plan.yaml"])
    }

    @Test func missingFilesAndBadOptionsExitTwo() throws {
        let missing = try runPFPlan(["directory", "/nonexistent/plan.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/plan.yaml"))
        #expect(try runPFPlan(["directory", Self.fixturePlan, "--format", "pdf"]).status == 2)
        #expect(try runPFPlan(["directory", Self.fixturePlan, "--audience", "secret"]).status == 2)
        #expect(try runPFPlan(["directory", Self.fixturePlan, "--what", "everything"]).status == 2)
        #expect(try runPFPlan(["directory"]).status == 2)
        #expect(
            try runPFPlan(["directory", Self.fixturePlan, "--out", "/nonexistent/folder/directory.md"]).status == 2)
    }

    @Test func aPlanThatWouldMakeAWrongDirectoryExitsOne() throws {
        let text = """
            pfplan: 1
            city: {name: Brokenville}
            framework: {model: default}
            leadership:
              name: Group
              members:
                - {id: chair, name: A. Person, organization: town-hall, sector: local-government, roles: [chair]}
            stakeholders:
              - id: town-hall
                name: Town Hall
                sector: local-govt
                contacts:
                  - {name: Secret, email: secret@example.org, visibility: restricted}
            resources:
              - {id: guide, name: Guide, kind: guidance, provider: nobody-here}
            actions:
              - {id: act, title: Act, stage: primary, lead: town-hall, start: 2025-05-01, due: 2025-01-01}

            """
        let (_, dir) = try lint(text: text)
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.yaml").path
        let out = dir.appendingPathComponent("directory.md").path
        let r = try runPFPlan(["directory", plan, "--audience", "restricted", "--out", out])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("[schema/value]"), "\(r.stderr)")
        #expect(r.stderr.contains("[refs/unknown]"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        // Other errors (here actions/dates: due before start) do not make
        // the directory wrong: only yaml, schema, include and refs do.
        let fine = text.replacingOccurrences(of: "local-govt", with: "local-government")
            .replacingOccurrences(of: "nobody-here", with: "town-hall")
        try Data(fine.utf8).write(to: URL(fileURLWithPath: plan))
        let ok = try runPFPlan(["directory", plan])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(!ok.stdout.contains("secret@example.org"))
    }
}
