import PFPlanModel

/// The leadership group as an organisation chart: the chair on top, then
/// the seats of each role of the model (in the model's order), each seat
/// with its organisation and sector. A seat without a name, and a seat the
/// model requires that no member holds, is drawn dashed and says "Vacant
/// seat" in words, not only in style.
///
/// Drawn for a phone first: 360 px wide (two seats a row), so on a 390 px
/// screen it keeps its size and every word stays at 11 px or more; the
/// members table beside it gives the full names the boxes shorten.
public enum LeadershipChart {
    static let width = 360.0
    static let margin = 8.0
    static let gap = 8.0
    static let boxHeight = 58.0
    static var boxWidth: Double { (width - 2 * margin - gap) / 2 }

    struct Seat {
        var name: String?
        var organization: String?
        var sector: String?
        /// Other roles the member holds, shown under the sector.
        var otherRoles: [String]
        var isVacant: Bool { name == nil }
    }

    /// The model's words in the locale's language.
    public static func svg(plan: Plan, model: FrameworkModel, localization: Localization) -> String {
        svg(plan: plan, words: ModelWords(model, language: localization.code), localization: localization)
    }

    static func svg(plan: Plan, words: ModelWords, localization l: Localization) -> String {
        let model = words.model
        let members = plan.leadership?.members ?? []
        let organizationName = Dictionary(
            plan.stakeholders.map { ($0.id.value, $0.name.value) }, uniquingKeysWith: { a, _ in a })
        let layout = LeadershipSeats(plan: plan, model: model)
        func seat(_ s: LeadershipSeats.Seat, under role: String?) -> Seat {
            guard let i = s.member else { return Seat(name: nil, organization: nil, sector: nil, otherRoles: []) }
            let m = members[i]
            return Seat(
                name: s.isVacant ? nil : m.name?.value,
                organization: m.organization.map { organizationName[$0.value] ?? $0.value },
                sector: m.sector.map { words.sector($0.value) },
                otherRoles: m.roles.map(\.value).filter { $0 != role }.map(words.role))
        }
        let chairRole = model.chairRole?.id
        let chairs = layout.chairs.map { seat($0, under: chairRole) }
        var groups: [(title: String, seats: [Seat])] = layout.groups.map { g in
            (words.role(g.role), g.seats.map { seat($0, under: g.role) })
        }
        if !layout.roleless.isEmpty {
            groups.append((l.string("pictures.leadership.members"), layout.roleless.map { seat($0, under: nil) }))
        }

        let titleText = plan.leadership?.name?.value ?? l.string("pictures.leadership.title")
        var (body, y) = SVG.heading(titleText, city: plan.city.name?.value, width: width, margin: margin, l)

        // The chair, full width.
        y += 14
        let noChair = layout.chairs.allSatisfy { $0.member == nil }
        y = band(noChair ? l.string("pictures.leadership.no-chair") : words.role(chairRole ?? ""), y: y, into: &body, l)
        for s in chairs {
            body += box(s, x: margin, y: y, width: width - 2 * margin, emphasised: true, l)
            y += boxHeight + gap
        }
        // Each role: a heading, then its seats two a row.
        for group in groups {
            y += 6
            y = band(group.title, y: y, into: &body, l)
            for (i, s) in group.seats.enumerated() {
                let x = margin + Double(i % 2) * (boxWidth + gap)
                body += box(s, x: x, y: y, width: boxWidth, emphasised: false, l)
                if i % 2 == 1 || i == group.seats.count - 1 { y += boxHeight + gap }
            }
        }
        let height = y - gap + margin

        let seats = chairs + groups.flatMap(\.seats)
        let desc = l.count(
            "pictures.leadership.desc", groups.reduce(0) { $0 + $1.seats.count },
            ["vacant": l.number(seats.count(where: \.isVacant))])
        return SVG.document(
            width: width, height: height, title: SVG.title(titleText, city: plan.city.name?.value, l), desc: desc,
            body: body, l)
    }

    /// A role's heading with a rule under it; returns where its seats start.
    static func band(_ title: String, y: Double, into body: inout String, _ l: Localization) -> Double {
        let (lead, anchor) = l.isRightToLeft ? (width - margin, "end") : (margin, "start")
        body += SVG.label(
            SVG.words(SVG.fit(title, width: width - 2 * margin, size: 13), l), x: lead, y: y + 13, size: 13,
            anchor: anchor, weight: "bold")
        body +=
            "<path d=\"M\(SVG.n(margin)) \(SVG.n(y + 19))H\(SVG.n(width - margin))\" stroke=\"#9aa9b9\" stroke-width=\"1\"/>\n"
        return y + 25
    }

    /// One seat: name, organisation, sector (and other roles). Vacant
    /// seats are dashed and grey and say so.
    static func box(_ s: Seat, x: Double, y: Double, width boxWidth: Double, emphasised: Bool, _ l: Localization)
        -> String
    {
        let textWidth = boxWidth - 14
        var out = "<g>"
        out +=
            "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(boxWidth))\" height=\"\(SVG.n(boxHeight))\" rx=\"6\""
        if s.isVacant {
            out += " fill=\"#fafafa\" stroke=\"#8a8a8a\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
        } else {
            out +=
                emphasised
                ? " fill=\"#dbe9f6\" stroke=\"#08306b\" stroke-width=\"2.5\"/>"
                : " fill=\"#eef4fa\" stroke=\"#4a6f96\" stroke-width=\"1.2\"/>"
        }
        out += "\n"
        let first =
            s.name.map { SVG.fit($0, width: textWidth, size: 12) }
            ?? SVG.words(l.string("pictures.leadership.vacant"), l)
        out += SVG.label(
            first, x: x + 7, y: y + 18, size: 12, weight: "bold", fill: s.isVacant ? "#555555" : "#1a1a1a",
            italic: s.isVacant)
        if let organization = s.organization {
            out += SVG.label(SVG.fit(organization, width: textWidth, size: 11), x: x + 7, y: y + 34, size: 11)
        }
        let last = ([s.sector].compactMap { $0 } + s.otherRoles).joined(separator: " · ")
        if !last.isEmpty {
            out += SVG.label(
                SVG.words(SVG.fit(last, width: textWidth, size: 11), l), x: x + 7, y: y + 50, size: 11, fill: "#555555")
        }
        return out + "</g>\n"
    }
}
