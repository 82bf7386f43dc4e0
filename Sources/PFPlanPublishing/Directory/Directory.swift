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
        render(cities, formats: [format], what: what, audience: audience)[0]
    }

    /// The directory in several formats from one grouping of its entries
    /// (render writes the CSV and the vCard file of every city).
    public static func render(
        _ cities: [DirectoryCity], formats: [DirectoryFormat], what: DirectorySelection, audience: Visibility
    ) -> [String] {
        let contents = cities.map { DirectoryContent($0, what: what, audience: audience) }
        return formats.map { render(contents, format: $0, what: what, audience: audience) }
    }

    static func render(
        _ contents: [DirectoryContent], format: DirectoryFormat, what: DirectorySelection, audience: Visibility
    ) -> String {
        switch format {
        case .csv: return DirectoryCSV.render(contents)
        case .md: return DirectoryMarkdown.render(contents, what: what, audience: audience)
        case .html: return DirectoryHTML.render(contents, what: what, audience: audience)
        case .json: return DirectoryJSON.render(contents, what: what, audience: audience)
        case .vcf: return DirectoryVCard.render(contents)
        }
    }
}
