import ArgumentParser
import PFPlanModel

/// Which edition of the documents to make, for `render` and `serve`: the
/// reader's language and the audience whose contacts it may show.
struct EditionOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Document language: en, es, fr or ar (default: each plan's first language).", valueName: "code"))
    var lang: String?

    @Option(help: "Who the documents are for: public, internal or restricted; contacts above it are left out.")
    var audience: Visibility = .public
}
