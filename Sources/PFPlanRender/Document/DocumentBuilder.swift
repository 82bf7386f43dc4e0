import PFPlanLoader
import PFPlanModel

/// How plan text enters one output language. HTML templates escape `{{x}}`
/// themselves, so text stays plain; Markdown templates use `{{{x}}}` only,
/// so text is escaped here. Markdown fields become HTML or clean Markdown
/// through `MarkdownText`, never raw.
struct OutputStyle: Sendable {
    enum Language: Sendable { case html, markdown }
    var language: Language

    static let html = OutputStyle(language: .html)
    static let markdown = OutputStyle(language: .markdown)

    func text(_ s: String) -> String {
        switch language {
        case .html: s
        case .markdown: Escape.markdownInline(s.trimmingSpaces)
        }
    }

    func text(_ s: String?) -> String? { s.map { text($0) } }

    func markup(_ source: String?) -> String? {
        guard let source, source.hasTextBesideSpaces else { return nil }
        let parsed = MarkdownText(source)
        switch language {
        case .html: return parsed.html
        case .markdown: return parsed.markdown
        }
    }

    /// A list of plain items; nil when empty, so the template's section
    /// for it vanishes.
    func list(_ items: [String], _ localization: Localization) -> String? {
        items.isEmpty ? nil : text(localization.list(items))
    }
}

/// Everything one city's document is made from, after the audience filter
/// and the redaction of findings: nothing here can hold a hidden contact.
struct CityInput: Sendable {
    var plan: Plan
    var model: FrameworkModel
    var coverage: CoverageMatrix
    /// Open and waived findings, already redacted for the audience.
    var diagnostics: [Diagnostic]
    /// Stages not covered whose coverage findings the group waived.
    var acceptedStages: Set<String>
    /// Findings that refused rendering and were overridden by `--force`.
    var blocking: [Diagnostic]
    var slug: String
    var displayFile: String
    var localization: Localization
    var audience: Visibility
    var asOf: CalendarDate
    var toolVersion: String
    var pictures: Pictures
    /// Ids in words, made once for both documents.
    var names: NameIndex

    struct Pictures: Sendable {
        var coverage: String
        var leadership: String
        var timeline: String
    }
}

/// Builds the view model of a city's document in one output language.
struct DocumentBuilder {
    var input: CityInput
    var style: OutputStyle
    /// The locale's document labels for `{{L.x}}`, made once and shared by
    /// every view that holds them.
    let labelTree: [String: Any]
    /// Dates in words, each made once: thousands of actions share a few
    /// hundred dates, and a date in words is a locale look-up per part.
    private let dateWords = DateWords()

    init(input: CityInput, style: OutputStyle) {
        self.input = input
        self.style = style
        labelTree = labels(input.localization, prefix: "document.", style: style)
    }

    func date(_ d: CalendarDate) -> String { dateWords.words(d, loc) }

    private var plan: Plan { input.plan }
    private var model: FrameworkModel { input.model }
    private var loc: Localization { input.localization }

    func t(_ key: String) -> String { style.text(loc.string("document." + key)) }
    func t(_ key: String, _ values: [String: String]) -> String { style.text(loc.string("document." + key, values)) }

    func build() -> DocumentView {
        let names = input.names
        let city = plan.city.name?.value ?? input.slug
        let title = plan.framework.title?.value ?? loc.string("document.title-fallback", ["city": city])
        var toc: [TocItem] = []
        func section(_ id: String) { toc.append(TocItem(id: id, label: t("sections." + id))) }
        section("summary")
        if plan.leadership != nil { section("leadership") }
        section("stages")
        section("coverage")
        section("stakeholders")
        section("resources")
        section("made")

        return DocumentView(
            lang: loc.code, dir: loc.direction, version: input.toolVersion,
            title: style.text(title), place: style.text(place), edition: t("edition." + input.audience.rawValue),
            noticeMarkup: style.markup(plan.notice?.value), L: labelTree, toc: toc,
            banner: banner(), summary: summary(), leadership: leadership(names), stages: stages(names),
            coverage: coverage(), stakeholders: stakeholders(), resources: resources(names), made: made(),
            hasStakeholders: !plan.stakeholders.isEmpty, hasResources: !plan.resources.isEmpty)
    }

    var place: String {
        [plan.city.name?.value, plan.city.region?.value, plan.city.country?.value].compactMap { $0 }.joined(separator: ", ")
    }

    // MARK: - Sections

    func banner() -> BannerView? {
        guard !input.blocking.isEmpty else { return nil }
        return BannerView(
            heading: t("banner.heading"), text: style.text(loc.string("document.banner.text", count: input.blocking.count)),
            errors: input.blocking.map(finding))
    }

