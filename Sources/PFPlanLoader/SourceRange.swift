import PFPlanSupport

/// A place in a source file, counted the way editors count: lines and
/// columns from 1, columns in Unicode scalars (libyaml's own count), so a
/// finding can be jumped to from any editor or CI annotation.
///
/// Stored as 32-bit numbers: every node and every plan value carries two
/// of these, and a 16 MiB file cannot have more than 2^31 lines.
public struct Position: Sendable, Hashable, Comparable {
    private var storedLine: Int32
    private var storedColumn: Int32

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }

    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }
}

/// The span of a node: both ends are kept because reporters underline the
/// whole value and SARIF asks for an end.
///
/// The file is held as a number into a table of file names, not as a
/// `String`: ranges are copied with every node and value, and a string
/// would cost a reference count on each copy (most of the loader's time
/// on large plans, measured).
public struct SourceRange: Sendable, Hashable {
    public var fileID: FileID
    public var start: Position
    public var end: Position

    public var file: String {
        get { fileID.name }
        set { fileID = FileID(newValue) }
    }

    public init(fileID: FileID, start: Position, end: Position) {
        self.fileID = fileID
        self.start = start
        self.end = end
    }

    public init(file: String, start: Position, end: Position) {
        self.init(fileID: FileID(file), start: start, end: end)
    }

    /// A zero-width range, for problems that have a point but no node
    /// (an empty file, a libyaml error).
    public init(file: String, line: Int, column: Int) {
        let point = Position(line: line, column: column)
        self.init(file: file, start: point, end: point)
    }
}

/// A file name, interned: equal names get equal ids for the life of the
/// process, so comparing and copying ranges never touches the string.
public struct FileID: Sendable, Hashable {
    let index: UInt32

    public init(_ name: String) {
        index = Self.names.number(name)
    }

    public var name: String { Self.names.value(index) }

    private static let names = InternTable<String>()
}
