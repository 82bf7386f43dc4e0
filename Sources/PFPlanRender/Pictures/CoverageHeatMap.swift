import PFPlanModel

/// The stages of the model (rows) by its sectors (columns). A cell's shade
/// and number say how many stakeholders and members bring the sector to the
/// stage; a needed sector that no one brings is hatched and crossed, and a
/// needed sector that is present has a heavy border, so the picture reads
/// in grey scale and to people who do not tell colours apart.
public enum CoverageHeatMap {
    static let cell = 34.0
    static let margin = 16.0

    /// `city` goes into the title; `plan:` below passes the plan's.
    static func svg(_ coverage: CoverageMatrix, words: ModelWords, localization l: Localization, city: String? = nil) -> String {
        let model = words.model
        let stageTitles = coverage.stages.map { words.stage($0.stage.id) }
        let sectorTitles = model.sectors.map { words.sector($0.id) }
        let labelWidth = min(300, (stageTitles.map { SVG.width($0, size: 13) }.max() ?? 60)) + 14
        let headerText = min(200, sectorTitles.map { SVG.width($0, size: 12) }.max() ?? 40)
        let slant = 0.7071
        let gridX = margin + labelWidth
        let titleHeight = 34.0
        let gridY = titleHeight + headerText * slant + 18
        let gridWidth = Double(model.sectors.count) * cell
        let gridHeight = Double(coverage.stages.count) * cell
        let legendY = gridY + gridHeight + 26
        let width = max(gridX + gridWidth + headerText * slant + margin, 640)
        let height = legendY + 56

        let title = SVG.title(l.string("pictures.heatmap.title"), city: city, l)
        var body = SVG.label(SVG.words(title, l), x: margin, y: 22, size: 15, weight: "bold")

        // Column headings, slanted so twenty sectors fit.
        for (i, title) in sectorTitles.enumerated() {
            let x = gridX + (Double(i) + 0.5) * cell + 4
            let y = gridY - 8
            body += SVG.label(
                SVG.fit(title, width: 200, size: 12), x: x, y: y,
                extra: " transform=\"rotate(-45 \(SVG.n(x)) \(SVG.n(y)))\"")
        }

        for (row, stage) in coverage.stages.enumerated() {
            let y = gridY + Double(row) * cell
            body += SVG.label(SVG.fit(stageTitles[row], width: 300, size: 13), x: gridX - 10, y: y + cell / 2 + 4.5, size: 13, anchor: "end")
            let needed = Set(stage.stage.needs.sectors.flatMap(\.options) + (stage.stage.needs.minSectorsFrom?.of ?? []))
            let missing = Set(stage.unmetNeeds.flatMap(\.sectors))
            for (column, sector) in model.sectors.enumerated() {
                let x = gridX + Double(column) * cell
                let providers = stage.sectors[sector.id] ?? []
                body += cellSVG(
                    x: x, y: y, providers: providers, needed: needed.contains(sector.id), missing: missing.contains(sector.id),
                    tooltip: "\(stageTitles[row]) × \(sectorTitles[column])", l)
            }
        }
        body += "<rect x=\"\(SVG.n(gridX))\" y=\"\(SVG.n(gridY))\" width=\"\(SVG.n(gridWidth))\" height=\"\(SVG.n(gridHeight))\""
        body += " fill=\"none\" stroke=\"#9e9e9e\" stroke-width=\"1\"/>\n"
        body += legend(x: margin, y: legendY, l)

        let unmet = coverage.stages.compactMap { s -> String? in
            guard !s.unmetNeeds.isEmpty else { return nil }
            return words.stage(s.stage.id) + ": " + l.list(s.unmetNeeds.map { needWords($0, words, l) })
        }
        let desc = l.string("pictures.heatmap.desc", [
            "stages": l.number(coverage.stages.count), "sectors": l.number(model.sectors.count),
            "missing": unmet.isEmpty ? l.string("pictures.heatmap.all-met") : unmet.joined(separator: "; "),
        ])
        return SVG.document(width: width, height: height, title: title, desc: desc, body: body, l)
    }

    /// The plan's city in the title, the model's words in the locale's language.
    public static func svg(_ coverage: CoverageMatrix, plan: Plan, model: FrameworkModel, localization: Localization) -> String {
        svg(coverage, plan: plan, words: ModelWords(model, language: localization.code), localization: localization)
    }

