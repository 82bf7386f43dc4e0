import PFPlanModel

/// The leadership group as an organisation chart: the chair on top, then
/// one row of seats per role of the model (in the model's order), each
/// seat with its organisation and sector. A seat without a name, and a
/// seat the model requires that no member holds, is drawn dashed and says
/// "Vacant seat" in words, not only in style.
public enum LeadershipChart {
    static let margin = 16.0
    static let boxWidth = 228.0
    static let boxHeight = 62.0
    static let gap = 12.0
    static let perRow = 3
    static let roleColumn = 178.0

    struct Seat {
        var name: String?
        var organization: String?
        var sector: String?
        /// Other roles the member holds, shown under the sector.
        var otherRoles: [String]
        /// A seat the model requires and the plan does not fill.
        var isPlaceholder = false
        var isVacant: Bool { name == nil }
    }

    struct Group {
        var title: String
        var seats: [Seat]
    }

    /// The model's words in the locale's language.
    public static func svg(plan: Plan, model: FrameworkModel, localization: Localization) -> String {
        svg(plan: plan, words: ModelWords(model, language: localization.code), localization: localization)
    }

    static func svg(plan: Plan, words: ModelWords, localization l: Localization) -> String {
        let model = words.model
        let members = plan.leadership?.members ?? []
        let organizationName = Dictionary(plan.stakeholders.map { ($0.id.value, $0.name.value) }, uniquingKeysWith: { a, _ in a })
        let roleOrder = model.roles.map(\.id)
        let chairRole = model.chairRole?.id
        func roleTitle(_ id: String) -> String { words.role(id) }
        func seat(_ m: Plan.Member, placedUnder role: String?) -> Seat {
            Seat(
                name: m.name?.value, organization: m.organization.map { organizationName[$0.value] ?? $0.value },
                sector: m.sector.map { words.sector($0.value) },
                otherRoles: m.roles.map(\.value).filter { $0 != role }.map(roleTitle))
        }
        /// A member sits once, under the first of their roles in the model's order.
        func mainRole(_ m: Plan.Member) -> String? {
            let held = Set(m.roles.map(\.value))
            return roleOrder.first(where: held.contains) ?? m.roles.first?.value
        }

        let chairs = members.filter { chairRole != nil && mainRole($0) == chairRole }.map { seat($0, placedUnder: chairRole) }
        var groups: [Group] = []
        let otherRoles = roleOrder.filter { $0 != chairRole } + Set(members.flatMap { $0.roles.map(\.value) }).subtracting(roleOrder).sorted()
        for role in otherRoles {
            var seats = members.filter { mainRole($0) == role }.map { seat($0, placedUnder: role) }
            let holders = members.filter { $0.roles.contains { $0.value == role } }.count
            let required = model.role(role)?.min ?? 0
            for _ in 0..<max(0, required - holders) {
                seats.append(Seat(name: nil, organization: nil, sector: nil, otherRoles: [], isPlaceholder: true))
            }
            if !seats.isEmpty { groups.append(Group(title: roleTitle(role), seats: seats)) }
        }
        let roleless = members.filter { $0.roles.isEmpty }.map { seat($0, placedUnder: nil) }
        if !roleless.isEmpty { groups.append(Group(title: l.string("pictures.leadership.members"), seats: roleless)) }

        let seatsX = margin + roleColumn
        let width = seatsX + Double(perRow) * (boxWidth + gap) - gap + margin
        let title = SVG.title(plan.leadership?.name?.value ?? l.string("pictures.leadership.title"), city: plan.city.name?.value, l)
        var body = SVG.label(SVG.words(SVG.fit(title, width: width - 2 * margin, size: 15), l), x: margin, y: 22, size: 15, weight: "bold")

        // The chair row, centred over the seats.
        let chairY = 40.0
        let chairSeats = chairs.isEmpty ? [Seat(name: nil, organization: nil, sector: nil, otherRoles: [], isPlaceholder: true)] : chairs
        let chairRowWidth = Double(chairSeats.count) * (boxWidth + gap) - gap
        var chairX = seatsX + (Double(perRow) * (boxWidth + gap) - gap - chairRowWidth) / 2
        let chairLabel = chairs.isEmpty ? l.string("pictures.leadership.no-chair") : l.string("pictures.leadership.chair")
        body += SVG.label(SVG.words(chairLabel, l), x: margin, y: chairY + boxHeight / 2 + 4, size: 13, weight: "bold")
        let chairCentre = chairX + chairRowWidth / 2
        for s in chairSeats {
            body += box(s, x: chairX, y: chairY, emphasised: true, l)
            chairX += boxWidth + gap
        }

        // One band per role; a spine on the left joins them to the chair.
        var y = chairY + boxHeight + 34
        let spineX = margin + 4
        var ticks: [Double] = []
        for group in groups {
            let rows = (group.seats.count + perRow - 1) / perRow
            let bandHeight = Double(rows) * (boxHeight + gap) - gap
            ticks.append(y + 14)
            body += SVG.label(SVG.fit(group.title, width: roleColumn - 22, size: 13), x: spineX + 12, y: y + 18, size: 13, weight: "bold")
            for (i, s) in group.seats.enumerated() {
                let x = seatsX + Double(i % perRow) * (boxWidth + gap)
                let rowY = y + Double(i / perRow) * (boxHeight + gap)
                body += box(s, x: x, y: rowY, emphasised: false, l)
            }
            y += bandHeight + 24
        }
        let busY = chairY + boxHeight + 17
        var lines = "M\(SVG.n(chairCentre)) \(SVG.n(chairY + boxHeight))L\(SVG.n(chairCentre)) \(SVG.n(busY))"
        if let last = ticks.last {
            lines += "M\(SVG.n(chairCentre)) \(SVG.n(busY))L\(SVG.n(spineX)) \(SVG.n(busY))L\(SVG.n(spineX)) \(SVG.n(last))"
            for t in ticks { lines += "M\(SVG.n(spineX)) \(SVG.n(t))L\(SVG.n(spineX + 8)) \(SVG.n(t))" }
        }
        body = "<path d=\"\(lines)\" fill=\"none\" stroke=\"#7f8c8d\" stroke-width=\"1.5\"/>\n" + body
        let height = y - 24 + margin + 8

        let vacant = chairSeats.filter(\.isVacant).count + groups.flatMap(\.seats).filter(\.isVacant).count
        let desc = l.string("pictures.leadership.desc", [
            "count": l.number(groups.reduce(0) { $0 + $1.seats.count }), "vacant": l.number(vacant),
        ])
        return SVG.document(width: width, height: max(height, chairY + boxHeight + margin), title: title, desc: desc, body: body, l)
    }

