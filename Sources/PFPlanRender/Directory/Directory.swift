import PFPlanModel

/// Every format of the directory, one entry point: the command and render
/// call this and never an exporter's internals.
public enum Directory {
    /// The directory of `cities`, each in turn, as `audience` may see it.
    ///
    /// The audience is applied here, whatever the caller already did, so a
    /// caller that forgets to filter still gets nothing above `audience`.
    public static func render(
        _ cities: [DirectoryCity], format: DirectoryFormat, what: DirectorySelection, audience: Visibility
    ) -> String {
        let contents = cities.map { DirectoryContent($0, what: what, audience: audience) }
        switch format {
        case .csv: return DirectoryCSV.render(contents)
        case .md: return DirectoryMarkdown.render(contents, what: what, audience: audience)
        case .html: return DirectoryHTML.render(contents, what: what, audience: audience)
        case .json: return DirectoryJSON.render(contents, what: what, audience: audience)
        case .vcf: return DirectoryVCard.render(contents)
        }
    }
}
