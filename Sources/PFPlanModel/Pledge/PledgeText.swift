extension Plan.Pledge {
    /// The heading under which the form's description holds the expected
    /// impact, as the GCM's own pledges write it, in either language of
    /// the form (seeds 000 and 001: "Expected Impact:").
    public static let expectedImpactHeading = "Expected Impact:"

    /// The description as the form holds it: the plan's description, then
    /// the expected impact under its heading, one "- " item a line. The
    /// form has no field of its own for the impact, so `pfplan pledge`
    /// prints this and `pledge/description-length` counts it. nil when the
    /// plan has neither.
    public var formDescription: String? {
        let impact = expectedImpact.map { "- " + String($0.trimmingBlankSpace()).replacingLineBreaks() }
        let text = description.map { String($0.value.trimmingBlankSpace()) }
        guard !impact.isEmpty else { return text }
        let list = Self.expectedImpactHeading + "\n" + impact.joined(separator: "\n")
        return text.map { $0 + "\n\n" + list } ?? list
    }
}

extension String {
    /// A Markdown item's lines under its "- ", indented to stay in it.
    fileprivate func replacingLineBreaks() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
    }
}
