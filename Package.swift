// swift-tools-version: 6.1
import PackageDescription

/// The pipeline shows in the targets: support (general helpers) ->
/// load (YAML to located nodes) ->
/// model (plan values, rules, coverage, privacy) -> output (formats, publishing, reports) ->
/// command line (a thin executable over `PFPlanCLI`).
let package = Package(
    name: "pfplan",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pfplan", targets: ["pfplan"]),
        .library(name: "PFPlanModel", targets: ["PFPlanModel"]),
        .executable(name: "pfplan-fuzz", targets: ["pfplan-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // General helpers that know nothing of plans: parallel work, timing,
        // interning, reading files and writing them atomically.
        .target(name: "PFPlanSupport"),
        .target(name: "PFPlanLoader", dependencies: ["CYaml", "PFPlanSupport"]),
        // Every file under Templates/, compiled in (generated; see scripts/EmbedTemplates).
        .target(name: "PFPlanTemplates"),
        .target(name: "PFPlanModel", dependencies: ["PFPlanSupport", "PFPlanLoader", "PFPlanTemplates"]),
        // Text in each output format: one escaper per format (HTML and XML,
        // Markdown, terminal, GitHub workflow commands, JSON).
        .target(name: "PFPlanFormats", dependencies: ["PFPlanSupport", "PFPlanLoader"]),
        // The document a council reads: plan pages, pictures, the contact
        // directory, the action calendar, locales, Markdown.
        .target(
            name: "PFPlanPublishing",
            dependencies: [
                "PFPlanSupport", "PFPlanLoader", "PFPlanModel", "PFPlanFormats",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // Terminal and CI output: lint reporters, gaps, status, pledge form,
        // schema and format reference, starter plan.
        .target(
            name: "PFPlanReports",
            dependencies: [
                "PFPlanSupport", "PFPlanLoader", "PFPlanModel", "PFPlanFormats", "PFPlanPublishing",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The commit a release is built from (a C macro the release script sets).
        .target(name: "PFPlanBuildInfo"),
        .target(
            name: "PFPlanCLI",
            dependencies: [
                "PFPlanSupport", "PFPlanLoader", "PFPlanModel", "PFPlanFormats", "PFPlanPublishing", "PFPlanReports",
                "PFPlanBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "PFPlanAuthoring",
            ]
        ),
        // argv kept at start-up: the static runtime reads it from /proc (see its header).
        .target(name: "PFPlanArguments"),
        .executableTarget(name: "pfplan", dependencies: ["PFPlanCLI", "PFPlanArguments"]),
        .executableTarget(name: "pfplan-embed-templates", path: "scripts/EmbedTemplates"),
        .executableTarget(name: "yaml-event-loop", dependencies: ["CYaml"], path: "Benchmarks/EventLoop"),
        .executableTarget(
            name: "pfplan-fuzz",
            dependencies: ["PFPlanLoader", "PFPlanModel", "PFPlanPublishing", "PFPlanReports"],
            path: "Fuzz/PFPlanFuzz"
        ),
        // Live feedback while writing a plan: `pfplan lsp` and `pfplan serve`.
        .target(
            name: "PFPlanAuthoring",
            dependencies: [
                "PFPlanSupport", "PFPlanLoader", "PFPlanModel", "PFPlanFormats", "PFPlanPublishing", "PFPlanReports",
            ]
        ),
        // What the test suites share: the golden comparison and the process runner.
        .target(name: "PFPlanTestSupport", path: "Tests/PFPlanTestSupport"),
        .testTarget(
            name: "PFPlanTests",
            dependencies: [
                "PFPlanSupport", "PFPlanLoader", "PFPlanTemplates", "PFPlanModel", "PFPlanFormats", "PFPlanPublishing",
                "PFPlanReports", "PFPlanCLI", "PFPlanTestSupport",
                "PFPlanArguments", "PFPlanAuthoring", .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
