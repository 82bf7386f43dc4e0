/// A place in a source file, counted the way editors count: lines and
/// columns from 1, columns in Unicode scalars (libyaml's own count), so a
/// finding can be jumped to from any editor or CI annotation.
public struct Position: Sendable, Hashable, Comparable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The span of a node: both ends are kept because reporters underline the
/// whole value and SARIF asks for an end.
public struct SourceRange: Sendable, Hashable, Codable {
    public var file: String
    public var start: Position
    public var end: Position

    public init(file: String, start: Position, end: Position) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A zero-width range, for problems that have a point but no node
    /// (an empty file, a libyaml error).
    public init(file: String, line: Int, column: Int) {
        self.init(file: file, start: Position(line: line, column: column), end: Position(line: line, column: column))
    }
}
