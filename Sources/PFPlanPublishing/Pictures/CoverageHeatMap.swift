import PFPlanModel
import PFPlanFormats

/// The sectors (rows) that bring each stage of the model (columns). A
/// cell's shade and number say how many stakeholders and members bring the
/// sector to the stage; a needed sector that no one brings is hatched and
/// crossed, and a needed sector that is present has a heavy border, so the
/// picture reads in grey scale and to people who do not tell colours apart.
///
/// Drawn for a phone first: 360 px wide, so on a 390 px screen it keeps its
/// size and every word stays at 11 px or more; stages are the columns
/// (five to seven), their titles written upwards, and sectors the rows.
/// About 900 px tall at most for the shipped models, so it also fits a
/// printed page.
/// Sectors that no stage needs and no one brings are left out of the grid
/// (the description names how many), so the picture stays one page tall.
public enum CoverageHeatMap {
    static let width = 360.0
    static let margin = 8.0

    /// The plan's city under the title, the model's words in the locale's language.
    public static func svg(_ coverage: CoverageMatrix, plan: Plan, model: FrameworkModel, localization: Localization)
        -> String
    {
        svg(
            coverage, plan: plan, words: ModelWords(model, language: localization.code), names: NameIndex(plan: plan),
            localization: localization)
    }

    static func svg(
        _ coverage: CoverageMatrix, plan: Plan, words: ModelWords, names: NameIndex, localization: Localization
    ) -> String {
        svg(coverage, words: words, names: names, localization: localization, city: plan.city.name?.value)
    }

    /// `names` puts the organisations a cell's tooltip lists in words.
    static func svg(
        _ coverage: CoverageMatrix, words: ModelWords, names: NameIndex? = nil, localization l: Localization,
        city: String? = nil
    ) -> String {
        let model = words.model
        let stages = coverage.stages
        let needed = stages.map { s in
            Set(s.stage.needs.sectors.flatMap(\.options) + (s.stage.needs.minSectorsFrom?.of ?? []))
        }
        let missing = stages.map { Set($0.unmetNeeds.flatMap(\.sectors)) }
        let sectors = model.sectors.filter { sector in
            stages.indices.contains { needed[$0].contains(sector.id) || !(stages[$0].sectors[sector.id] ?? []).isEmpty }
        }
        let columns = max(1, stages.count)
        let cell = columns <= 5 ? 27.0 : max(26, ((width - 2 * margin - 130) / Double(columns)).rounded(.down))
        let gridWidth = Double(columns) * cell
        let gridX = width - margin - gridWidth
        let labelWidth = gridX - margin - 6

        // Title (two lines at most), the city, then the stage headings written upwards.
        let titleText = l.string("pictures.heatmap.title")
        var (body, y) = SVG.heading(titleText, city: city, width: width, margin: margin, l)
        let headings = stages.map { SVG.wrap(words.stage($0.stage.id), width: 130, size: 12, lines: 2) }
        let headingHeight = min(130, headings.flatMap { $0 }.map { SVG.width($0, size: 12) }.max() ?? 40) + 10
        let gridY = y + 12 + headingHeight
        for (i, lines) in headings.enumerated() {
            let centre = gridX + (Double(i) + 0.5) * cell
            let first = centre + 4 - 6.5 * Double(lines.count - 1)
            for (k, line) in lines.enumerated() {
                let x = first + 13 * Double(k)
                let baseY = gridY - 6
                body += SVG.label(
                    SVG.words(line, l), x: x, y: baseY, extra: " transform=\"rotate(-90 \(SVG.n(x)) \(SVG.n(baseY)))\"")
            }
        }

        // One row per sector: its title on the left (two lines at most), a cell per stage.
        for (row, sector) in sectors.enumerated() {
            let rowY = gridY + Double(row) * cell
            let title = words.sector(sector.id)
            let lines = SVG.wrap(title, width: labelWidth, size: 12, lines: 2)
            let firstBaseline = rowY + cell / 2 + 4.5 - 6.5 * Double(lines.count - 1)
            for (k, line) in lines.enumerated() {
                body += SVG.label(SVG.words(line, l), x: gridX - 6, y: firstBaseline + 13 * Double(k), anchor: "end")
            }
            for (column, stage) in stages.enumerated() {
                let providers = (stage.sectors[sector.id] ?? []).map { names?.name($0) ?? $0 }
                body += cellSVG(
                    x: gridX + Double(column) * cell, y: rowY, size: cell, providers: providers,
                    needed: needed[column].contains(sector.id), missing: missing[column].contains(sector.id),
                    tooltip: "\(words.stage(stage.stage.id)) × \(title)", l)
            }
        }
        let gridHeight = Double(sectors.count) * cell
        body +=
            "<rect x=\"\(SVG.n(gridX))\" y=\"\(SVG.n(gridY))\" width=\"\(SVG.n(gridWidth))\" height=\"\(SVG.n(gridHeight))\""
        body += " fill=\"none\" stroke=\"#9e9e9e\" stroke-width=\"1\"/>\n"
        let legendY = gridY + gridHeight + 16
        let (legendBody, legendHeight) = legend(x: margin, y: legendY, l)
        body += legendBody
        let height = legendY + legendHeight + margin

        let unmet = stages.compactMap { s -> String? in
            guard !s.unmetNeeds.isEmpty else { return nil }
            return words.stage(s.stage.id) + ": " + l.list(s.unmetNeeds.map { needWords($0, words, l) })
        }
        let desc = l.string(
            "pictures.heatmap.desc",
            [
                "stages": l.number(stages.count), "sectors": l.number(sectors.count),
                "left-out": l.number(model.sectors.count - sectors.count),
                "missing": unmet.isEmpty ? l.string("pictures.heatmap.all-met") : unmet.joined(separator: "; "),
            ])
        return SVG.document(
            width: width, height: height, title: SVG.title(titleText, city: city, l), desc: desc, body: body, l)
    }