    func summary() -> SummaryView {
        var period: String?
        if let p = plan.framework.period {
            period = t("period-range", ["start": loc.date(p.start.value), "end": loc.date(p.end.value)])
        }
        let languages = plan.city.languages.map(\.value)
        return SummaryView(
            needMarkup: style.markup(plan.framework.need?.value),
            visionMarkup: style.markup(plan.framework.vision?.value),
            period: period,
            population: plan.city.population.map { style.text(loc.number($0.value)) },
            model: style.text(model.title),
            languages: style.list(languages, loc),
            pillars: plan.framework.pillars.map { p in
                PillarView(
                    title: style.text(p.title), goal: style.text(p.goal), strategies: p.strategies.map { style.text($0.title) },
                    hasStrategies: !p.strategies.isEmpty)
            },
            assessment: plan.assessment.map { a in
                AssessmentView(
                    summaryMarkup: style.markup(a.summary),
                    threats: a.threats.map { th in
                        ThreatView(
                            title: style.text(th.title), trend: th.trend.map { style.text(loc.term("document.trends", $0.rawValue)) },
                            descriptionMarkup: style.markup(th.description))
                    },
                    groupsAtRisk: style.list(a.groupsAtRisk.map { model.audience($0.value)?.title ?? $0.value }, loc),
                    serviceGaps: a.serviceGaps.map { g in
                        ServiceGapView(
                            title: style.text(g.title), stage: g.stage.map { style.text(model.title(ofStage: $0.value)) },
                            descriptionMarkup: style.markup(g.description))
                    },
                    hasThreats: !a.threats.isEmpty, hasServiceGaps: !a.serviceGaps.isEmpty)
            },
            hasPillars: !plan.framework.pillars.isEmpty)
    }

    func leadership(_ names: NameIndex) -> LeadershipView? {
        guard let l = plan.leadership else { return nil }
        let members = l.members.map { m in
            MemberView(
                name: style.text(m.name?.value ?? loc.string("document.vacant")), vacant: m.name == nil,
                title: style.text(m.title),
                organization: m.organization.map { style.text(names.name($0.value)) },
                sector: m.sector.map { style.text(model.title(ofSector: $0.value)) },
                roles: style.list(m.roles.map { model.role($0.value)?.title ?? $0.value }, loc),
                contact: m.contact.map(contact))
        }
        let roles = model.roles.map { role -> RoleView in
            let holders = l.members.filter { m in m.roles.contains { $0.value == role.id } }
            let holderNames = holders.map { $0.name?.value ?? loc.string("document.vacant") }
            var needs: String?
            switch (role.min, role.max) {
            case (let min?, let max?) where min == max: needs = t("role-exactly", ["count": loc.number(min)])
            case (let min?, let max?): needs = t("role-between", ["min": loc.number(min), "max": loc.number(max)])
            case (let min?, nil): needs = t("role-at-least", ["count": loc.number(min)])
            case (nil, let max?): needs = t("role-at-most", ["count": loc.number(max)])
            case (nil, nil): needs = nil
            }
            let unmet = holders.count < (role.min ?? 0) || holders.count > (role.max ?? Int.max)
            return RoleView(
                title: style.text(role.title),
                holders: holderNames.isEmpty ? t("none") : style.text(loc.list(holderNames)),
                needs: needs.map { unmet ? $0 + " " + t("role-unmet") : $0 }, unmet: unmet)
        }
        return LeadershipView(
            name: style.text(l.name?.value), meets: l.meets.map { style.text(loc.term("document.meets-every", $0.value.rawValue)) },
            charterMarkup: style.markup(l.charter), members: members, roles: roles, hasMembers: !members.isEmpty,
            svgMarkup: input.pictures.leadership, svgAlt: t("pictures.leadership"))
    }

    func contact(_ c: Plan.Contact) -> ContactView {
        ContactView(
            L: labelTree, name: style.text(c.name), role: style.text(c.role),
            email: c.email.map { style.text($0.value) }, emailHref: c.email.flatMap { Escape.safeURL("mailto:" + $0.value) },
            phone: c.phone.map { style.text($0.value) }, phoneHref: c.phone.flatMap { Escape.telURL($0.value) })
    }

    func stages(_ names: NameIndex) -> StagesView {
        // One pass by index: filtering the actions per stage copied every
        // action once per stage.
        let actions = plan.actions
        var position: [String: Int] = [:]
        for (i, stage) in model.stages.enumerated() where position[stage.id] == nil { position[stage.id] = i }
        var byStage = [[Int]](repeating: [], count: model.stages.count)
        // Actions whose stage the model lacks (a --force render): shown,
        // not lost.
        var strays: [Int] = []
        for i in actions.indices {
            if let stage = actions[i].stage?.value, let p = position[stage] { byStage[p].append(i) } else { strays.append(i) }
        }
        var items = model.stages.enumerated().map { p, stage in
            StageView(
                id: "stage-" + stage.id, title: style.text(stage.title), summary: style.text(stage.summary),
                actions: byStage[p].map { action(actions[$0], names) }, noActions: nil)
        }
        if !strays.isEmpty {
            items.append(StageView(id: "stage-other", title: t("other-stage"), summary: nil, actions: strays.map { action(actions[$0], names) }, noActions: nil))
        }
        for i in items.indices where items[i].actions.isEmpty { items[i].noActions = t("no-actions") }
        return StagesView(timelineSvgMarkup: input.pictures.timeline, timelineAlt: t("pictures.timeline"), items: items)
    }

