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
///
/// Packed into 16 bytes (`Packed`): the file's number in 28 bits, each
/// line and column in 25. Every node of the arena and every plan value
/// carries one, and at 20 bytes a located string took 56 bytes instead of
/// 48. A file pfplan reads is at most 16 MiB, so its lines and columns
/// stay under 2^25 (a larger number is kept as 2^25 - 1), and 2^28 file
/// names would hold gigabytes of names before the number ran out.
public struct SourceRange: Sendable, Hashable {
    private var packed: Packed

    public var fileID: FileID {
        get { FileID(index: packed.field(0)) }
        set { packed.setField(0, newValue.index) }
    }

    public var start: Position {
        get { Position(line: Int(packed.field(1)), column: Int(packed.field(2))) }
        set {
            packed.setField(1, Packed.clamped(newValue.line))
            packed.setField(2, Packed.clamped(newValue.column))
        }
    }

    public var end: Position {
        get { Position(line: Int(packed.field(3)), column: Int(packed.field(4))) }
        set {
            packed.setField(3, Packed.clamped(newValue.line))
            packed.setField(4, Packed.clamped(newValue.column))
        }
    }

    public var file: String {
        get { fileID.name }
        set { fileID = FileID(newValue) }
    }

    public init(fileID: FileID, start: Position, end: Position) {
        packed = Packed(
            fileID.index, Packed.clamped(start.line), Packed.clamped(start.column), Packed.clamped(end.line),
            Packed.clamped(end.column))
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

    /// Five numbers in 128 bits, as four 32-bit words (so a node record
    /// that holds a range needs no 8-byte alignment): the file in bits
    /// 0-27, then start line, start column, end line and end column in 25
    /// bits each. `SourceRangeTests` check every field at its limits.
    struct Packed: Sendable, Hashable {
        private var w0: UInt32 = 0, w1: UInt32 = 0, w2: UInt32 = 0, w3: UInt32 = 0

        /// The five fields, each already within its width.
        init(_ file: UInt32, _ startLine: UInt32, _ startColumn: UInt32, _ endLine: UInt32, _ endColumn: UInt32) {
            let n = Self.numberBits
            bits =
                UInt128(file) | UInt128(startLine) << Self.fileBits | UInt128(startColumn) << (Self.fileBits + n)
                | UInt128(endLine) << (Self.fileBits + 2 * n) | UInt128(endColumn) << (Self.fileBits + 3 * n)
        }

        static let fileBits = 28
        static let numberBits = 25
        static let numberMax = UInt32(1 << numberBits - 1)

        private static func layout(_ field: Int) -> (shift: Int, width: Int) {
            field == 0 ? (0, fileBits) : (fileBits + (field - 1) * numberBits, numberBits)
        }

        private var bits: UInt128 {
            get { UInt128(w3) << 96 | UInt128(w2) << 64 | UInt128(w1) << 32 | UInt128(w0) }
            set {
                w0 = UInt32(truncatingIfNeeded: newValue)
                w1 = UInt32(truncatingIfNeeded: newValue >> 32)
                w2 = UInt32(truncatingIfNeeded: newValue >> 64)
                w3 = UInt32(truncatingIfNeeded: newValue >> 96)
            }
        }

        func field(_ n: Int) -> UInt32 {
            let (shift, width) = Self.layout(n)
            return UInt32(truncatingIfNeeded: bits >> shift) & (1 << UInt32(width) - 1)
        }

        mutating func setField(_ n: Int, _ value: UInt32) {
            let (shift, width) = Self.layout(n)
            let mask = (UInt128(1) << width - 1) << shift
            bits = bits & ~mask | UInt128(value) << shift & mask
        }

        /// A line or column as stored: none below 0, none above the field.
        static func clamped(_ n: Int) -> UInt32 { UInt32(min(max(n, 0), Int(numberMax))) }
    }
}

/// A file name, interned: equal names get equal ids for the life of the
/// process, so comparing and copying ranges never touches the string.
public struct FileID: Sendable, Hashable {
    let index: UInt32

    public init(_ name: String) {
        index = Self.names.number(name)
        precondition(index < 1 << SourceRange.Packed.fileBits, "more than 2^28 file names")
    }

    init(index: UInt32) { self.index = index }

    public var name: String { Self.names.value(index) }

    private static let names = InternTable<String>()
}
