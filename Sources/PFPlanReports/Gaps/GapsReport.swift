import PFPlanLoader
import PFPlanModel
import PFPlanPublishing

public enum GapsFormat: String, Sendable, CaseIterable {
    case text, md, json
}

/// `pfplan gaps` output for one or more cities. The words come from a
/// `Localization`; ids, stage and sector titles from the plan and model.
public enum GapsReport {
    public static func render(_ cities: [CityGaps], format: GapsFormat, localization: Localization, color: Bool = false)
        -> String
    {
        switch format {
        case .text: cities.map { GapsText.render($0, localization: localization, color: color) }.joined(separator: "\n")
        case .md: cities.map { GapsMarkdown.render($0, localization: localization) }.joined(separator: "\n")
        case .json: GapsJSON.render(cities)
        }
    }

    /// The marks of the matrix, the same in text and Markdown: a count for
    /// a present sector, `*` after it when the stage needs the sector, `X`
    /// for a needed sector no one brings, `.` for neither. Distinct marks,
    /// so the matrix reads without colour.
    static func mark(_ cell: CityGaps.Cell) -> String {
        switch cell {
        case .empty: "."
        case .present(let n): String(n)
        case .neededPresent(let n): "\(n)*"
        case .neededMissing: "X"
        }
    }
}

/// The terminal form: a matrix with stages as columns (their ids, which
/// are short) and sectors as rows, then the details stage by stage.
enum GapsText {
    static func render(_ city: CityGaps, localization l: Localization, color: Bool) -> String {
        let style = GapsStyle(color: color)
        var out = style.bold(clean(l.string("gaps.title", ["city": city.city]))) + "\n"
        out += "\(l.string("gaps.plan-file")): \(clean(city.file))\n"
        if let model = city.model { out += "\(l.string("gaps.model")): \(clean(model.id)) (\(clean(model.title)))\n" }
        guard city.isComputed else {
            return out + "\n" + style.missing(l.string("gaps.not-computed")) + "\n"
        }
        let model = city.model!

        // The matrix.
        out += "\n" + style.bold(l.string("gaps.matrix")) + "\n"
        let rowTitles = model.sectors.map { clean($0.title) }
        let labelWidth = ([l.string("gaps.sector")] + rowTitles).map(\.count).max() ?? 0
        let columnWidths = city.stages.map { max($0.id.count, 3) }
        out += pad(l.string("gaps.sector"), labelWidth)
        for (stage, width) in zip(city.stages, columnWidths) { out += "  " + pad(clean(stage.id), width) }
        out = trimmed(out) + "\n"
        for (sector, title) in zip(model.sectors, rowTitles) {
            var line = pad(title, labelWidth)
            for (stage, width) in zip(city.stages, columnWidths) {
                let cell = stage.cell(sector.id)
                let mark = GapsReport.mark(cell)
                line += "  " + style.cell(cell, mark) + String(repeating: " ", count: max(0, width - mark.count))
            }
            out += trimmed(line) + "\n"
        }
        out += legend(l, style: style).map { "  " + $0 }.joined(separator: "\n") + "\n"

        // The details, stage by stage.
        for stage in city.stages {
            let state =
                stage.covered ? style.present(l.string("gaps.covered")) : style.missing(l.string("gaps.not-covered"))
            out += "\n" + style.bold("\(clean(stage.title)) (\(clean(stage.id)))") + ": " + state + "\n"
            if stage.sectors.isEmpty {
                out += "  \(l.string("gaps.sectors-present")): \(l.string("common.none"))\n"
            } else {
                out += "  \(l.string("gaps.sectors-present")):\n"
                for presence in stage.sectors {
                    out += "    \(clean(city.sectorTitle(presence.sector))): \(clean(l.list(presence.providers)))\n"
                }
            }
            if !stage.offered.isEmpty {
                out += "  \(l.string("gaps.sectors-offered")):\n"
                for offer in stage.offered {
                    out += "    \(clean(city.sectorTitle(offer.sector))): \(clean(l.list(offer.providers)))\n"
                }
            }
            let needs = city.unmetNeedsInWords(stage, l)
            let missing = needs.isEmpty ? l.string("common.none") : style.missing(clean(l.list(needs)))
            out += "  \(l.string("gaps.sectors-missing")): \(missing)\n"
            func work(_ work: CityGaps.Work) {
                let ids = city.ids(work, of: stage)
                out += "  \(l.string(work.labelKey)): \(l.number(ids.count))"
                if !ids.isEmpty { out += " (\(clean(l.list(ids))))" }
                if let missing = city.shortfallInWords(work, of: stage, l) { out += "; " + style.missing(missing) }
                out += "\n"
            }
            work(.actions)
            work(.resources)
            if !stage.resourcesByKind.isEmpty {
                let kinds = stage.resourcesByKind.map {
                    "\(l.term("common.resource-kind", $0.kind)) \(l.number($0.count))"
                }
                out += "  \(l.string("gaps.resources-by-kind")): \(clean(l.list(kinds)))\n"
            }
            work(.pathways)
            let audiences = stage.audiences.map { clean(city.audienceTitle($0)) }
            out +=
                "  \(l.string("gaps.audiences")): \(audiences.isEmpty ? l.string("common.none") : l.list(audiences))\n"
        }

        // The leadership and the audiences no one serves.
        out += "\n" + style.bold(l.string("gaps.leadership")) + "\n"
        if let leadership = city.leadership {
            if let name = leadership.name { out += "  \(l.string("gaps.leadership-name")): \(clean(name))\n" }
            out += "  \(l.string("gaps.seats")): \(l.number(leadership.seats.count))"
            if !leadership.vacantSeats.isEmpty {
                out +=
                    " (" + style.missing("\(l.string("gaps.vacant")): \(clean(l.list(leadership.vacantSeats)))") + ")"
            }
            out += "\n"
            let sectors = leadership.seatsBySector.map { "\(clean(city.sectorTitle($0.kind))) \(l.number($0.count))" }
            out +=
                "  \(l.string("gaps.leadership-sectors")): \(sectors.isEmpty ? l.string("common.none") : l.list(sectors))\n"
            out += "  \(l.string("gaps.leadership-roles")):\n"
            let roleWidth = leadership.roles.map { clean(city.roleTitle($0.role)).count }.max() ?? 0
            for role in leadership.roles {
                let holders = role.members.map { id in
                    leadership.seats.first { $0.memberID == id }?.isVacant == true
                        ? "\(id) (\(l.string("gaps.vacant")))" : id
                }
                let short = (role.minimum ?? 0) > role.members.count
                let text = holders.isEmpty ? l.string("common.none") : clean(l.list(holders))
                out +=
                    "    " + pad(clean(city.roleTitle(role.role)) + ":", roleWidth + 1) + " "
                    + (short ? style.missing(text) : text)
                out += "\n"
            }
        } else {
            out += "  " + style.missing(l.string("gaps.no-leadership")) + "\n"
        }
        out += "\n" + style.bold(l.string("gaps.unserved-audiences")) + "\n"
        if city.unservedAudiences.isEmpty {
            out += "  \(l.string("gaps.all-audiences-served"))\n"
        } else {
            for a in city.unservedAudiences { out += "  - \(clean(city.audienceTitle(a))) (\(clean(a)))\n" }
        }
        return out
    }

