import Foundation
import Testing

/// Every CSV cell a spreadsheet could run is written with a leading quote:
/// full-width signs, `|` and `%`, and signs behind invisible characters.
@Suite struct CSVInjectionTests {
    @Test func everyHostileNameIsInert() throws {
        let plan = TestPaths.fixtures.appendingPathComponent("hostile/csv-formulas.yaml").path
        let r = try runPFPlan(["directory", plan, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let names = Self.records(r.stdout).dropFirst().map { $0[4] }
        #expect(names.count == 12)
        for name in names {
            #expect(name.hasPrefix("'"), "\(name.debugDescription)")
        }
    }

    /// RFC 4180 records: quoted cells may hold commas, quotes and breaks.
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var cell = ""
        var quoted = false
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if quoted {
                if c == "\"" {
                    let next = text.index(after: i)
                    if next < text.endIndex, text[next] == "\"" {
                        cell.append("\"")
                        i = next
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(cell)
                cell = ""
            } else if c == "\r\n" || c == "\n" {
                record.append(cell)
                cell = ""
                records.append(record)
                record = []
            } else {
                cell.append(c)
            }
            i = text.index(after: i)
        }
        return records
    }
}
