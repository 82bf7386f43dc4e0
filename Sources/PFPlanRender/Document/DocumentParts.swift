import PFPlanModel

/// The pieces of a city's output folder that other parts of pfplan make:
/// the three pictures and the directory CSV. One seam, so the document
/// code names each piece once.
enum DocumentParts {
    static func coverageSVG(_ coverage: CoverageMatrix, plan: Plan, model: FrameworkModel, localization: Localization) -> String {
        placeholderSVG(title: localization.string("document.sections.coverage"), plan: plan)
    }

    static func leadershipSVG(plan: Plan, model: FrameworkModel, localization: Localization) -> String {
        placeholderSVG(title: localization.string("document.sections.leadership"), plan: plan)
    }

    static func timelineSVG(plan: Plan, model: FrameworkModel, asOf: CalendarDate, localization: Localization) -> String {
        placeholderSVG(title: localization.string("document.sections.stages"), plan: plan)
    }

    /// The directory agent's CSV, from the filtered plan; it filters again
    /// by itself, which changes nothing.
    static func directoryCSV(plan: Plan, model: FrameworkModel, audience: Visibility) -> String {
        DirectoryCSV.render(plan, model: model, what: .all, audience: audience)
    }

    private static func placeholderSVG(title: String, plan: Plan) -> String {
        """
        <svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 400 40" width="400" height="40" direction="ltr">\
        <title>\(Escape.html(title))</title><rect width="400" height="40" fill="#eee"/></svg>
        """
    }
}