    func action(_ a: Plan.Action, _ names: NameIndex) -> ActionView {
        var dates: String?
        switch (a.start?.value, a.due?.value) {
        case (let s?, let d?): dates = t("date-span.range", ["start": date(s), "due": date(d)])
        case (let s?, nil): dates = t("date-span.from", ["start": date(s)])
        case (nil, let d?): dates = t("date-span.by", ["due": date(d)])
        case (nil, nil): dates = nil
        }
        // The locale's word and the page's class for a status; "unknown" when none is given.
        let status = a.status?.value.rawValue ?? "unknown"
        var budget: String?
        if let b = a.budget {
            let amount = formatNumber(b.amount)
            let shown: String = b.currency.map { amount + " " + $0 } ?? amount
            budget = style.text(shown)
        }
        return ActionView(
            L: labelTree, id: "action-" + a.id.value, title: style.text(a.title.value),
            strategy: a.strategy.map { style.text(names.name($0.value)) },
            lead: a.lead.map { style.text(names.name($0.value)) },
            partners: style.list(a.partners.map { names.name($0.value) }, loc),
            dates: dates,
            status: style.text(loc.term("common.status", status)),
            statusClass: "status-" + status,
            budget: budget,
            audiences: style.list(a.audiences.map { model.audience($0.value)?.title ?? $0.value }, loc),
            resources: style.list(a.resources.map { names.name($0.value) }, loc),
            descriptionMarkup: style.markup(a.description),
            indicators: a.indicators.map { i in
                let dash = style.text(loc.string("document.no-value"))
                return IndicatorView(
                    name: style.text(i.name), unit: i.unit.map { style.text($0) } ?? dash,
                    baseline: i.baseline.map { style.text(formatNumber($0)) } ?? dash,
                    target: i.target.map { style.text(formatNumber($0)) } ?? dash,
                    actual: i.actual.map { style.text(formatNumber($0)) } ?? dash,
                    source: i.source.map { style.text($0) } ?? dash)
            },
            hasIndicators: !a.indicators.isEmpty)
    }

    func formatNumber(_ x: Double) -> String {
        x == x.rounded() ? loc.number(x, fractionDigits: 0) : loc.number(x, fractionDigits: 2)
    }

    func coverage() -> CoverageView {
        let rows = input.coverage.stages.map { s -> CoverageRow in
            let needActions = s.stage.needs.actions
            let needResources = s.stage.needs.resources?.count ?? 0
            let accepted = !s.isCovered && input.acceptedStages.contains(s.stage.id)
            return CoverageRow(
                stage: style.text(s.stage.title), covered: s.isCovered, accepted: accepted,
                coveredText: s.isCovered ? t("covered") : accepted ? t("accepted-gap") : t("not-covered"),
                missing: s.missingSectors.isEmpty ? t("none") : style.text(loc.list(s.missingSectors.map(sectorNeedInWords))),
                actions: haveNeed(s.actions.count, needActions),
                resources: haveNeed(needResources > 0 ? s.neededResources : s.resources.count, needResources))
        }
        let unserved = input.coverage.unservedAudiences.map { model.audience($0)?.title ?? $0 }
        let open = input.diagnostics.filter { !$0.isWaived }.map(finding)
        let waived = input.diagnostics.filter(\.isWaived).map(finding)
        return CoverageView(
            svgMarkup: input.pictures.coverage, svgAlt: t("pictures.coverage"), rows: rows,
            unserved: style.list(unserved, loc), open: open, noOpen: open.isEmpty ? t("no-open") : nil, waived: waived,
            hasOpen: !open.isEmpty, hasWaived: !waived.isEmpty)
    }

    /// "3 / 1": what the stage has against what the model asks; only the
    /// count when the model asks for none.
    func haveNeed(_ have: Int, _ need: Int) -> String {
        need > 0 ? t("have-need", ["have": loc.number(have), "need": loc.number(need)]) : style.text(loc.number(have))
    }

    /// The coverage matrix writes needs with sector ids ("one of justice /
    /// law-enforcement"); a document shows their titles.
    func sectorNeedInWords(_ need: String) -> String {
        need.split(separator: " ", omittingEmptySubsequences: false).map { word in
            model.sector(String(word)).map(\.title) ?? String(word)
        }.joined(separator: " ")
    }

