import Foundation
import PFPlanSupport
import Testing

@testable import PFPlanFormats
@testable import PFPlanLoader
@testable import PFPlanModel

/// Bidirectional controls (docs/safety.md): refused in ids, e-mail
/// addresses, web addresses and phones (`schema/value`); embeddings,
/// overrides and isolates dropped from text a document shows; e-mail
/// addresses are plain addresses, no `mailto:` and no `?bcc=`.
@Suite struct BidiTests {
    static let plan = TestPaths.fixtures.appendingPathComponent("hostile/bidi.yaml").path

    @Test func addressesWithBidiControlsOrHeadersAreRefused() throws {
        let result = try Linter.lint(
            Self.plan, options: lintOptions(asOf: "2025-01-15", root: PathText.directory(of: Self.plan))
        ).get()
        let refused = result.diagnostics.filter { $0.rule == "schema/value" }.map {
            "\($0.range.start.line):\($0.path)"
        }
        #expect(
            refused == [
                "19:stakeholders[0].website", "22:stakeholders[0].contacts[0].email",
                "23:stakeholders[0].contacts[1].email",
                "23:stakeholders[0].contacts[1].phone", "24:stakeholders[0].contacts[2].email",
                "26:resources[0].access.url",
            ])
        let plan = try #require(result.plan)
        #expect(plan.city.name?.value == "Biditon")
        #expect(plan.stakeholders[0].name.value == "City of Biditxt.exe")
        #expect(plan.actions[0].title.value == "Act niatnuom")
    }

    /// Rendered anyway: no page, cell, calendar entry or picture holds an
    /// embedding, override or the plan's own isolate, and no link target a
    /// bidi control.
    @Test func aForcedRenderHoldsNoReorderingControl() throws {
        let out = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try runPFPlan([
            "render", Self.plan, "--force", "--out", out.path, "--as-of", "2025-01-15", "--audience", "restricted",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        var kinds = Set<String>()
        for case let file as String in FileManager.default.enumerator(atPath: out.path)! {
            guard let text = try? String(contentsOf: out.appendingPathComponent(file), encoding: .utf8) else {
                continue
            }
            kinds.insert(String(file.split(separator: ".").last ?? ""))
            // No embedding or override at all; isolates only as pfplan
            // adds them around a name in a picture (FSI ... PDI, balanced
            // on their line), never the plan's own (`\u{2066}of\u{2069}`).
            #expect(!text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) }, "\(file)")
            #expect(!text.contains("\u{2066}of"), "\(file)")
            for line in text.split(separator: "\n") where line.unicodeScalars.contains(where: BidiControls.reordersRun)
            {
                var open = 0
                for c in line.unicodeScalars {
                    switch c.value {
                    case 0x2066...0x2068: open += 1
                    case 0x2069:
                        open -= 1
                        #expect(open >= 0, "\(file): \(line)")
                    default: break
                    }
                }
                #expect(open == 0, "\(file): \(line)")
            }
            // No link target holds a bidi control of any kind (the
            // description's link now reads as it leads, to fdp.exe).
            for target in text.split(separator: "href=\"").dropFirst() {
                #expect(!target.prefix { $0 != "\"" }.unicodeScalars.contains(where: BidiControls.contains), "\(file)")
            }
        }
        #expect(kinds.isSuperset(of: ["html", "md", "csv", "ics", "svg"]))
    }

    @Test func emailAddressesArePlainAddresses() {
        for good in [
            "a@example.org", "first.last+tag@sub.example.org", "o'neil@example.ie", "josé@exämple.org",
            "x_y-z@a-b.example",
        ] {
            #expect(ValueFormats.isEmail(good), "\(good)")
        }
        for bad in [
            "mailto:a@example.org", "a@example.org?bcc=b@example.net", "a?bcc=b@example.org", "a&b@example.org",
            "a#b@example.org",
            "a%40b@example.org", "a@b", "a..b@example.org", ".a@example.org", "a.@example.org", "a@-b.example.org",
            "a@b-.example.org", "a b@example.org", "a@example.org\u{202E}", "a\u{200F}@example.org", "a@@example.org",
            "@example.org",
            "a@example..org", "\"a\"@example.org", "a@[192.0.2.1]",
        ] {
            #expect(!ValueFormats.isEmail(bad), "\(bad.debugDescription)")
        }
    }

    @Test func linksWithBidiControlsAreNotLinks() {
        #expect(ValueFormats.isURL("https://example.org/ok"))
        #expect(!ValueFormats.isURL("https://example.org/\u{202E}exe.txt"))
        #expect(!ValueFormats.isURL("https://example.org/\u{2067}x"))
        #expect(!ValueFormats.isURL("https://example.org/\u{061C}x"))
        #expect(!ValueFormats.isURL("https://example.org/\u{1B}x"))
        #expect(Escape.safeURL("https://example.org/\u{202E}fdp.exe") == nil)
        #expect(Escape.safeURL("mailto:a@example.org\u{200E}") == nil)
        #expect(Escape.safeURL("https://example.org/ok") == "https://example.org/ok")
    }
}
