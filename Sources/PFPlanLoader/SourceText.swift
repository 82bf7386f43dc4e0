/// The text of one source file as UTF-8 bytes, after the encoding checks.
/// Kept so reporters can quote the offending line under a finding.
public struct SourceText: Sendable {
    public let file: String
    /// UTF-8, without a byte-order mark.
    public let bytes: [UInt8]

    public init(file: String, utf8 bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }

    /// The byte range of every line's text, without its line break (LF, CR
    /// or CRLF), line 1 first, found in one pass: a reporter quotes the
    /// lines of many findings from it.
    public func lineRanges() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                ranges.append(start..<i)
                if b == 0x0D, i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        ranges.append(start..<n)
        return ranges
    }

    /// Line and column (1-based, column in Unicode scalars) of a byte offset.
    public func position(ofByte offset: Int) -> Position {
        var line = 1
        var column = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            let b = bytes[i]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return Position(line: line, column: column)
    }
}

/// What went wrong while decoding raw bytes into text.
public struct EncodingProblem: Sendable, Error, Equatable {
    public var message: String
    public var position: Position
}

/// Accepts UTF-8 (with or without a BOM) and UTF-16 with a BOM, the encodings
/// the plan format allows; everything else gets a precise `yaml/encoding`.
public enum TextDecoding {
    public static func utf8(from raw: [UInt8]) -> Result<[UInt8], EncodingProblem> {
        if raw.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || raw.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return .failure(.init(message: "the file is UTF-32; save it as UTF-8", position: .init(line: 1, column: 1)))
        }
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            return validated(Array(raw.dropFirst(3)))
        }
        if raw.starts(with: [0xFF, 0xFE]) { return fromUTF16(raw.dropFirst(2), bigEndian: false) }
        if raw.starts(with: [0xFE, 0xFF]) { return fromUTF16(raw.dropFirst(2), bigEndian: true) }
        if raw.count >= 2, raw[0] == 0 || raw[1] == 0 {
            return .failure(
                .init(
                    message: "the file looks like UTF-16 without a byte-order mark; save it as UTF-8",
                    position: .init(line: 1, column: 1)))
        }
        return validated(raw)
    }

    private static func validated(_ bytes: [UInt8]) -> Result<[UInt8], EncodingProblem> {
        if let bad = firstInvalidUTF8(bytes) {
            let position = SourceText(file: "", utf8: Array(bytes[..<bad])).position(ofByte: bad)
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            return .failure(
                .init(
                    message: "the text is not valid UTF-8 (byte 0x\(hex)); save the file as UTF-8",
                    position: position))
        }
        return .success(bytes)
    }

    /// The offset of the first byte that breaks UTF-8, or nil. Hand-written
    /// because the standard library says whether, not where. Plans are
    /// mostly ASCII, so eight bytes at a time are skipped while none has
    /// its high bit set.
    public static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        let n = b.count
        var i = 0
        return b.withUnsafeBufferPointer { p -> Int? in
            guard let base = p.baseAddress else { return nil }
            while i < n {
                while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    i += 8
                }
                guard i < n else { break }
                let c = p[i]
                if c < 0x80 {
                    i += 1
                    continue
                }
                let need: Int
                var lo: UInt8 = 0x80
                var hi: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: need = 1
                case 0xE0:
                    need = 2
                    lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED:
                    need = 2
                    hi = 0x9F
                case 0xF0:
                    need = 3
                    lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4:
                    need = 3
                    hi = 0x8F
                default: return i
                }
                guard i + need < n else { return i }
                let c1 = p[i + 1]
                if c1 < lo || c1 > hi { return i }
                var k = 2
                while k <= need {
                    if p[i + k] & 0xC0 != 0x80 { return i }
                    k += 1
                }
                i += need + 1
            }
            return nil
        }
    }

    private static func fromUTF16(_ body: ArraySlice<UInt8>, bigEndian: Bool) -> Result<[UInt8], EncodingProblem> {
        guard body.count % 2 == 0 else {
            return .failure(
                .init(message: "the UTF-16 text ends in half a character", position: .init(line: 1, column: 1)))
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i < body.endIndex {
            let a = UInt16(body[i])
            let b = UInt16(body[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        var failedAt: Int?
        var consumed = 0
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF16.decode(encoded)
                out.append(contentsOf: Unicode.UTF8.encode(scalar)!)
                consumed += encoded.count
            case .emptyInput:
                break loop
            case .error:
                failedAt = consumed
                break loop
            }
        }
        if failedAt != nil {
            let position = SourceText(file: "", utf8: out).position(ofByte: out.count)
            return .failure(.init(message: "the UTF-16 text holds a broken surrogate pair", position: position))
        }
        return .success(out)
    }
}