    func finding(_ d: Diagnostic) -> FindingView {
        let planDir = PathText.directory(of: plan.file)
        var file = d.range.file
        if file.hasPrefix(planDir + "/") { file = String(file.dropFirst(planDir.count + 1)) } else { file = DisplayPath.short(file) }
        return FindingView(
            severity: d.severity.rawValue, severityLabel: t("severity." + d.severity.rawValue), rule: style.text(d.rule.rawValue),
            // A message quotes plan text, refused values included: their
            // controls shown as escapes (`TerminalText`), as on a terminal.
            message: style.text(TerminalText.escaped(d.message)), location: style.text("\(file):\(d.range.start.line)"),
            reason: style.text(d.waivedBecause))
    }

    func stakeholders() -> [StakeholderView] {
        plan.stakeholders.map { s in
            StakeholderView(
                L: labelTree, id: "stakeholder-" + s.id.value, name: style.text(s.name.value),
                sector: s.sector.map { style.text(model.title(ofSector: $0.value)) },
                descriptionMarkup: style.markup(s.description),
                website: style.text(s.website), websiteHref: s.website.flatMap(Escape.safeURL),
                address: style.text(s.address),
                stages: style.list(s.stages.map { model.title(ofStage: $0.value) }, loc),
                languages: style.list(s.languages, loc),
                contacts: s.contacts.map(contact), hasContacts: !s.contacts.isEmpty)
        }
    }

    func resources(_ names: NameIndex) -> [ResourceView] {
        plan.resources.map { r in
            let access = r.access
            return ResourceView(
                L: labelTree, id: "resource-" + r.id.value, name: style.text(r.name.value),
                kind: style.text(loc.term("common.resource-kind", r.kind?.value.rawValue ?? "unknown")),
                provider: r.provider.map { style.text(names.name($0.value)) },
                stages: style.list(r.stages.map { model.title(ofStage: $0.value) }, loc),
                audiences: style.list(r.audiences.map { model.audience($0.value)?.title ?? $0.value }, loc),
                languages: style.list(r.languages, loc),
                cost: r.cost.map { style.text(loc.term("document.costs", $0.rawValue)) },
                url: style.text(access?.url), urlHref: access?.url.flatMap(Escape.safeURL),
                phone: style.text(access?.phone), phoneHref: access?.phone.flatMap(Escape.telURL),
                email: style.text(access?.email), emailHref: access?.email.flatMap { Escape.safeURL("mailto:" + $0) },
                address: style.text(access?.address), hours: style.text(access?.hours),
                descriptionMarkup: style.markup(r.description))
        }
    }

    func made() -> MadeView {
        let modelName = model.title + " (" + model.id + ")"
        return MadeView(lines: [
            t("made.plan", ["file": input.displayFile]),
            t("made.model", ["model": modelName]),
            t("made.as-of", ["date": loc.date(input.asOf)]),
            t("made.audience", ["audience": loc.string("document.audience-names." + input.audience.rawValue)]),
            t("made.tool", ["version": input.toolVersion]),
        ])
    }
}

/// A memo of `Localization.date`, for one builder (one thread).
private final class DateWords {
    var known: [CalendarDate: String] = [:]

    func words(_ d: CalendarDate, _ loc: Localization) -> String {
        if let w = known[d] { return w }
        let w = loc.date(d)
        known[d] = w
        return w
    }
}

/// The labels of one locale section as nested dictionaries, so templates
/// write `{{L.sections.summary}}`; each escaped for the output language,
/// and a `ViewText` as every other text of the views.
func labels(_ loc: Localization, prefix: String, style: OutputStyle) -> [String: Any] {
    var root: [String: Any] = [:]
    let keys = Set(loc.strings.keys).union(loc.fallback.keys).filter { $0.hasPrefix(prefix) }
    for key in keys.sorted() {
        let parts = key.dropFirst(prefix.count).split(separator: ".").map(String.init)
        insert(&root, parts[...], ViewText(style.text(loc.string(key))))
    }
    return root
}

private func insert(_ dict: inout [String: Any], _ path: ArraySlice<String>, _ value: ViewText) {
    guard let head = path.first else { return }
    if path.count == 1 {
        dict[head] = value
        return
    }
    var child = dict[head] as? [String: Any] ?? [:]
    insert(&child, path.dropFirst(), value)
    dict[head] = child
}

/// Paths as a document shows them: what the user typed when it was
/// relative, else only the last two parts, so a published page never
/// carries a home folder (and a user name) from the machine it was made on.
enum DisplayPath {
    static func short(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        let parts = path.split(separator: "/")
        return parts.suffix(2).joined(separator: "/")
    }
}
