@testable import PFPlanLoader
import Testing

@testable import PFPlanModel

/// The decoder gives the memory of the long lists' entries back to the
/// system as it goes (`PlanDecoder.decode(givesBackArena:)`,
/// `NodeArena.giveBack`). What it decodes must be exactly what the plain
/// decode gives, and what it gives back must really be gone.
@Suite struct ArenaGiveBackTests {
    static func model() throws -> FrameworkModel {
        try #require(
            FrameworkModelLoader.load(
                .template(
                    TemplateFiles(override: nil, shipped: TestPaths.templates).read("frameworks/default.yaml").get())
            ).model)
    }

    /// A cut parse (the arena in one mapping), as for a file of 512 KB or more.
    static func cutParse(_ text: String) -> NodeArena? {
        YAMLParser.parse(SourceText(file: "plan.yaml", utf8: Array(text.utf8)), pieceBytes: 4096).tree
    }

    /// Every value of the plan, its ranges and paths included, as text.
    static func dumped(_ decoded: PlanDecoder.Decoded) -> String {
        var out = ""
        dump(decoded.plan, to: &out)
        for d in decoded.diagnostics { out += "\(d.rule) \(d.range) \(d.path) \(d.message)\n" }
        return out
    }

    @Test(arguments: [13 as UInt64, 21])
    func givingBackDecodesWhatThePlainDecodeDoes(seed: UInt64) throws {
        let model = try Self.model()
        let yaml = PlanGenerator.generate(seed: seed, size: .large).yaml
        #expect(PieceParseTests.parts(yaml, pieceBytes: 4096) > 1)
        let plain = PlanDecoder.decode(Self.cutParse(yaml), file: "plan.yaml", model: model, givesBackArena: false)
        let arena = try #require(Self.cutParse(yaml))
        let given = PlanDecoder.decode(arena, file: "plan.yaml", model: model, givesBackArena: true)
        let stakeholders = plain.plan?.stakeholders.count ?? 0
        #expect(stakeholders > 2 * ObjectList<Int>.chunkSize, "the list is decoded in chunks")
        let (a, b) = (Self.dumped(given).split(separator: "\n"), Self.dumped(plain).split(separator: "\n"))
        let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] }
        #expect(
            a.count == b.count && first == nil, "first difference: \(first.map { "\(a[$0].prefix(300))" } ?? "length")")
        #expect(b.count > 10_000)
        #expect(given.contacts == plain.contacts)
        // The pages of a stakeholder inside the first chunk's record were given back: it
        // reads as zeros now (only this test reads after the decode).
        let root = try #require(arena.root)
        let list = try #require(arena.value(forKey: "stakeholders", in: root))
        let middle = arena.item(list, 128)
        #expect(arena.range(middle).start == Position(line: 0, column: 0))
    }

    @Test func onlyWholePagesInsideTheRangeGo() throws {
        let yaml = PlanGenerator.generate(seed: 13, size: .large).yaml
        let arena = try #require(Self.cutParse(yaml))
        let whole = try #require(Self.cutParse(yaml))
        let root = try #require(arena.root)
        let list = try #require(arena.value(forKey: "stakeholders", in: root))
        let (a, b) = (arena.item(list, 100).index, arena.item(list, 400).index)
        #expect(arena.giveBack(a..<b) > 0)
        // Everything outside the range reads as before, the records next
        // to its ends too; an empty range or one past the end gives nothing.
        #expect(
            NodeOutline.lines(arena.node(arena.item(list, 100))) == NodeOutline.lines(whole.node(whole.item(list, 100)))
        )
        #expect(arena.range(Ref(b)) == whole.range(Ref(b)))
        #expect(arena.range(Ref(a - 1)) == whole.range(Ref(a - 1)))
        #expect(arena.giveBack(a..<a) == 0)
        #expect(arena.giveBack(0..<Int32.max) == 0)
        // On the heap (a whole parse) nothing is given back.
        let heap = try #require(
            YAMLParser.parse(SourceText(file: "plan.yaml", utf8: Array(yaml.utf8)), pieceBytes: .max).tree)
        #expect(heap.giveBack(a..<b) == 0)
    }

    private func Ref(_ index: Int32) -> NodeArena.Ref { NodeArena.Ref(index) }
}