    /// An unmet sector need in the picture's words.
    static func needWords(_ need: CoverageMatrix.UnmetSectorNeed, _ words: ModelWords, _ l: Localization) -> String {
        let titles = need.sectors.map(words.sector).joined(separator: l.string("common.need.separator"))
        switch need.kind {
        case .sector: return titles
        case .anyOf: return l.string("common.need.any-of", ["sectors": titles])
        case .moreOf: return l.string("common.need.more-of", ["count": l.number(need.count), "sectors": titles])
        }
    }

    /// Shades from light to dark for 1, 2 and 3 or more providers; the
    /// number is written too, so the shade only helps.
    static func fill(_ providers: Int) -> (fill: String, ink: String) {
        switch providers {
        case 0: ("#f7f7f7", "#1a1a1a")
        case 1: ("#c6dbef", "#08306b")
        case 2: ("#6baed6", "#08306b")
        default: ("#2171b5", "#ffffff")
        }
    }

    static func cellSVG(
        x: Double, y: Double, size cell: Double, providers: [String], needed: Bool, missing: Bool, tooltip: String,
        _ l: Localization
    ) -> String {
        let inset = 1.0
        let size = cell - 2 * inset
        var tip = tooltip + ": " + l.count("pictures.heatmap.providers", providers.count)
        if !providers.isEmpty { tip += " (" + l.list(providers) + ")" }
        if missing {
            tip += "; " + l.string("pictures.heatmap.legend-missing")
        } else if needed && !providers.isEmpty {
            tip += "; " + l.string("pictures.heatmap.legend-needed")
        }
        var out = "<g><title>\(XMLText.oneLineContent(tip))</title>"
        if missing {
            out += hatchedCell(x: x + inset, y: y + inset, size: size)
        } else {
            let (fill, ink) = fill(providers.count)
            out +=
                "<rect x=\"\(SVG.n(x + inset))\" y=\"\(SVG.n(y + inset))\" width=\"\(SVG.n(size))\" height=\"\(SVG.n(size))\" fill=\"\(fill)\""
            // Only a present sector is "needed and present": an absent option of a met need is just empty.
            out += needed && !providers.isEmpty ? " stroke=\"#08306b\" stroke-width=\"2.5\"/>" : "/>"
            if !providers.isEmpty {
                out +=
                    "<text x=\"\(SVG.n(x + cell / 2))\" y=\"\(SVG.n(y + cell / 2 + 4.5))\" text-anchor=\"middle\" font-size=\"13\""
                out +=
                    " font-weight=\"bold\" fill=\"\(ink)\">\(XMLText.oneLineContent(l.number(providers.count)))</text>"
            }
        }
        return out + "</g>\n"
    }