    static func legend(_ l: Localization, style: GapsStyle) -> [String] {
        [
            l.string("gaps.legend.present", ["mark": style.cell(.present(1), "1")]),
            l.string("gaps.legend.needed-present", ["mark": style.cell(.neededPresent(1), "1*")]),
            l.string("gaps.legend.missing", ["mark": style.cell(.neededMissing, "X")]),
            l.string("gaps.legend.empty", ["mark": style.cell(.empty, ".")]),
        ]
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// Plan text made safe for a terminal: control characters (an escape
    /// sequence could rewrite the screen) become U+FFFD, line breaks a space.
    static func clean(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: out.unicodeScalars.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0: out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Optional colour for the terminal, on top of marks that say the same.
struct GapsStyle {
    var color: Bool

    func bold(_ text: String) -> String { paint(text, "\u{1B}[1m") }
    func missing(_ text: String) -> String { paint(text, "\u{1B}[1;31m") }
    func present(_ text: String) -> String { paint(text, "\u{1B}[32m") }

    func cell(_ cell: CityGaps.Cell, _ mark: String) -> String {
        switch cell {
        case .empty: paint(mark, "\u{1B}[2m")
        case .present: paint(mark, "\u{1B}[32m")
        case .neededPresent: paint(mark, "\u{1B}[1;32m")
        case .neededMissing: paint(mark, "\u{1B}[1;31m")
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? code + text + "\u{1B}[0m" : text
    }
}