/// `IdIndex` reserves room for exactly the definitions it will hold.
@Suite struct IdIndexRoomTests {
    @Test func theCountIsTheDefinitions() throws {
        for seed: UInt64 in [1, 2, 3, 7, 13] {
            let yaml = PlanGenerator.generate(seed: seed, size: seed == 13 ? .large : .bySeed).yaml
            let parsed = PlanLoader(appendableKeys: PlanFormat.appendableKeys).parse(
                Array(yaml.utf8), file: "seed-\(seed)")
            let plan = try #require(PlanDecoder.decode(parsed.tree, file: "seed-\(seed)", model: nil).plan)
            #expect(IdIndex.definitionCount(plan) == IdIndex(plan).definitions.count, "seed \(seed)")
        }
    }

    /// The definitions read from the plan when asked are the ids a plain
    /// walk of the plan finds, in plan order, with their kinds and places.
    @Test func definitionsAreThePlansIdsInOrder() throws {
        for seed: UInt64 in [1, 2, 3, 7, 13] {
            let yaml = PlanGenerator.generate(seed: seed, size: seed == 13 ? .large : .bySeed).yaml
            let parsed = PlanLoader(appendableKeys: PlanFormat.appendableKeys).parse(
                Array(yaml.utf8), file: "seed-\(seed)")
            let plan = try #require(PlanDecoder.decode(parsed.tree, file: "seed-\(seed)", model: nil).plan)
            var plain: [(DefinitionKind, Located<String>)] = []
            for o in plan.framework.objectives {
                plain.append((.objective, o.id))
                plain += o.indicators.map { (.indicator, $0.id) }
            }
            for p in plan.framework.pillars {
                plain.append((.pillar, p.id))
                plain += p.strategies.map { (.strategy, $0.id) }
            }
            plain += (plan.assessment?.threats ?? []).compactMap { t in t.id.map { (.threat, $0) } }
            plain += (plan.assessment?.serviceGaps ?? []).compactMap { g in g.id.map { (.gap, $0) } }
            plain += (plan.assessment?.consultations ?? []).compactMap { c in c.id.map { (.consultation, $0) } }
            plain += (plan.leadership?.members ?? []).map { (.member, $0.id) }
            plain += plan.stakeholders.map { (.stakeholder, $0.id) } + plan.resources.map { (.resource, $0.id) }
            for a in plan.actions {
                plain.append((.action, a.id))
                plain += a.indicators.map { (.indicator, $0.id) }
            }
            plain += plan.pathways.map { (.pathway, $0.id) } + plan.agreements.map { (.agreement, $0.id) }
            plain += plan.funding.map { (.funding, $0.id) }
            let index = IdIndex(plan)
            let spelled = { (k: DefinitionKind, id: Located<String>) in "\(k) \(id.value) \(id.range) \(id.path)" }
            #expect(index.definitions.map { spelled($0.kind, $0.id) } == plain.map(spelled), "seed \(seed)")
            #expect(plain.count > 5)
            for (k, id) in plain { #expect(index.kind(of: id.value) != nil, "\(k) \(id.value)") }
            #expect(index.ids(of: [.stakeholder]) == plan.stakeholders.map(\.id.value))
        }
    }
}

/// A long list inside one entry (a runaway `partners: [abc, abc, ...]`)
/// gives its items' records back as they are read, and a large file parsed
/// whole is built in a mapping so that it can.
@Suite struct ListGiveBackTests {
    /// A plan of one stakeholder up to `actions:`, for the actions a test adds.
    static let head = """
        pfplan: 1
        city: {name: Testville, country: US}
        framework: {model: default, title: Testville Framework}
        stakeholders:
          - {id: city, name: City, sector: local-government}
        actions:

        """

    static func yaml(items: Int) -> String {
        head + """
              - id: a0
                title: A 0
                stage: primary
                lead: city
                partners: [\((0..<items).map { "p\($0)" }.joined(separator: ", "))]
              - {id: a1, title: A 1, stage: primary, lead: city, partners: [city]}

            """
    }

