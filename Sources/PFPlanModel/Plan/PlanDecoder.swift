import PFPlanLoader

/// Decodes a node tree into a `Plan` in one pass that reports every
/// problem it meets, not only the first.
public enum PlanDecoder {
    /// What one decoding pass gives.
    public struct Decoded: Sendable {
        public var plan: Plan?
        public var diagnostics: [Diagnostic]
        /// For the test that keeps the specs and the decoder in agreement.
        public var unreadKeys: [String]
        /// Every contact as written, decoded or not (`WrittenContact`).
        public var contacts: [WrittenContact]
    }

    /// Reads only what is needed to choose a model (`framework.model`),
    /// before the full decode that checks values against that model.
    public static func modelName(in tree: NodeArena) -> Located<String>? {
        guard let root = tree.root, let framework = tree.value(forKey: "framework", in: root),
            let node = tree.value(forKey: "model", in: framework), let s = tree.scalar(node), !s.isNull
        else { return nil }
        return Located(s.text, range: tree.range(node), path: PlanPath.root.key("framework").key("model"))
    }

    /// A `Node` tree (tests, the fuzzer) is decoded from its arena.
    public static func decode(_ tree: Node?, file: String, model: FrameworkModel?, trackUnread: Bool = false)
        -> Decoded
    {
        decode(tree.map(NodeArena.init), file: file, model: model, trackUnread: trackUnread)
    }

    /// `givesBackArena`: the caller holds no other reference to `tree` and
    /// reads none of its nodes after, so the memory of the long lists'
    /// entries goes back to the system as each chunk is decoded
    /// (`NodeArena.giveBack`).
    public static func decode(
        _ tree: NodeArena?, file: String, model: FrameworkModel?, trackUnread: Bool = false,
        givesBackArena: Bool = false
    ) -> Decoded {
        decode(
            tree, file: file, model: model, trackUnread: trackUnread, packsContacts: true,
            givesBackArena: givesBackArena)
    }

    /// `packsContacts: false` notes each contact's values as text at once
    /// (the plain path a test compares `WrittenContact`'s packing with).
    static func decode(
        _ tree: NodeArena?, file: String, model: FrameworkModel?, trackUnread: Bool, packsContacts: Bool,
        givesBackArena: Bool = false
    ) -> Decoded {
        guard let tree, let root = tree.root else {
            let empty = Diagnostic(
                rule: .schemaVersion, severity: .error, message: "the file is empty; a plan starts with 'pfplan: 1'",
                range: SourceRange(file: file, line: 1, column: 1), path: PlanPath.root.description,
                hint: "run 'pfplan init' for a starter plan")
            return Decoded(plan: nil, diagnostics: [empty], unreadKeys: [], contacts: [])
        }
        let context = DecodeContext(
            tree: tree, vocabulary: { model?.ids($0) }, trackUnread: trackUnread, packsContacts: packsContacts,
            givesBackArena: givesBackArena)
        guard tree.kind(root) == .mapping else {
            context.report(
                .schemaType,
                "a plan must be a mapping of keys (pfplan, city, leadership, ...), found \(tree.kindDescription(root))",
                at: tree.range(root), path: .root)
            return Decoded(plan: nil, diagnostics: context.cappedDiagnostics, unreadKeys: [], contacts: [])
        }
        guard let r = context.object(root, PlanFormat.plan, path: .root) else {
            return Decoded(
                plan: nil, diagnostics: context.cappedDiagnostics, unreadKeys: [], contacts: context.contacts)
        }
        // `pfplan:` is checked by its own rule id rather than as a missing key.
        context.removeDiagnostics { $0.rule == .schemaMissing && $0.path == "pfplan" }
        var plan = Plan(file: file, range: tree.range(root), city: Plan.City(), framework: Plan.Framework())
        plan.version = version(r, context: context)
        if let c = r.object("city") {
            plan.city = Plan.City(
                name: c.string("name"), region: c.string("region"), country: c.string("country"),
                population: c.integer("population"), languages: c.strings("languages"))
        }
        if let f = r.object("framework") { plan.framework = framework(f) }
        plan.keyRanges.framework = r.keyRange("framework")
        plan.notice = r.string("notice")
        _ = r.node("include")  // expanded by the loader
        if let a = r.object("assessment") { plan.assessment = assessment(a) }
        plan.keyRanges.assessment = r.keyRange("assessment")
        if let l = r.object("leadership") { plan.leadership = leadership(l) }
        (plan.stakeholders, plan.resources, plan.actions) = ObjectLists.decode(
            r.objectList("stakeholders", stakeholder), r.objectList("resources", resource),
            r.objectList("actions", action))
        plan.pathways = r.objects("pathways", pathway)
        plan.keyRanges.pathways = r.keyRange("pathways")
        plan.agreements = r.objects("agreements", agreement)
        plan.keyRanges.agreements = r.keyRange("agreements")
        if let s = r.object("safeguards") {
            plan.safeguards = Plan.Safeguards(
                range: s.range, path: s.path, keyRange: r.keyRange("safeguards"), statement: s.string("statement"),
                oversight: s.string("oversight"),
                complaints: s.object("complaints").map { c in
                    Plan.ComplaintRoute(
                        range: c.range, email: c.string("email")?.value, phone: c.string("phone")?.value,
                        url: c.string("url")?.value)
                })
        }
        plan.funding = r.objects("funding", fundingSource)
        plan.keyRanges.funding = r.keyRange("funding")
        plan.waivers = r.objects("waivers", waiver)
        if let p = r.object("pledge") { plan.pledge = pledge(p) }
        plan.placeholders = context.placeholders.sorted()
        return Decoded(
            plan: plan, diagnostics: context.cappedDiagnostics, unreadKeys: context.unreadKeys,
            contacts: context.contacts)
    }