    /// The plan's city in the title.
    static func svg(_ coverage: CoverageMatrix, plan: Plan, words: ModelWords, localization: Localization) -> String {
        svg(coverage, words: words, localization: localization, city: plan.city.name?.value)
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

    static func cellSVG(x: Double, y: Double, providers: [String], needed: Bool, missing: Bool, tooltip: String, _ l: Localization) -> String {
        let inset = 1.0
        let size = cell - 2 * inset
        var tip = tooltip + ": " + l.number(providers.count) + " " + l.string("pictures.heatmap.legend-providers")
        if !providers.isEmpty { tip += " (" + l.list(providers) + ")" }
        if missing {
            tip += "; " + l.string("pictures.heatmap.legend-missing")
        } else if needed && !providers.isEmpty {
            tip += "; " + l.string("pictures.heatmap.legend-needed")
        }
        var out = "<g><title>\(SVG.text(tip))</title>"
        if missing {
            out += hatchedCell(x: x + inset, y: y + inset, size: size)
        } else {
            let (fill, ink) = fill(providers.count)
            out += "<rect x=\"\(SVG.n(x + inset))\" y=\"\(SVG.n(y + inset))\" width=\"\(SVG.n(size))\" height=\"\(SVG.n(size))\" fill=\"\(fill)\""
            // Only a present sector is "needed and present": an absent option of a met need is just empty.
            out += needed && !providers.isEmpty ? " stroke=\"#08306b\" stroke-width=\"2.5\"/>" : "/>"
            if !providers.isEmpty {
                out += "<text x=\"\(SVG.n(x + cell / 2))\" y=\"\(SVG.n(y + cell / 2 + 4.5))\" text-anchor=\"middle\" font-size=\"13\""
                out += " font-weight=\"bold\" fill=\"\(ink)\">\(SVG.text(l.number(providers.count)))</text>"
            }
        }
        return out + "</g>\n"
    }

    /// A pale red square with diagonal hatching and a cross: drawn with
    /// plain lines rather than a `<pattern>`, which would need an id that
    /// two pictures in one page could share.
    static func hatchedCell(x: Double, y: Double, size: Double) -> String {
        var out = "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(size))\" height=\"\(SVG.n(size))\" fill=\"#fde0dc\" stroke=\"#c0392b\" stroke-width=\"1.5\"/>"
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
        let cx = x + size / 2, cy = y + size / 2
        out += "<path d=\"M\(SVG.n(cx - c)) \(SVG.n(cy - c))L\(SVG.n(cx + c)) \(SVG.n(cy + c))M\(SVG.n(cx + c)) \(SVG.n(cy - c))L\(SVG.n(cx - c)) \(SVG.n(cy + c))\""
        out += " stroke=\"#a93226\" stroke-width=\"3\" stroke-linecap=\"round\"/>"
        return out
    }

    static func legend(x: Double, y: Double, _ l: Localization) -> String {
        var out = ""
        var cx = x
        let s = 18.0
        for count in 1...3 {
            let (fill, ink) = fill(count)
            out += "<rect x=\"\(SVG.n(cx))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(s))\" height=\"\(SVG.n(s))\" fill=\"\(fill)\"/>"
            out += "<text x=\"\(SVG.n(cx + s / 2))\" y=\"\(SVG.n(y + 13))\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" fill=\"\(ink)\">"
            out += SVG.text(l.number(count) + (count == 3 ? "+" : "")) + "</text>\n"
            cx += s + 2
        }
        let providers = l.string("pictures.heatmap.legend-providers")
        out += SVG.label(SVG.words(providers, l), x: cx + 4, y: y + 13)
        cx += 4 + SVG.width(providers, size: 12) + 24
        out += "<rect x=\"\(SVG.n(cx))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(s))\" height=\"\(SVG.n(s))\" fill=\"#c6dbef\" stroke=\"#08306b\" stroke-width=\"2.5\"/>\n"
        let needed = l.string("pictures.heatmap.legend-needed")
        out += SVG.label(SVG.words(needed, l), x: cx + s + 6, y: y + 13)
        cx += s + 6 + SVG.width(needed, size: 12) + 24
        out += hatchedCell(x: cx, y: y, size: s) + "\n"
        out += SVG.label(SVG.words(l.string("pictures.heatmap.legend-missing"), l), x: cx + s + 6, y: y + 13)
        return out
    }
}
