import PFPlanFormats
import PFPlanModel
import PFPlanPublishing

/// `pfplan gaps --format md`: the text form as Markdown tables, to paste
/// into an issue, a wiki page or a pull request.
enum GapsMarkdown {
    static func render(_ city: CityGaps, localization l: Localization) -> String {
        var out = "# \(text(l.string("gaps.title", ["city": city.city])))\n\n"
        out += "- \(l.string("gaps.plan-file")): \(code(city.file))\n"
        if let model = city.model { out += "- \(l.string("gaps.model")): \(code(model.id)) (\(text(model.title)))\n" }
        guard city.isComputed, let model = city.model else {
            return out + "\n> \(text(l.string("gaps.not-computed")))\n"
        }

        out += "\n## \(text(l.string("gaps.matrix")))\n\n"
        out += "| \(text(l.string("gaps.sector"))) |" + city.stages.map { " \(code($0.id)) |" }.joined() + "\n"
        out += "|---|" + String(repeating: ":-:|", count: city.stages.count) + "\n"
        for sector in model.sectors {
            out += "| \(text(sector.title)) |"
            for stage in city.stages { out += " \(text(GapsReport.mark(stage.cell(sector.id)))) |" }
            out += "\n"
        }
        out += "\n"
        out += GapsText.legend(l, style: GapsStyle(color: false)).map { "- " + text($0) + "\n" }.joined()

        out += "\n## \(text(l.string("gaps.stages")))\n"
        for stage in city.stages {
            let state = stage.covered ? l.string("gaps.covered") : "**\(text(l.string("gaps.not-covered")))**"
            out += "\n### \(text(stage.title)) (\(code(stage.id))): \(state)\n\n"
            out += "| | |\n|---|---|\n"
            let present = stage.sectors.map {
                "\(text(city.sectorTitle($0.sector))) (\($0.providers.map(code).joined(separator: ", ")))"
            }
            out += row(
                l.string("gaps.sectors-present"),
                present.isEmpty ? text(l.string("common.none")) : present.joined(separator: "; "))
            if !stage.offered.isEmpty {
                let offered = stage.offered.map {
                    "\(text(city.sectorTitle($0.sector))) (\($0.providers.map(code).joined(separator: ", ")))"
                }
                out += row(l.string("gaps.sectors-offered"), offered.joined(separator: "; "))
            }
            out += row(
                l.string("gaps.sectors-missing"),
                stage.unmetNeeds.isEmpty
                    ? text(l.string("common.none"))
                    : "**" + city.unmetNeedsInWords(stage, l).map(text).joined(separator: "; ") + "**")
            out += work(.actions, of: stage, city, l)
            out += work(.resources, of: stage, city, l)
            if !stage.resourcesByKind.isEmpty {
                out += row(
                    l.string("gaps.resources-by-kind"),
                    stage.resourcesByKind.map {
                        "\(text(l.term("common.resource-kind", $0.kind))) \(l.number($0.count))"
                    }.joined(separator: ", "))
            }
            out += work(.pathways, of: stage, city, l)
            out += row(
                l.string("gaps.audiences"),
                stage.audiences.isEmpty
                    ? text(l.string("common.none"))
                    : stage.audiences.map { text(city.audienceTitle($0)) }.joined(separator: ", "))
        }

        out += "\n## \(text(l.string("gaps.leadership")))\n\n"
        if let leadership = city.leadership {
            if let name = leadership.name { out += "\(text(l.string("gaps.leadership-name"))): \(text(name))\n\n" }
            out += "\(text(l.string("gaps.seats"))): \(l.number(leadership.seats.count))"
            if !leadership.vacantSeats.isEmpty {
                out +=
                    " (**\(text(l.string("gaps.vacant")))**: \(leadership.vacantSeats.map(code).joined(separator: ", ")))"
            }
            out += "\n\n| \(text(l.string("gaps.sector"))) | \(text(l.string("gaps.seats"))) |\n|---|--:|\n"
            for s in leadership.seatsBySector {
                out += "| \(text(city.sectorTitle(s.kind))) | \(l.number(s.count)) |\n"
            }
            out += "\n| \(text(l.string("gaps.leadership-roles"))) | |\n|---|---|\n"
            for role in leadership.roles {
                let holders = role.members.map { id in
                    leadership.seats.first { $0.memberID == id }?.isVacant == true
                        ? "\(code(id)) (\(text(l.string("gaps.vacant"))))" : code(id)
                }
                var cell = holders.isEmpty ? text(l.string("common.none")) : holders.joined(separator: ", ")
                if (role.minimum ?? 0) > role.members.count { cell = "**\(cell)**" }
                out += row(city.roleTitle(role.role), cell)
            }
        } else {
            out += "\(text(l.string("gaps.no-leadership")))\n"
        }

        out += "\n## \(text(l.string("gaps.unserved-audiences")))\n\n"
        if city.unservedAudiences.isEmpty {
            out += "\(text(l.string("gaps.all-audiences-served")))\n"
        } else {
            for a in city.unservedAudiences { out += "- \(text(city.audienceTitle(a))) (\(code(a)))\n" }
        }
        return out
    }

    /// The row of a stage's actions, resources or pathways: how many, their
    /// ids, and in bold what is still missing ("2: `a`, `b`; **1 more needed**").
    static func work(_ work: CityGaps.Work, of stage: CityGaps.Stage, _ city: CityGaps, _ l: Localization) -> String {
        let ids = city.ids(work, of: stage)
        var cell = l.number(ids.count)
        if !ids.isEmpty { cell += ": " + ids.map(code).joined(separator: ", ") }
        if let missing = city.shortfallInWords(work, of: stage, l) { cell += "; **\(text(missing))**" }
        return row(l.string(work.labelKey), cell)
    }

    static func row(_ label: String, _ value: String) -> String {
        "| \(text(label)) | \(value) |\n"
    }

    /// Plan text as inert Markdown inside a table cell, on one line.
    static func text(_ raw: String) -> String { MarkdownEscape.flatTableCell(GapsText.clean(raw)) }

    /// An id or path as a code span.
    static func code(_ raw: String) -> String { MarkdownEscape.codeSpan(GapsText.clean(raw)) }
}
