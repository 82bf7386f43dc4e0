import PFPlanModel
import PFPlanFormats

/// The actions across the plan period: a strip per stage (the model's
/// order), a lane per action with a bar from start to due, a dashed line at
/// `--as-of`. The picture grows in height with the actions, not in width.
///
/// 680 px wide: the printable width of A4 at 15 mm margins, so on paper
/// (A4 or Letter) it is printed at its own size and its smallest text, 12
/// px, is 9 pt. A phone shows it at that size too, in a frame that scrolls
/// sideways and says so. The page shows it in parts (`parts`) of at most
/// `partLanes` lanes, each with its own time axis, so a long plan breaks
/// between pages; the file beside the page is the whole picture.
///
/// Statuses differ in fill style as well as colour (planned is an outline,
/// dropped is dashed), and an overdue action carries a "!" badge at its due
/// end: what matters most never depends on colour alone.
public enum ActionTimeline {
    static let margin = 8.0
    static let width = 680.0
    static let labelColumn = 230.0
    static let lane = 20.0
    static let stageHeader = 24.0
    /// Lanes in one part of the page's timeline: with its axis, its
    /// legend and the section's heading above it, a part stays under a
    /// Letter page's printable height (920 px at 18 mm margins).
    static let partLanes = 24

    struct Style {
        var fill: String
        var stroke: String
        var dash: Bool
    }

    static func style(_ status: ActionStatus?) -> Style {
        switch status {
        case .done: Style(fill: "#2e7d32", stroke: "#1b5e20", dash: false)
        case .inProgress: Style(fill: "#1f77b4", stroke: "#124a70", dash: false)
        case .blocked: Style(fill: "#b8860b", stroke: "#7a5a07", dash: false)
        case .dropped: Style(fill: "#d9d9d9", stroke: "#7f7f7f", dash: true)
        case .planned, nil: Style(fill: "#ffffff", stroke: "#1f77b4", dash: false)
        }
    }

    static let overdueColour = "#c0392b"

    /// The model's words in the locale's language.
    public static func svg(plan: Plan, model: FrameworkModel, asOf: CalendarDate, localization: Localization) -> String
    {
        svg(plan: plan, words: ModelWords(model, language: localization.code), asOf: asOf, localization: localization)
    }

    /// The whole timeline, one picture (the file beside the page).
    static func svg(plan: Plan, words: ModelWords, asOf: CalendarDate, localization l: Localization) -> String {
        draw(plan: plan, groups: stageGroups(plan, words: words), asOf: asOf, part: nil, l)
    }

    /// The timeline in parts for the page: whole stages together while
    /// they fit `partLanes`, a long stage cut into several parts. One part
    /// when it all fits.
    static func parts(plan: Plan, words: ModelWords, asOf: CalendarDate, localization l: Localization) -> [String] {
        var chunks: [[StageGroup]] = []
        var current: [StageGroup] = []
        var lanes = 0
        for group in stageGroups(plan, words: words) {
            let n = max(1, group.actions.count)
            if lanes > 0 && lanes + n > partLanes {
                chunks.append(current)
                current = []
                lanes = 0
            }
            // A stage longer than a part is cut; its last piece may share a
            // part with the stages after it.
            var rest = group.actions[...]
            while rest.count > partLanes {
                chunks.append([StageGroup(title: group.title, actions: Array(rest.prefix(partLanes)))])
                rest = rest.dropFirst(partLanes)
            }
            current.append(StageGroup(title: group.title, actions: Array(rest)))
            lanes += max(1, rest.count)
        }
        if !current.isEmpty { chunks.append(current) }
        guard chunks.count > 1 else { return [svg(plan: plan, words: words, asOf: asOf, localization: l)] }
        return chunks.enumerated().map { i, groups in
            draw(plan: plan, groups: groups, asOf: asOf, part: (i + 1, chunks.count), l)
        }
    }

