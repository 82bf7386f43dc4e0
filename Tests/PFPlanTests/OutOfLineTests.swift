import PFPlanLoader
import Testing

@testable import PFPlanModel

/// Entries keep the fields they often leave out in a shared box
/// (`OutOfLine`). They must behave exactly as the plain structs they were:
/// every field reads back what was given, a copy never sees another's
/// change, and an entry that writes none of them holds no box.
@Suite struct OutOfLineTests {
    struct Pair: OutOfLineFields, Equatable {
        var numbers: [Int] = []
        var word: String?
        static let empty = Pair()
        var isEmpty: Bool { numbers.isEmpty && word == nil }
    }

    @Test func noBoxWhenNothingIsWritten() {
        #expect(OutOfLine(Pair()).box == nil)
        #expect(OutOfLine(Pair(word: "w")).box != nil)
        var fields = OutOfLine(Pair(numbers: [1]))
        fields.modify { $0.numbers = [] }
        #expect(fields.box == nil)
    }

    /// The same steps on a plain struct and on its boxed form, copies
    /// included, give the same values at every step.
    @Test func copiesBehaveAsPlainValues() {
        var plain = Pair(numbers: [1, 2], word: "a")
        var boxed = OutOfLine(plain)
        let plainCopy = plain
        let boxedCopy = boxed
        plain.numbers.append(3)
        boxed.modify { $0.numbers.append(3) }
        var plainSecond = plain
        var boxedSecond = boxed
        plainSecond.word = nil
        boxedSecond.modify { $0.word = nil }
        #expect(boxed.box?.fields == plain)
        #expect(boxedCopy.box?.fields == plainCopy)
        #expect(boxedSecond.box?.fields == plainSecond)
        #expect(boxedCopy.box?.fields.numbers == [1, 2])
        #expect(boxed.box !== boxedSecond.box)
    }

    static let range = SourceRange(file: "plan.yaml", line: 3, column: 5)
    static func located<V>(_ value: V, _ key: String) -> Located<V> {
        Located(value, range: range, path: PlanPath.root.key(key))
    }

    /// Each field of an action reads back what it was made with (a getter
    /// wired to the wrong field fails here), and setting one changes only it.
    @Test func actionFieldsReadBack() {
        let date = CalendarDate(year: 2025, month: 2, day: 3)
        var action = Plan.Action(
            id: Self.located("a", "id"), range: Self.range, path: .root, title: Self.located("T", "title"),
            stage: Self.located("primary", "stage"), strategy: Self.located("st", "strategy"),
            lead: Self.located("lead", "lead"), partners: [Self.located("p", "partners")],
            resources: [Self.located("r", "resources")], audiences: [Self.located("au", "audiences")],
            start: Self.located(date, "start"), due: Self.located(CalendarDate(year: 2026, month: 1, day: 1), "due"),
            status: Self.located(.planned, "status"), budget: Plan.Budget(amount: 5, currency: "USD"),
            description: "d", indicators: [], indicatorsRange: Self.range,
            objectives: [Self.located("o", "objectives")],
            addresses: [Self.located("t", "addresses")], funding: [Self.located("f", "funding")])
        #expect(action.strategy?.value == "st")
        #expect(action.partners.map(\.value) == ["p"])
        #expect(action.resources.map(\.value) == ["r"])
        #expect(action.audiences.map(\.value) == ["au"])
        #expect(action.start?.value == date)
        #expect(action.due?.value.year == 2026)
        #expect(action.budget?.amount == 5)
        #expect(action.description == "d")
        #expect(action.indicatorsRange == Self.range)
        #expect(action.objectives.map(\.value) == ["o"])
        #expect(action.addresses.map(\.value) == ["t"])
        #expect(action.funding.map(\.value) == ["f"])
        let before = action
        action.partners = []
        action.description = nil
        #expect(action.partners.isEmpty && action.description == nil && action.funding.map(\.value) == ["f"])
        #expect(before.partners.map(\.value) == ["p"] && before.description == "d")
    }

    @Test func stakeholderAndResourceFieldsReadBack() {
        let contact = Plan.Contact(
            range: Self.range, path: .root, name: "n", role: nil, email: nil, phone: nil, visibility: .public)
        let s = Plan.Stakeholder(
            id: Self.located("s", "id"), range: Self.range, path: .root, name: Self.located("S", "name"),
            sector: nil, description: "d", website: "https://example.org", address: "1 Main St",
            stages: [], languages: ["es"], contacts: [contact])
        #expect(s.description == "d" && s.website == "https://example.org" && s.address == "1 Main St")
        #expect(s.languages == ["es"] && s.contacts.map(\.name) == ["n"])
        let r = Plan.Resource(
            id: Self.located("r", "id"), range: Self.range, path: .root, name: Self.located("R", "name"),
            kind: nil, provider: nil, stages: [], audiences: [], languages: ["fr"], cost: .free,
            access: Plan.Access(url: "https://example.org/r", phone: nil, email: nil, address: nil, hours: nil),
            description: "x")
        #expect(r.languages == ["fr"] && r.cost == .free && r.access?.url == "https://example.org/r")
        #expect(r.description == "x")
    }
}