    private static func version(_ r: ObjectReader, context: DecodeContext) -> Located<Int>? {
        guard let node = r.node("pfplan") else {
            context.report(
                .schemaVersion, "the plan does not say its format version; add 'pfplan: 1' as its first line",
                at: SourceRange(file: r.range.file, start: r.range.start, end: r.range.start),
                path: PlanPath.root.key("pfplan"))
            return nil
        }
        let path = PlanPath.root.key("pfplan")
        let tree = r.tree
        guard let s = tree.scalar(node), case .int(let v) = s.resolved, v == PlanFormat.version else {
            context.report(
                .schemaVersion,
                "'pfplan: \(tree.scalar(node)?.text ?? "...")' is not a format version this pfplan reads; only 1 exists",
                at: tree.range(node), path: path, hint: "write 'pfplan: 1'")
            return nil
        }
        return Located(v, range: tree.range(node), path: path)
    }

    private static func framework(_ f: ObjectReader) -> Plan.Framework {
        var out = Plan.Framework(
            model: f.string("model"), title: f.string("title"), adopted: f.date("adopted"), review: f.date("review"),
            reportsTo: f.string("reports-to"), need: f.string("need"), vision: f.string("vision"))
        if let p = f.object("period"), let start = p.date("start"), let end = p.date("end") {
            out.period = Plan.Period(start: start, end: end, range: p.range)
        }
        out.objectives = f.objects("objectives") { o in
            let id = o.string("id")
            let title = o.string("title")
            let addresses = o.strings("addresses")
            let description = o.string("description")?.value
            let indicators = o.objects("indicators") { indicator($0, defaultKind: .outcome) }
            guard let id, let title else { return nil }
            return Plan.Objective(
                id: id, range: o.range, path: o.path, title: title, addresses: addresses, description: description,
                indicators: indicators, indicatorsRange: o.keyRange("indicators"))
        }
        out.objectivesKeyRange = f.keyRange("objectives")
        out.pillars = f.objects("pillars") { p in
            guard let id = p.string("id") else { return nil }
            return Plan.Pillar(
                id: id, title: p.string("title")?.value ?? id.value, goal: p.string("goal")?.value,
                strategies: p.objects("strategies") { s in
                    s.string("id").map {
                        Plan.Strategy(
                            id: $0, title: s.string("title")?.value ?? $0.value,
                            description: s.string("description")?.value)
                    }
                })
        }
        return out
    }