    /// A pale red square with diagonal hatching and a cross: drawn with
    /// plain lines rather than a `<pattern>`, which would need an id that
    /// two pictures in one page could share.
    static func hatchedCell(x: Double, y: Double, size: Double) -> String {
        var out =
            "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(size))\" height=\"\(SVG.n(size))\" fill=\"#fde0dc\" stroke=\"#c0392b\" stroke-width=\"1.5\"/>"
        out += "<path d=\""
        let step = size / 4
        for k in 1..<8 {
            // Lines x + y = k * step inside the square, from its lower-left to its upper-right edge.
            let t = Double(k) * step
            let (x1, y1) = t <= size ? (x, y + t) : (x + t - size, y + size)
            let (x2, y2) = t <= size ? (x + t, y) : (x + size, y + t - size)
            out += "M\(SVG.n(x1)) \(SVG.n(y1))L\(SVG.n(x2)) \(SVG.n(y2))"
        }
        out += "\" stroke=\"#e6a39a\" stroke-width=\"1\"/>"
        let c = size * 0.28
        let cx = x + size / 2
        let cy = y + size / 2
        out +=
            "<path d=\"M\(SVG.n(cx - c)) \(SVG.n(cy - c))L\(SVG.n(cx + c)) \(SVG.n(cy + c))M\(SVG.n(cx + c)) \(SVG.n(cy - c))L\(SVG.n(cx - c)) \(SVG.n(cy + c))\""
        out += " stroke=\"#a93226\" stroke-width=\"3\" stroke-linecap=\"round\"/>"
        return out
    }

    /// The shades with "providers", needed and present, needed and
    /// missing: on one line each, or two on the first line when they fit.
    static func legend(x: Double, y: Double, _ l: Localization) -> (String, Double) {
        var out = ""
        var cx = x
        let s = 18.0
        for count in 1...3 {
            let (fill, ink) = fill(count)
            out +=
                "<rect x=\"\(SVG.n(cx))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(s))\" height=\"\(SVG.n(s))\" fill=\"\(fill)\"/>"
            out +=
                "<text x=\"\(SVG.n(cx + s / 2))\" y=\"\(SVG.n(y + 13))\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"\(ink)\">"
            out += XMLText.oneLineContent(l.number(count) + (count == 3 ? "+" : "")) + "</text>\n"
            cx += s + 2
        }
        let providers = l.string("pictures.heatmap.legend-providers")
        out += SVG.label(SVG.words(providers, l), x: cx + 6, y: y + 13)
        let needed = l.string("pictures.heatmap.legend-needed")
        var nx = cx + 6 + SVG.width(providers, size: 12) + 20
        var ny = y
        if nx + s + 8 + SVG.width(needed, size: 12) > width - margin {
            nx = x
            ny += 24
        }
        out +=
            "<rect x=\"\(SVG.n(nx))\" y=\"\(SVG.n(ny))\" width=\"\(SVG.n(s))\" height=\"\(SVG.n(s))\" fill=\"#c6dbef\" stroke=\"#08306b\" stroke-width=\"2.5\"/>\n"
        out += SVG.label(SVG.words(needed, l), x: nx + s + 8, y: ny + 13)
        let my = ny + 24
        out += hatchedCell(x: x, y: my, size: s) + "\n"
        out += SVG.label(SVG.words(l.string("pictures.heatmap.legend-missing"), l), x: x + s + 8, y: my + 13)
        return (out, my + s - y)
    }
}
