import Foundation
import PFPlanLoader
import PFPlanModel
import PFPlanPublishing
import Testing

/// Redaction works on the plan's text, not only on the decoded contacts:
/// no value of a contact above the audience reaches any output, even from
/// a finding about a value that failed to decode, and a repeated
/// `visibility` key cannot make a contact more public than the author
/// wrote it (issue 19, items 1 and 2).
@Suite struct RedactionTests {
    static let fixtures = TestPaths.fixtures.appendingPathComponent("privacy")
    static let dropped = fixtures.appendingPathComponent("dropped-stakeholder/plan.yaml").path
    static let repeated = fixtures.appendingPathComponent("repeated-visibility/plan.yaml").path

    static func site(_ file: String, audience: Visibility) throws -> Site {
        let result = try RenderTests.lintResult(file)
        let options = RenderOptions(
            formats: RenderOptions.Format.allCases, language: nil, audience: audience, force: true,
            asOf: CalendarDate(RenderTests.asOf)!,
            templates: TemplateFiles(override: nil, shipped: TestPaths.templates),
            toolVersion: "0.1.0")
        switch SiteRenderer.render([result], options: options) {
        case .success(let s): return s
        case .failure(let f): throw f
        }
    }

    /// The files of a site holding `value` (case-insensitive), by path.
    static func files(_ site: Site, holding value: String) -> [String] {
        site.files.filter { String(decoding: $0.bytes, as: UTF8.self).localizedCaseInsensitiveContains(value) }.map(
            \.path)
    }

    // MARK: - A contact whose stakeholder was dropped

    @Test func theDecoderNotesAContactWhoseStakeholderIsDropped() throws {
        let result = try RenderTests.lintResult(Self.dropped)
        #expect(result.plan?.stakeholders.contains { $0.name.value == "Brookfield Schools" } == false)
        let written = result.contacts.first { $0.path == "stakeholders[2].contacts[0]" }
        #expect(
            written
                == WrittenContact(
                    path: "stakeholders[2].contacts[0]", visibility: .restricted,
                    values: ["Finley Hart", "finley.hart@example", "+1 802 555 0114 (after six)"]))
        // The findings that used to leak: about values that did not decode.
        let quoting = result.diagnostics.filter { $0.path.hasPrefix("stakeholders[2].contacts[0].") }
        #expect(
            quoting.map { "\($0.rule) \($0.range.start.line):\($0.range.start.column)" }
                == ["schema/value 59:36", "schema/value 59:64"])
        #expect(quoting.first?.message == "'finley.hart@example' is not an email address")
    }

    @Test(arguments: [Visibility.public, .internal])
    func aForcedRenderShowsNoValueOfADroppedContact(audience: Visibility) throws {
        let site = try Self.site(Self.dropped, audience: audience)
        #expect(site.cities.map(\.status) == [.forced])
        for value in ["Finley", "finley.hart@example", "0114"] {
            #expect(Self.files(site, holding: value).isEmpty, "\(value) leaked to the \(audience) edition")
        }
        // The findings are still listed, saying only that they concern a
        // contact this edition leaves out (banner and findings section).
        let md = RenderTests.text(site, "brookfield-vermont/plan.md")
        let sentence = "A finding about a contact that this edition leaves out."
        #expect(md.components(separatedBy: sentence).count - 1 == 4)
    }

    /// The same render for the restricted audience shows the values: the
    /// fixture does hold what the other editions must hide.
    @Test func theRestrictedEditionShowsTheDroppedContactsFindings() throws {
        let site = try Self.site(Self.dropped, audience: .restricted)
        #expect(
            Self.files(site, holding: "finley.hart@example").sorted()
                == ["brookfield-vermont/index.html", "brookfield-vermont/plan.md"])
    }

    // MARK: - A repeated or unreadable visibility

    @Test func theMostRestrictiveVisibilityWrittenWins() throws {
        let result = try RenderTests.lintResult(Self.repeated)
        let plan = try #require(result.plan)
        func visibility(ofContactNamed name: String) -> Visibility? {
            plan.stakeholders.flatMap(\.contacts).first { $0.name == name }?.visibility
        }
        #expect(visibility(ofContactNamed: "Finley Hart") == .restricted)  // public, then restricted
        #expect(visibility(ofContactNamed: "Emery Lane") == .internal)  // internal, then public
        // `visibility: publik` is reported and read as restricted.
        #expect(plan.leadership?.members.first { $0.id.value == "seat-police" }?.contact?.visibility == .restricted)
        #expect(
            result.diagnostics.filter { $0.severity == .error }.map {
                "\($0.rule) \($0.range.start.line):\($0.range.start.column)"
            } == ["schema/value 35:56", "yaml/duplicate-key 46:95", "yaml/duplicate-key 58:107"])
        #expect(
            result.contacts.filter { $0.visibility == .restricted }.map(\.path)
                == ["leadership.members[3].contact", "stakeholders[2].contacts[0]"])
    }

    @Test func aForcedPublicRenderKeepsTheRepeatedVisibilityContactsOut() throws {
        let site = try Self.site(Self.repeated, audience: .public)
        for value in ["Finley", "emery.lane@example.org", "555 0104"] {
            #expect(Self.files(site, holding: value).isEmpty, "\(value) leaked to the public edition")
        }
        let internalSite = try Self.site(Self.repeated, audience: .internal)
        #expect(!Self.files(internalSite, holding: "emery.lane@example.org").isEmpty)
        #expect(Self.files(internalSite, holding: "Finley").isEmpty)
        #expect(Self.files(internalSite, holding: "555 0104").isEmpty)
    }
}