    private static func assessment(_ a: ObjectReader) -> Plan.Assessment {
        Plan.Assessment(
            range: a.range, path: a.path, summary: a.string("summary")?.value,
            threats: a.objects("threats") { t in
                let id = t.string("id")
                let title = t.string("title")
                let trend = t.choice("trend", as: Trend.self)?.value
                let targets = t.strings("targets")
                let source = t.string("source")?.value
                let description = t.string("description")?.value
                return title.map {
                    Plan.Threat(
                        id: id, anchor: id?.range ?? t.firstKeyRange, path: t.path, title: $0.value, trend: trend,
                        targets: targets, source: source, description: description)
                }
            },
            groupsAtRisk: a.strings("groups-at-risk"),
            serviceGaps: a.objects("service-gaps") { g in
                let id = g.string("id")
                let title = g.string("title")
                let stage = g.string("stage")
                let description = g.string("description")?.value
                return title.map {
                    Plan.ServiceGap(
                        id: id, anchor: id?.range ?? g.firstKeyRange, path: g.path, title: $0.value, stage: stage,
                        description: description)
                }
            },
            assets: a.objects("assets") { x in
                let title = x.string("title")
                let stakeholder = x.string("stakeholder")
                let description = x.string("description")?.value
                return title.map { Plan.Asset(title: $0.value, stakeholder: stakeholder, description: description) }
            },
            consultations: a.objects("consultation") { c in
                let id = c.string("id")
                let title = c.string("title")
                let date = c.date("date")
                let with = c.strings("with")
                let audiences = c.strings("audiences")
                let languages = c.strings("languages").map(\.value)
                let participants = c.integer("participants")?.value
                let description = c.string("description")?.value
                return title.map {
                    Plan.Consultation(
                        id: id, anchor: id?.range ?? c.firstKeyRange, path: c.path, title: $0.value, date: date,
                        with: with,
                        audiences: audiences, languages: languages, participants: participants, description: description
                    )
                }
            },
            consultationKeyRange: a.keyRange("consultation"))
    }

    private static func contact(_ c: ObjectReader) -> Plan.Contact {
        let name = c.string("name")?.value
        // The pledge contact has a position instead of a role (plan-format.md).
        let role = c.spec.position(of: "role") != nil ? c.string("role")?.value : nil
        let email = c.string("email")
        let phone = c.string("phone")
        // The value is checked and reported as any other, but the contact's
        // visibility is decided as redaction decides it, from every
        // `visibility` written in the mapping (`WrittenContact`).
        _ = c.choice("visibility", as: Visibility.self)
        return Plan.Contact(
            range: c.range, path: c.path, name: name, role: role, email: email, phone: phone,
            visibility: c.writtenVisibility)
    }

    private static func leadership(_ l: ObjectReader) -> Plan.Leadership {
        let members: [Plan.Member] = l.objects("members") { m in
            guard let id = m.string("id") else { return nil }
            return Plan.Member(
                id: id, range: m.range, path: m.path, name: m.string("name"), title: m.string("title")?.value,
                organization: m.string("organization"), sector: m.string("sector"), roles: m.strings("roles"),
                contact: m.object("contact").map(contact))
        }
        let learning: [Plan.Learning] = l.objects("learning") { s in
            let title = s.string("title")
            let provider = s.string("provider")
            let date = s.date("date")
            let status = s.choice("status", as: LearningStatus.self)
            let description = s.string("description")?.value
            return title.map {
                Plan.Learning(
                    range: s.range, path: s.path, title: $0, provider: provider, date: date, status: status,
                    description: description)
            }
        }
        return Plan.Leadership(
            range: l.range, path: l.path, name: l.string("name"), meets: l.choice("meets", as: MeetingFrequency.self),
            charter: l.string("charter")?.value,
            members: members, membersRange: l.keyRange("members"), learning: learning)
    }

    private static func stakeholder(_ s: ObjectReader) -> Plan.Stakeholder? {
        let id = s.string("id")
        let name = s.string("name")
        let sector = s.string("sector")
        let stages = s.strings("stages")
        let languages = s.strings("languages").map(\.value)
        let contacts = s.objects("contacts") { contact($0) }
        let description = s.string("description")?.value
        let website = s.string("website")?.value
        let address = s.string("address")?.value
        guard let id, let name else { return nil }
        return Plan.Stakeholder(
            id: id, range: s.range, path: s.path, name: name, sector: sector, description: description,
            website: website,
            address: address, stages: stages, languages: languages, contacts: contacts)
    }