    static func draw(plan: Plan, groups: [StageGroup], asOf: CalendarDate, part: (Int, Int)?, _ l: Localization)
        -> String
    {
        let (start, end) = period(plan, asOf: asOf)
        let x0 = margin + labelColumn
        let x1 = width - margin - 10
        let first = SVG.day(start)
        let last = max(SVG.day(end), SVG.day(start) + 1)
        func x(_ d: CalendarDate) -> Double {
            let clamped = min(max(SVG.day(d), first), last + 1)
            return x0 + (x1 - x0) * Double(clamped - first) / Double(last + 1 - first)
        }

        var titleText = l.string("pictures.timeline.title")
        if let (n, of) = part {
            titleText = l.string(
                "pictures.timeline.part", ["title": titleText, "part": l.number(n), "parts": l.number(of)])
        }
        let title = SVG.title(titleText, city: plan.city.name?.value, l)
        var body = SVG.label(
            SVG.words(SVG.fit(title, width: width - 2 * margin, size: 15), l), x: margin, y: 22, size: 15,
            weight: "bold")

        let axisTop = 38.0
        // Years, then month names, then the as-of label, each on its own line.
        let top = axisTop + 48
        var y = top + 6
        var strips = ""
        var backgrounds = ""
        var overdueCount = 0
        for (index, group) in groups.enumerated() {
            let lanes = max(1, group.actions.count)
            let stripHeight = stageHeader + Double(lanes) * lane + 4
            backgrounds +=
                "<rect x=\"\(SVG.n(margin))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(width - 2 * margin))\" height=\"\(SVG.n(stripHeight))\""
            backgrounds += " fill=\"\(index % 2 == 0 ? "#f3f6fa" : "#fafbfc")\"/>\n"
            strips += SVG.label(
                SVG.words(SVG.fit(group.title, width: width - 2 * margin - 12, size: 13), l), x: margin + 6, y: y + 17,
                size: 13, weight: "bold")
            var laneY = y + stageHeader
            if group.actions.isEmpty {
                strips += SVG.label(
                    SVG.words(l.string("pictures.timeline.no-actions"), l), x: margin + 16, y: laneY + 14,
                    fill: "#555555", italic: true)
            }
            for a in group.actions {
                let overdue = a.isOpen && (a.due.map { $0.value < asOf } ?? false)
                if overdue { overdueCount += 1 }
                strips += action(a, y: laneY, overdue: overdue, x: x, x0: x0, l)
                laneY += lane
            }
            y += stripHeight + 4
        }
        let bottom = y - 4

        // The axis: years above, month names below (every month, every
        // quarter, every half year), a faint line at each month or quarter.
        let months = monthStarts(from: start, to: end)
        let monthWidth = (x1 - x0) / Double(max(1, months.count))
        let every = [1, 2, 3, 6, 12].first { step in monthWidth * Double(step) >= 34 } ?? 12
        var grid = ""
        for (i, m) in months.enumerated() {
            let mx = x(m)
            if months.count <= 40 || (m.month - 1) % 3 == 0 { grid += "M\(SVG.n(mx)) \(SVG.n(top))V\(SVG.n(bottom))" }
            if m.month == 1 || i == 0 {
                body += SVG.label(l.digits(String(m.year)), x: mx + 2, y: axisTop + 12, weight: "bold")
            }
            if (m.month - 1) % every == 0 {
                let name = SVG.fit(
                    l.string("common.months-short.\(m.month)"), width: monthWidth * Double(every) - 3, size: 12)
                body += SVG.label(SVG.words(name, l), x: mx + 2, y: axisTop + 28, fill: "#444444")
            }
        }
        // Backgrounds, month lines, the as-of line, then the bars over them,
        // so an overdue badge next to the as-of line stays whole.
        body += backgrounds
        if !grid.isEmpty { body += "<path d=\"\(grid)\" stroke=\"#d5dbe1\" stroke-width=\"0.8\" fill=\"none\"/>\n" }
        let asOfText = SVG.words(l.string("pictures.timeline.as-of", ["date": l.date(asOf)]), l)
        if asOf >= start && asOf <= end {
            let ax = x(asOf)
            body +=
                "<path d=\"M\(SVG.n(ax)) \(SVG.n(top - 10))V\(SVG.n(bottom))\" stroke=\"#111111\" stroke-width=\"1.6\" stroke-dasharray=\"5 3\"/>\n"
            let labelWidth = SVG.width(asOfText, size: 12)
            let anchorEnd = ax + labelWidth + 6 > width - margin
            body += SVG.label(
                asOfText, x: anchorEnd ? ax - 4 : ax + 4, y: top - 4, anchor: anchorEnd ? "end" : "start",
                weight: "bold")
        }
        body += strips

        let legendY = bottom + 20
        let (legendBody, legendHeight) = legend(y: legendY, asOfText: asOfText, l)
        body += legendBody
        let height = legendY + legendHeight + 6

        let desc = l.string(
            "pictures.timeline.desc",
            [
                "start": l.date(start), "end": l.date(end), "asOf": l.date(asOf), "overdue": l.number(overdueCount),
            ])
        return SVG.document(width: width, height: height, title: title, desc: desc, body: body, l)
    }

