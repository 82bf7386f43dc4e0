/// A plain value wrapped in the curly quotes a word processor puts in
/// (“City of Lawrence”). YAML quotes only with straight quotes, so the
/// curly ones stay in the text: in titles, names and the pledge form. Said
/// as advice (info): a plan may mean them, and then writes the value in
/// straight quotes ('“City of Lawrence”'), which this does not flag.
struct CurlyQuotes {
    let open: String
    let close: String
    let inner: String

    /// nil unless `bytes` starts with an opening and ends with a closing
    /// curly quote, with text between.
    init?(around bytes: UnsafeBufferPointer<UInt8>) {
        guard let (open, openCount) = Self.mark(bytes, atStart: true),
            let (close, closeCount) = Self.mark(bytes, atStart: false),
            bytes.count > openCount + closeCount
        else { return nil }
        self.open = open
        self.close = close
        inner = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[openCount..<(bytes.count - closeCount)]), as: UTF8.self)
    }

    /// “ ‘ „ « open, ” ’ “ » close (German closes with “).
    private static let opening: [(String, [UInt8])] = [
        ("“", [0xE2, 0x80, 0x9C]), ("‘", [0xE2, 0x80, 0x98]), ("„", [0xE2, 0x80, 0x9E]), ("«", [0xC2, 0xAB]),
    ]
    private static let closing: [(String, [UInt8])] = [
        ("”", [0xE2, 0x80, 0x9D]), ("’", [0xE2, 0x80, 0x99]), ("“", [0xE2, 0x80, 0x9C]), ("»", [0xC2, 0xBB]),
    ]

    private static func mark(_ bytes: UnsafeBufferPointer<UInt8>, atStart: Bool) -> (String, Int)? {
        for (text, utf8) in atStart ? opening : closing where bytes.count >= utf8.count {
            let at = atStart ? 0 : bytes.count - utf8.count
            if (0..<utf8.count).allSatisfy({ bytes[at + $0] == utf8[$0] }) { return (text, utf8.count) }
        }
        return nil
    }

    func diagnostic(_ range: SourceRange) -> Diagnostic {
        let shown = inner.count <= 60 ? inner : "..."
        let straight = inner.contains("\"") ? "'\(shown)'" : "\"\(shown)\""
        return Diagnostic(
            rule: .yamlCurlyQuotes, severity: .info,
            message: "the value is wrapped in curly quotes (\(open) \(close)), which YAML keeps as part of the text",
            range: range,
            hint:
                "to quote it, use straight quotes: \(straight); to keep the curly quotes in the text, put straight quotes around them: '\(open)\(shown)\(close)'"
        )
    }
}