    private static func resource(_ r: ObjectReader) -> Plan.Resource? {
        let id = r.string("id")
        let name = r.string("name")
        let kind = r.choice("kind", as: ResourceKind.self)
        let provider = r.string("provider")
        let stages = r.strings("stages")
        let audiences = r.strings("audiences")
        let languages = r.strings("languages").map(\.value)
        let cost = r.choice("cost", as: Cost.self)?.value
        let description = r.string("description")?.value
        let access = r.object("access").map { a in
            Plan.Access(
                url: a.string("url")?.value, phone: a.string("phone")?.value, email: a.string("email")?.value,
                address: a.string("address")?.value, hours: a.string("hours")?.value)
        }
        guard let id, let name else { return nil }
        return Plan.Resource(
            id: id, range: r.range, path: r.path, name: name, kind: kind, provider: provider, stages: stages,
            audiences: audiences, languages: languages, cost: cost, access: access, description: description)
    }

    private static func action(_ a: ObjectReader) -> Plan.Action? {
        let id = a.string("id")
        let title = a.string("title")
        let stage = a.string("stage")
        let strategy = a.string("strategy")
        let lead = a.string("lead")
        let partners = a.strings("partners")
        let resources = a.strings("resources")
        let audiences = a.strings("audiences")
        let start = a.date("start")
        let due = a.date("due")
        let status = a.choice("status", as: ActionStatus.self)
        let budget = a.object("budget").flatMap { b in
            b.number("amount").map { Plan.Budget(amount: $0.value, currency: b.string("currency")?.value) }
        }
        let description = a.string("description")?.value
        let indicators: [Plan.Indicator] = a.objects("indicators") { indicator($0, defaultKind: .output) }
        let objectives = a.strings("objectives")
        let addresses = a.strings("addresses")
        let funding = a.strings("funding")
        guard let id, let title else { return nil }
        return Plan.Action(
            id: id, range: a.range, path: a.path, title: title, stage: stage, strategy: strategy, lead: lead,
            partners: partners,
            resources: resources, audiences: audiences, start: start, due: due, status: status, budget: budget,
            description: description, indicators: indicators, indicatorsRange: a.keyRange("indicators"),
            objectives: objectives, addresses: addresses, funding: funding)
    }

    /// An indicator of an objective (`outcome` unless marked) or of an
    /// action (`output` unless marked).
    private static func indicator(_ i: ObjectReader, defaultKind: IndicatorKind) -> Plan.Indicator? {
        let id = i.string("id")
        let name = i.string("name")
        let kind = i.choice("kind", as: IndicatorKind.self)?.value
        let unit = i.string("unit")?.value
        let baseline = i.number("baseline")?.value
        let target = i.number("target")?.value
        let actual = i.number("actual")?.value
        let source = i.string("source")?.value
        let collectedBy = i.string("collected-by")
        let frequency = i.choice("frequency", as: ReportingFrequency.self)
        guard let id, let name else { return nil }
        return Plan.Indicator(
            id: id, range: i.range, path: i.path, name: name.value, kind: kind ?? defaultKind, unit: unit,
            baseline: baseline,
            target: target, actual: actual, source: source, collectedBy: collectedBy, frequency: frequency)
    }

    private static func pathway(_ p: ObjectReader) -> Plan.Pathway? {
        let id = p.string("id")
        let title = p.string("title")
        let stage = p.string("stage")
        let referrers = p.strings("referrers")
        let intake = p.string("intake")
        let team = p.strings("team")
        let access = p.object("access").map { a in
            Plan.PathwayAccess(
                range: a.range, path: a.path, phone: a.string("phone"), email: a.string("email"),
                url: a.string("url")?.value,
                address: a.string("address")?.value, hours: a.string("hours")?.value,
                visibility: a.choice("visibility", as: Visibility.self)?.value ?? .internal)
        }
        let consent = p.string("consent")
        let threshold = p.string("police-threshold")
        let agreement = p.string("agreement")
        let followUp = p.integers("follow-up-months")
        let exit = p.string("exit")?.value
        let description = p.string("description")?.value
        guard let id, let title else { return nil }
        return Plan.Pathway(
            id: id, range: p.range, path: p.path, title: title, stage: stage, referrers: referrers, intake: intake,
            team: team,
            access: access, consent: consent, policeThreshold: threshold, agreement: agreement,
            followUpMonths: followUp,
            exit: exit, description: description)
    }