    static func action(
        _ a: Plan.Action, y: Double, overdue: Bool, x: (CalendarDate) -> Double, x0: Double, _ l: Localization
    ) -> String {
        let status = a.status?.value
        var tip = a.title.value + ": " + l.term("common.status", status?.rawValue ?? "unknown")
        if let s = a.start?.value { tip += "; " + l.date(s) }
        if let d = a.due?.value { tip += " – " + l.date(d) }
        if overdue { tip += "; " + l.string("pictures.timeline.overdue") }
        var out = "<g><title>\(XMLText.oneLineContent(tip))</title>"
        out += SVG.label(
            SVG.fit(a.title.value, width: labelColumn - 22, size: 12), x: margin + 14, y: y + 14,
            fill: overdue ? "#8e1c12" : "#1a1a1a")
        let style = style(status)
        let barY = y + 4
        let barHeight = 12.0
        switch (a.start?.value, a.due?.value) {
        case (let s?, let d?):
            let bx = x(s)
            let bw = max(3, x(d) - x(s))
            out +=
                "<rect x=\"\(SVG.n(bx))\" y=\"\(SVG.n(barY))\" width=\"\(SVG.n(bw))\" height=\"\(SVG.n(barHeight))\" rx=\"3\""
            out +=
                " fill=\"\(style.fill)\" stroke=\"\(overdue ? overdueColour : style.stroke)\" stroke-width=\"\(overdue ? "2" : "1.5")\""
            out += style.dash ? " stroke-dasharray=\"4 2\"/>" : "/>"
            if overdue { out += badge(x: bx + bw, y: barY + barHeight / 2) }
        case (let s?, nil):
            out +=
                "<circle cx=\"\(SVG.n(x(s)))\" cy=\"\(SVG.n(barY + barHeight / 2))\" r=\"5\" fill=\"\(style.fill)\" stroke=\"\(style.stroke)\" stroke-width=\"1.5\"/>"
        case (nil, let d?):
            let dx = x(d)
            let cy = barY + barHeight / 2
            out +=
                "<path d=\"M\(SVG.n(dx)) \(SVG.n(cy - 6))L\(SVG.n(dx + 6)) \(SVG.n(cy))L\(SVG.n(dx)) \(SVG.n(cy + 6))L\(SVG.n(dx - 6)) \(SVG.n(cy))Z\""
            out += " fill=\"\(style.fill)\" stroke=\"\(overdue ? overdueColour : style.stroke)\" stroke-width=\"1.5\"/>"
            if overdue { out += badge(x: dx + 4, y: cy) }
        case (nil, nil):
            out += "<text x=\"\(SVG.n(x0 + 6))\" y=\"\(SVG.n(y + 14))\" font-style=\"italic\" fill=\"#555555\">"
            out += XMLText.oneLineContent(SVG.words(l.string("pictures.timeline.no-dates"), l)) + "</text>"
        }
        return out + "</g>\n"
    }

    /// The overdue mark: a red disc with a white "!" at the due end.
    static func badge(x: Double, y: Double) -> String {
        "<circle cx=\"\(SVG.n(x))\" cy=\"\(SVG.n(y))\" r=\"7.5\" fill=\"\(overdueColour)\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
            + "<text x=\"\(SVG.n(x))\" y=\"\(SVG.n(y + 4.5))\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"#ffffff\">!</text>"
    }

