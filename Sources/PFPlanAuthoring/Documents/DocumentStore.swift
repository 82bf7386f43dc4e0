import PFPlanLoader
import PFPlanSupport

/// An open buffer: the editor's text, which wins over the file on disk.
public struct TextDocument: Sendable {
    public var uri: String
    /// The file's path, for the loader (`file://` URIs only).
    public var path: String
    public var version: Int
    public private(set) var index: LineIndex

    public var bytes: [UInt8] { index.bytes }
    public var text: String { String(decoding: index.bytes, as: UTF8.self) }

    public init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.path = DocumentURI.path(of: uri) ?? uri
        self.version = version
        self.index = LineIndex(Array(text.utf8))
    }

    /// Applies the changes of one `didChange`, in order: each range is
    /// in the text as the previous change left it.
    public mutating func apply(_ changes: [TextDocumentContentChangeEvent], version: Int?, encoding: PositionEncoding) {
        for change in changes {
            guard let range = change.range else {
                index = LineIndex(Array(change.text.utf8))
                continue
            }
            var start = index.offset(of: range.start, encoding)
            var end = index.offset(of: range.end, encoding)
            if end < start { swap(&start, &end) }
            var bytes = index.bytes
            bytes.replaceSubrange(start..<end, with: change.text.utf8)
            index = LineIndex(bytes)
        }
        if let version { self.version = version }
    }
}

/// The open buffers, by URI.
public struct DocumentStore: Sendable {
    public private(set) var documents: [String: TextDocument] = [:]

    public init() {}

    public subscript(uri: String) -> TextDocument? { documents[uri] }

    public mutating func open(_ item: TextDocumentItem) {
        documents[item.uri] = TextDocument(uri: item.uri, version: item.version, text: item.text)
    }

    /// nil when the document is not open.
    @discardableResult
    public mutating func change(_ params: DidChangeParams, encoding: PositionEncoding) -> TextDocument? {
        guard var document = documents[params.textDocument.uri] else { return nil }
        documents[params.textDocument.uri] = nil  // one owner of the bytes while they change
        document.apply(params.contentChanges, version: params.textDocument.version, encoding: encoding)
        documents[params.textDocument.uri] = document
        return document
    }

    public mutating func close(_ uri: String) { documents[uri] = nil }

    /// The open buffers by file path, for the loader's overlay.
    public var buffersByPath: [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for document in documents.values { out[PathText.normalize(document.path)] = document.bytes }
        return out
    }

    public func document(atPath path: String) -> TextDocument? {
        let normal = PathText.normalize(path)
        return documents.values.first { PathText.normalize($0.path) == normal }
    }
}

/// `file://` URIs and paths, both ways (RFC 8089 with percent-encoding).
public enum DocumentURI {
    public static func path(of uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        var rest = Substring(uri.dropFirst(7))
        // file://host/path: only an empty host or localhost is local.
        if !rest.hasPrefix("/") {
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            rest = rest[slash...]
        }
        return percentDecoded(rest)
    }

    public static func uri(of path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : PathText.join(PathText.currentDirectory(), path)
        var out = "file://"
        for byte in absolute.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    static func percentDecoded(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let b = utf8.popFirst() {
            if b == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