    private static func agreement(_ a: ObjectReader) -> Plan.Agreement? {
        let id = a.string("id")
        let title = a.string("title")
        let kind = a.choice("kind", as: AgreementKind.self)
        let parties = a.strings("parties")
        let basis = a.choices("basis", as: AgreementBasis.self)
        let status = a.choice("status", as: AgreementStatus.self)
        let signed = a.date("signed")
        let expires = a.date("expires")
        let retention = a.string("retention")?.value
        let description = a.string("description")?.value
        guard let id, let title else { return nil }
        return Plan.Agreement(
            id: id, range: a.range, path: a.path, title: title, kind: kind, parties: parties, basis: basis,
            status: status,
            signed: signed, expires: expires, retention: retention, description: description)
    }

    private static func fundingSource(_ f: ObjectReader) -> Plan.FundingSource? {
        let id = f.string("id")
        let source = f.string("source")
        let kind = f.choice("kind", as: FundingKind.self)
        let amount = f.object("amount").flatMap { b in
            b.number("amount").map { Plan.Budget(amount: $0.value, currency: b.string("currency")?.value) }
        }
        let start = f.date("start")
        let end = f.date("end")
        let status = f.choice("status", as: FundingStatus.self)
        let description = f.string("description")?.value
        guard let id, let source else { return nil }
        return Plan.FundingSource(
            id: id, range: f.range, path: f.path, source: source, kind: kind, amount: amount, start: start, end: end,
            status: status, description: description)
    }

    private static func waiver(_ w: ObjectReader) -> Plan.Waiver? {
        let rule = w.string("rule")
        let target = w.string("target")
        let reason = w.string("reason")
        let until = w.date("until")
        guard let rule else { return nil }
        let emptyReason = reason.map { $0.value.allSatisfy(\.isWhitespace) } ?? true
        return Plan.Waiver(
            range: w.range, path: w.path, rule: rule, target: target, reason: emptyReason ? nil : reason, until: until)
    }

    private static func pledge(_ p: ObjectReader) -> Plan.Pledge {
        let c = p.object("contact")
        let second = p.object("secondary-contact")
        return Plan.Pledge(
            range: p.range, path: p.path, title: p.string("title"), entity: p.string("entity"),
            entityType: p.choice("entity-type", as: EntityType.self)?.value,
            contact: c.map(contact), contactPosition: c?.string("position")?.value,
            country: p.string("country"), otherCountries: p.strings("other-countries").map(\.value),
            type: p.choice("type", as: PledgeType.self)?.value,
            nature: p.choices("nature", as: PledgeNature.self).map(\.value),
            objectives: p.items("objectives").compactMap { node, path in
                let tree = p.tree
                guard let s = tree.scalar(node), case .int(let v) = s.resolved, (1...23).contains(v) else {
                    let text = tree.scalar(node)?.text ?? tree.kindDescription(node)
                    p.context.report(
                        .schemaValue, "'\(text)' is not a GCM objective (a number from 1 to 23)", at: tree.range(node),
                        path: path)
                    return nil
                }
                return Located(v, range: tree.range(node), path: path)
            },
            objectivesRange: p.keyRange("objectives"),
            principles: p.strings("principles").map(\.value), description: p.string("description"),
            expectedImpact: p.strings("expected-impact").map(\.value), deadline: p.date("deadline"),
            gcmChampion: p.choice("gcm-champion", as: Answer.self)?.value, region: p.string("region")?.value,
            secondaryContact: second.map(contact), secondaryPosition: second?.string("position")?.value,
            mirrorPledge: p.choice("mirror-pledge", as: Answer.self)?.value,
            participating: p.strings("participating").map(\.value),
            matchedPledge: p.string("matched-pledge")?.value, matchedPledgeID: p.string("matched-pledge-id")?.value)
    }
}
