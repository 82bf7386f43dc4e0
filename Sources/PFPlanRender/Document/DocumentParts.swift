import PFPlanModel

/// The pieces of a city's output folder that other parts of pfplan make:
/// the three pictures and the directory CSV. One seam, so the document
/// code names each piece once.
enum DocumentParts {
    static func coverageSVG(_ coverage: CoverageMatrix, plan: Plan, model: FrameworkModel, localization: Localization) -> String {
        CoverageHeatMap.svg(coverage, plan: plan, model: model, localization: localization)
    }

    static func leadershipSVG(plan: Plan, model: FrameworkModel, localization: Localization) -> String {
        LeadershipChart.svg(plan: plan, model: model, localization: localization)
    }

    static func timelineSVG(plan: Plan, model: FrameworkModel, asOf: CalendarDate, localization: Localization) -> String {
        ActionTimeline.svg(plan: plan, model: model, asOf: asOf, localization: localization)
    }

    /// The directory agent's CSV, from the filtered plan; it filters again
    /// by itself, which changes nothing.
    static func directoryCSV(plan: Plan, model: FrameworkModel, coverage: CoverageMatrix, audience: Visibility) -> String {
        DirectoryCSV.render(plan, model: model, coverage: coverage, what: .all, audience: audience)
    }
}
