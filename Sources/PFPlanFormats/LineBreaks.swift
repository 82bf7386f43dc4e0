/// Line breaks as vCard, the directory and its Markdown count them: CR,
/// LF and CR LF are each one break.
package enum LineBreaks {
    /// Calls `body` with each scalar of `text`, a CR LF pair as its CR alone.
    package static func forEachScalar(in text: String, _ body: (Unicode.Scalar) -> Void) {
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            body(scalar)
        }
    }
}