    @Test func aLongListDecodesAsThePlainDecodeAndIsGivenBack() throws {
        let model = try ArenaGiveBackTests.model()
        let yaml = Self.yaml(items: 5 * ObjectReader.giveBackStep + 17)
        let plain = PlanDecoder.decode(
            ArenaGiveBackTests.cutParse(yaml), file: "plan.yaml", model: model, givesBackArena: false)
        let arena = try #require(ArenaGiveBackTests.cutParse(yaml))
        let given = PlanDecoder.decode(arena, file: "plan.yaml", model: model, givesBackArena: true)
        #expect(ArenaGiveBackTests.dumped(given) == ArenaGiveBackTests.dumped(plain))
        #expect(given.plan?.actions.first?.partners.count == 5 * ObjectReader.giveBackStep + 17)
        #expect(given.plan?.actions.first?.partners.last?.path.description == "actions[0].partners[20496]")
        // An item in the middle of a step of the list reads as zeros now
        // (a page across two steps stays).
        let root = try #require(arena.root)
        let actions = try #require(arena.value(forKey: "actions", in: root))
        let partners = try #require(arena.value(forKey: "partners", in: arena.item(actions, 0)))
        #expect(
            arena.range(arena.item(partners, 2 * ObjectReader.giveBackStep + 2048)).start
                == Position(line: 0, column: 0))
    }

    /// Entries of many records are given back within their chunk, in runs
    /// (`ObjectList.giveBackRecords`); what is decoded is the same.
    @Test func largeEntriesGivenBackWithinAChunkDecodeTheSame() throws {
        let model = try ArenaGiveBackTests.model()
        let refs = (0..<1_000).map { "p\($0)" }.joined(separator: ", ")
        let entries = (0..<60).map {
            "  - {id: a\($0), title: A \($0), stage: primary, lead: city, partners: [\(refs)]}"
        }
        let yaml = Self.yaml(items: 1).replacingOccurrences(
            of: "  - {id: a1, title: A 1, stage: primary, lead: city, partners: [city]}",
            with: entries.joined(separator: "\n"))
        #expect(60 * 1_000 > 3 * Int(ObjectList<Int>.giveBackRecords))
        let plain = PlanDecoder.decode(
            ArenaGiveBackTests.cutParse(yaml), file: "plan.yaml", model: model, givesBackArena: false)
        let given = PlanDecoder.decode(
            ArenaGiveBackTests.cutParse(yaml), file: "plan.yaml", model: model, givesBackArena: true)
        #expect(given.plan?.actions.count == 61)
        #expect(given.plan?.actions.last?.partners.last?.path.description == "actions[60].partners[999]")
        #expect(ArenaGiveBackTests.dumped(given) == ArenaGiveBackTests.dumped(plain))
    }

    @Test func aLargeFileParsedWholeIsMapped() throws {
        let yaml = Self.yaml(items: 80_000)
        #expect(yaml.utf8.count >= YAMLParser.mappedWholeBytes)
        let whole = try #require(
            YAMLParser.parse(SourceText(file: "plan.yaml", utf8: Array(yaml.utf8)), pieceBytes: .max).tree)
        let root = try #require(whole.root)
        let actions = try #require(whole.value(forKey: "actions", in: root))
        let partners = try #require(whole.value(forKey: "partners", in: whole.item(actions, 0)))
        let (a, b) = (whole.item(partners, 100).index, whole.item(partners, 60_000).index)
        #expect(whole.giveBack(a..<b) > 0)
    }

    /// Text that grows as it is unescaped (`\L` is 2 bytes, U+2028 is 3)
    /// outgrows the mapping's room: the file is parsed again on the heap,
    /// and reads the same.
    @Test func aWholeParseThatOutgrowsItsRoomIsParsedAgain() throws {
        let count = 300_000
        let yaml = "pfplan: 1\nnote: \"" + String(repeating: "\\L", count: count) + "\"\n"
        #expect(yaml.utf8.count >= YAMLParser.mappedWholeBytes)
        let parsed = YAMLParser.parse(SourceText(file: "plan.yaml", utf8: Array(yaml.utf8)), pieceBytes: .max)
        let tree = try #require(parsed.tree)
        let note = try #require(tree.rootNode?["note"]?.scalar?.text)
        #expect(note == String(repeating: "\u{2028}", count: count))
    }
}
