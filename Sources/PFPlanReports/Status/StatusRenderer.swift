import PFPlanFormats
import PFPlanLoader
import PFPlanModel

/// The output formats of `pfplan status --format`.
public enum StatusFormat: String, CaseIterable, Sendable {
    case text, md, json
}

/// Lays out progress reports: `text` for a terminal, `md` for a meeting's
/// notes, `json` for dashboards. Every view shows the same figures, taken
/// from `ProgressReport` and never recomputed here.
public enum StatusRenderer {
    public static func render(_ reports: [ProgressReport], asOf: CalendarDate, format: StatusFormat) -> String {
        switch format {
        case .text: reports.map(text).joined(separator: "\n")
        case .md: reports.map(markdown).joined(separator: "\n")
        case .json: json(reports, asOf: asOf)
        }
    }

    /// Shown for the actions under no pillar, whose group has no id.
    static let noPillar = "(no pillar)"

    /// "San José: Welcoming San José Plan 2.0", or whichever of the two the plan has.
    static func name(_ r: ProgressReport) -> String {
        // "Athens: Athens Prevention Framework" would say the city twice:
        // a title that starts with the city's name stands alone.
        if let city = r.city, let title = r.title, title.hasPrefix(city) { return title }
        let parts = [r.city, r.title].compactMap { $0 }
        return parts.isEmpty ? r.file : parts.joined(separator: ": ")
    }

    static func statusLine(_ t: ProgressReport.Tally) -> String {
        let parts = t.ordered.map { "\($0.count) \($0.status)" }.joined(separator: ", ")
        return "\(counted(t.actions, "action")): \(parts); \(t.overdue) overdue"
    }

    static func indicatorLine(_ t: ProgressReport.Tally) -> String {
        "\(counted(t.indicators, "indicator")): \(t.measured) with an actual figure, \(t.met) at or past target"
    }

    static let groupHeader = [""] + ActionStatus.values + ["total", "overdue", "indicators", "met"]

    static func groupRow(_ title: String, _ t: ProgressReport.Tally) -> [String] {
        [title] + t.ordered.map { String($0.count) } + [
            String(t.actions), String(t.overdue), String(t.indicators), String(t.met),
        ]
    }

    static func figure(_ d: Double?) -> String { d.map(NumberText.plain) ?? "-" }

    static func reached(_ i: ProgressReport.IndicatorProgress) -> String {
        if let share = i.share { return NumberText.percent(share) }
        switch i.unmeasured {
        case .noTarget: return "no target"
        case .noActual: return "no actual yet"
        case .targetIsBaseline: return "target = baseline"
        case nil: return "-"
        }
    }

    // MARK: text

    static func text(_ r: ProgressReport) -> String {
        // Plan text shown escaped (`TerminalText`): names, titles and ids
        // here, every cell in `table`.
        var out = "\(TerminalText.escaped(name(r))) (\(TerminalText.escaped(r.file))), as of \(r.asOf)\n"
        out += statusLine(r.total) + "\n" + indicatorLine(r.total) + "\n"
        out +=
            "\nBy stage\n"
            + table([groupHeader.replacing(0, with: "stage")] + r.stages.map { groupRow($0.title, $0.tally) })
        if !r.pillars.isEmpty {
            out +=
                "\nBy pillar\n"
                + table(
                    [groupHeader.replacing(0, with: "pillar")]
                        + r.pillars.map { groupRow($0.id == nil ? noPillar : $0.title, $0.tally) })
        }
        out += "\nOverdue actions (\(r.overdue.count))\n"
        if r.overdue.isEmpty {
            out += "  none\n"
        } else {
            out += table(
                [["action", "title", "due", "days late", "status", "stage", "lead"]]
                    + r.overdue.map {
                        [
                            $0.id, oneLine($0.title), $0.due.description, String($0.daysOverdue), $0.status.rawValue,
                            $0.stage ?? "-", $0.lead ?? "-",
                        ]
                    }, numeric: [3])
        }
        out += "\nIndicators (\(r.indicators.count))\n"
        if r.indicators.isEmpty {
            out += "  none\n"
        } else {
            out += table(
                [["indicator", "name", "action", "unit", "baseline", "target", "actual", "reached"]]
                    + r.indicators.map {
                        [
                            $0.id, oneLine($0.name), $0.action, $0.unit ?? "-", figure($0.baseline), figure($0.target),
                            figure($0.actual),
                            reached($0),
                        ]
                    }, numeric: [4, 5, 6, 7])
        }
        return out
    }

    /// Plan text in a terminal table: one line.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Columns padded to their widest cell, two spaces apart, indented by
    /// two; numbers (every column but the first, unless `numeric` says
    /// which) aligned right.
    static func table(_ rawRows: [[String]], numeric: Set<Int>? = nil) -> String {
        let rows = rawRows.map { $0.map { TerminalText.escaped($0) } }
        guard let columns = rows.map(\.count).max() else { return "" }
        var widths = Array(repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in rows {
            var cells: [String] = []
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                let right = numeric.map { $0.contains(i) } ?? (i > 0)
                cells.append(right ? pad + cell : cell + pad)
            }
            var line = "  " + cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            out += line + "\n"
        }
        return out
    }

    // MARK: Markdown