    /// One seat: name, organisation, sector (and other roles). Vacant
    /// seats are dashed and grey and say so.
    static func box(_ s: Seat, x: Double, y: Double, emphasised: Bool, _ l: Localization) -> String {
        let textWidth = boxWidth - 20
        var out = "<g>"
        if s.isVacant {
            out += "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(boxWidth))\" height=\"\(SVG.n(boxHeight))\" rx=\"6\""
            out += " fill=\"#fafafa\" stroke=\"#8a8a8a\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
        } else {
            out += "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(boxWidth))\" height=\"\(SVG.n(boxHeight))\" rx=\"6\""
            out += emphasised ? " fill=\"#dbe9f6\" stroke=\"#08306b\" stroke-width=\"2.5\"/>" : " fill=\"#eef4fa\" stroke=\"#4a6f96\" stroke-width=\"1.2\"/>"
        }
        out += "\n"
        let first = s.name.map { SVG.fit($0, width: textWidth, size: 13) } ?? SVG.words(l.string("pictures.leadership.vacant"), l)
        out += SVG.label(first, x: x + 10, y: y + 20, size: 13, weight: "bold",
                         fill: s.isVacant ? "#555555" : "#1a1a1a", italic: s.isVacant)
        if let organization = s.organization {
            out += SVG.label(SVG.fit(organization, width: textWidth, size: 11.5), x: x + 10, y: y + 36, size: 11.5)
        }
        let last = ([s.sector].compactMap { $0 } + s.otherRoles).joined(separator: " · ")
        if !last.isEmpty {
            out += SVG.label(SVG.fit(last, width: textWidth, size: 11.5), x: x + 10, y: y + 52, size: 11.5, fill: "#555555")
        }
        return out + "</g>\n"
    }
}
