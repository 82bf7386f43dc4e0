import PFPlanLoader

/// What an LSP `character` counts, agreed at `initialize`.
public enum PositionEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// The first of the client's offers that pfplan speaks; UTF-16 when it
    /// offers none (the protocol's default, which every server must speak).
    public static func negotiate(_ offered: [String]?) -> PositionEncoding {
        for name in offered ?? [] {
            if let encoding = PositionEncoding(rawValue: name) { return encoding }
        }
        return .utf16
    }

    /// How many units a scalar takes.
    func width(of scalar: Unicode.Scalar) -> Int {
        switch self {
        case .utf8: scalar.utf8.count
        case .utf16: scalar.utf16.count
        case .utf32: 1
        }
    }
}

/// The lines of a UTF-8 text, for turning places into each other: byte
/// offsets, LSP positions in any encoding, and pfplan's 1-based lines and
/// Unicode-scalar columns. Line breaks are LF, CRLF and CR, as libyaml
/// and the protocol count them.
public struct LineIndex: Sendable {
    public let bytes: [UInt8]
    /// The byte offset where each line starts.
    public let starts: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var i = 0
        let n = bytes.count
        bytes.withUnsafeBufferPointer { b in
            while i < n {
                let c = b[i]
                if c == 0x0A {
                    starts.append(i + 1)
                } else if c == 0x0D {
                    if i + 1 < n, b[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        self.starts = starts
    }

    public var lineCount: Int { starts.count }

    /// The bytes of a line (0-based) without its line break.
    public func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 0, line < starts.count else { return bytes.count..<bytes.count }
        let start = starts[line]
        var end = line + 1 < starts.count ? starts[line + 1] : bytes.count
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    public func lineText(_ line: Int) -> Substring {
        Substring(String(decoding: bytes[lineRange(line)], as: UTF8.self))
    }

    /// The byte offset of an LSP position; a character past the line's end
    /// means its end, a line past the last means the end of the text.
    public func offset(of position: LSPPosition, _ encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < starts.count else { return bytes.count }
        let range = lineRange(position.line)
        var offset = range.lowerBound
        var units = 0
        while offset < range.upperBound, units < position.character {
            let (scalar, length) = decode(at: offset)
            let width = encoding.width(of: scalar)
            // A position inside a character (half a surrogate pair) is
            // the character's start.
            if units + width > position.character { break }
            units += width
            offset += length
        }
        return offset
    }

    /// The LSP position of a byte offset.
    public func position(ofByte offset: Int, _ encoding: PositionEncoding) -> LSPPosition {
        let clamped = max(0, min(offset, bytes.count))
        var line = starts.count - 1
        // The last start at or before the offset.
        var lo = 0
        var hi = starts.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= clamped {
                line = mid
                lo = mid + 1
            } else {
                hi = mid - 1
            }
        }
        let range = lineRange(line)
        var i = range.lowerBound
        var units = 0
        let end = min(clamped, range.upperBound)
        while i < end {
            let (scalar, length) = decode(at: i)
            units += encoding.width(of: scalar)
            i += length
        }
        return LSPPosition(line: line, character: units)
    }

    /// The LSP position of a pfplan position (1-based line, column in
    /// Unicode scalars), clamped to the text.
    public func position(of place: Position, _ encoding: PositionEncoding) -> LSPPosition {
        position(ofByte: offset(of: place), encoding)
    }

    /// The byte offset of a pfplan position, clamped to its line.
    public func offset(of place: Position) -> Int {
        let line = place.line - 1
        if line < 0 { return 0 }
        if line >= starts.count { return bytes.count }
        let range = lineRange(line)
        var i = range.lowerBound
        var column = 1
        while i < range.upperBound, column < place.column {
            i += decode(at: i).length
            column += 1
        }
        return i
    }

    /// The pfplan position (1-based, scalar column) of a byte offset.
    public func place(ofByte offset: Int) -> Position {
        let p = position(ofByte: offset, .utf32)
        return Position(line: p.line + 1, column: p.character + 1)
    }

    /// The scalar at a byte offset and its length in bytes; a stray byte
    /// (not valid UTF-8) counts as one replacement character.
    func decode(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b0 = bytes[offset]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard length > 1, offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let b = bytes[offset + k]
            guard b & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
