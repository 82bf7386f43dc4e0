import Foundation
import Testing

/// The one golden comparison of the tests: `actual` against the file
/// `name` in `folder`, byte for byte (String equality would call a
/// precomposed and a decomposed "é" equal). With `PFPLAN_UPDATE_GOLDENS=1`
/// the golden is rewritten first; read the diff before committing.
public func expectGolden(
    _ name: String, _ actual: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["PFPLAN_UPDATE_GOLDENS"] == "1" {
        try Data(actual.utf8).write(to: url)
    }
    let expected = try Data(contentsOf: url)
    #expect(Data(actual.utf8) == expected, "\(name) differs from its golden", sourceLocation: sourceLocation)
}