    /// The statuses, the overdue mark and the as-of line, in as many
    /// lines as they need; returns the drawing and its height.
    static func legend(y: Double, asOfText: String, _ l: Localization) -> (String, Double) {
        var out = ""
        var lx = margin
        var ly = y
        func room(_ w: Double) {
            if lx + w > width - margin {
                lx = margin
                ly += 22
            }
        }
        for status in ActionStatus.allCases {
            let s = style(status)
            let word = SVG.words(l.term("common.status", status.rawValue), l)
            room(28 + SVG.width(word, size: 12))
            out +=
                "<rect x=\"\(SVG.n(lx))\" y=\"\(SVG.n(ly - 10))\" width=\"22\" height=\"12\" rx=\"3\" fill=\"\(s.fill)\" stroke=\"\(s.stroke)\" stroke-width=\"1.5\""
            out += s.dash ? " stroke-dasharray=\"4 2\"/>\n" : "/>\n"
            out += SVG.label(word, x: lx + 28, y: ly)
            lx += 28 + SVG.width(word, size: 12) + 16
        }
        let overdue = SVG.words(l.string("pictures.timeline.legend-overdue"), l)
        room(20 + SVG.width(overdue, size: 12))
        out += badge(x: lx + 8, y: ly - 4) + "\n"
        out += SVG.label(overdue, x: lx + 20, y: ly)
        lx += 20 + SVG.width(overdue, size: 12) + 16
        room(12 + SVG.width(asOfText, size: 12))
        out +=
            "<path d=\"M\(SVG.n(lx + 4)) \(SVG.n(ly - 12))V\(SVG.n(ly + 2))\" stroke=\"#111111\" stroke-width=\"1.6\" stroke-dasharray=\"5 3\"/>\n"
        out += SVG.label(asOfText, x: lx + 12, y: ly)
        return (out, ly - y + 10)
    }

    struct StageGroup {
        var title: String
        var actions: [Plan.Action]
    }

    /// The model's stages in order, then any stage id the model lacks
    /// (a plan rendered despite errors), each with its actions in plan order.
    static func stageGroups(_ plan: Plan, words: ModelWords) -> [StageGroup] {
        let model = words.model
        var position: [String: Int] = [:]
        for (i, stage) in model.stages.enumerated() where position[stage.id] == nil { position[stage.id] = i }
        var groups = model.stages.map { StageGroup(title: words.stage($0.id), actions: []) }
        var others: [String] = []
        var otherActions: [String: [Plan.Action]] = [:]
        for a in plan.actions {
            let id = a.stage?.value ?? "—"
            if let p = position[id] {
                groups[p].actions.append(a)
            } else {
                if otherActions[id] == nil { others.append(id) }
                otherActions[id, default: []].append(a)
            }
        }
        for id in others { groups.append(StageGroup(title: id, actions: otherActions[id] ?? [])) }
        return groups
    }

    /// The plan's period; without one, the span of the actions' dates and
    /// the as-of date, so the picture still shows something true.
    static func period(_ plan: Plan, asOf: CalendarDate) -> (CalendarDate, CalendarDate) {
        if let p = plan.framework.period, p.start.value <= p.end.value { return (p.start.value, p.end.value) }
        let dates = plan.actions.flatMap { [$0.start?.value, $0.due?.value].compactMap { $0 } } + [asOf]
        let lo = dates.min()!
        let hi = dates.max()!
        return (CalendarDate(year: lo.year, month: 1, day: 1), CalendarDate(year: hi.year, month: 12, day: 31))
    }

    /// The first day of every month that starts within the period, plus
    /// the period's own first month.
    static func monthStarts(from start: CalendarDate, to end: CalendarDate) -> [CalendarDate] {
        var out: [CalendarDate] = []
        var y = start.year
        var m = start.month
        while (y, m) <= (end.year, end.month) && out.count < 1200 {
            out.append(CalendarDate(year: y, month: m, day: 1))
            m += 1
            if m > 12 {
                m = 1
                y += 1
            }
        }
        return out
    }
}