    static func markdown(_ r: ProgressReport) -> String {
        var out = "# Progress: \(cell(name(r)))\n\n"
        out += "Plan `\(r.file)`, as of \(r.asOf).\n\n"
        out += "- \(statusLine(r.total))\n- \(indicatorLine(r.total))\n"
        out +=
            "\n## By stage\n\n"
            + mdTable([groupHeader.replacing(0, with: "stage")] + r.stages.map { groupRow(cell($0.title), $0.tally) })
        if !r.pillars.isEmpty {
            out +=
                "\n## By pillar\n\n"
                + mdTable(
                    [groupHeader.replacing(0, with: "pillar")]
                        + r.pillars.map { groupRow($0.id == nil ? noPillar : cell($0.title), $0.tally) })
        }
        out += "\n## Overdue actions (\(r.overdue.count))\n\n"
        if r.overdue.isEmpty {
            out += "None.\n"
        } else {
            out += mdTable(
                [["action", "title", "due", "days late", "status", "stage", "lead"]]
                    + r.overdue.map {
                        [
                            "`\($0.id)`", cell($0.title), $0.due.description, String($0.daysOverdue),
                            $0.status.rawValue, $0.stage ?? "-", $0.lead ?? "-",
                        ]
                    }, numeric: [3])
        }
        out += "\n## Indicators (\(r.indicators.count))\n\n"
        if r.indicators.isEmpty {
            out += "None.\n"
        } else {
            out += mdTable(
                [["indicator", "name", "action", "unit", "baseline", "target", "actual", "reached"]]
                    + r.indicators.map {
                        [
                            "`\($0.id)`", cell($0.name), "`\($0.action)`", cell($0.unit ?? "-"), figure($0.baseline),
                            figure($0.target),
                            figure($0.actual), reached($0),
                        ]
                    }, numeric: [4, 5, 6, 7])
        }
        return out
    }

    static func mdTable(_ rows: [[String]], numeric: Set<Int>? = nil) -> String {
        guard let header = rows.first else { return "" }
        var out = "| " + header.joined(separator: " | ") + " |\n|"
        for i in header.indices { out += (numeric.map { $0.contains(i) } ?? (i > 0)) ? "---:|" : "---|" }
        out += "\n"
        for row in rows.dropFirst() { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }

    /// Plan text in a Markdown table cell: `|` would end the cell, line
    /// breaks the row, and raw HTML is shown as text.
    static func cell(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case "&": out += "&amp;"
            case _ where c.isNewline: out += " "
            default: out.append(c)
            }
        }
        return out
    }

    // MARK: JSON

    static func json(_ reports: [ProgressReport], asOf: CalendarDate) -> String {
        JSONWriter.document(
            .object([
                ("asOf", .string(asOf.description)),
                ("plans", .array(reports.map(json))),
            ]))
    }

    static func json(_ t: ProgressReport.Tally) -> [(String, JSONValue)] {
        [
            ("actions", .int(t.actions)),
            ("byStatus", .object(t.ordered.map { ($0.status.rawValue, .int($0.count)) })),
            ("overdue", .int(t.overdue)),
            ("indicators", .int(t.indicators)),
            ("measured", .int(t.measured)),
            ("met", .int(t.met)),
        ]
    }

    static func json(_ g: ProgressReport.Group) -> JSONValue {
        .object([("id", .string(orNull: g.id)), ("title", .string(g.title))] + json(g.tally))
    }

    static func json(_ r: ProgressReport) -> JSONValue {
        .object([
            ("file", .string(r.file)),
            ("city", .string(orNull: r.city)),
            ("title", .string(orNull: r.title)),
            ("asOf", .string(r.asOf.description)),
            ("total", .object(json(r.total))),
            ("stages", .array(r.stages.map(json))),
            ("pillars", .array(r.pillars.map(json))),
            (
                "overdue",
                .array(
                    r.overdue.map { o in
                        .object([
                            ("id", .string(o.id)), ("title", .string(o.title)), ("stage", .string(orNull: o.stage)),
                            ("pillar", .string(orNull: o.pillar)), ("lead", .string(orNull: o.lead)),
                            ("status", .string(o.status.rawValue)),
                            ("due", .string(o.due.description)), ("daysOverdue", .int(o.daysOverdue)),
                        ])
                    })
            ),
            (
                "indicators",
                .array(
                    r.indicators.map { i in
                        .object([
                            ("id", .string(i.id)), ("name", .string(i.name)), ("action", .string(i.action)),
                            ("actionStatus", .string(i.actionStatus.rawValue)), ("stage", .string(orNull: i.stage)),
                            ("pillar", .string(orNull: i.pillar)), ("unit", .string(orNull: i.unit)),
                            ("baseline", .number(orNull: i.baseline)), ("target", .number(orNull: i.target)),
                            ("actual", .number(orNull: i.actual)),
                            ("share", .number(orNull: i.share.map(NumberText.rounded))),
                            ("unmeasured", .string(orNull: i.unmeasured?.rawValue)),
                        ])
                    })
            ),
        ])
    }
}

extension Array {
    fileprivate func replacing(_ index: Int, with element: Element) -> [Element] {
        var copy = self
        copy[index] = element
        return copy
    }
}
