import Foundation
import PFPlanAuthoring
import PFPlanLoader
import Testing

@Suite("LSP protocol layer")
struct LSPProtocolTests {
    private func framed(_ json: String) -> [UInt8] { MessageFramer.frame(Array(json.utf8)) }

    private func drain(_ framer: inout MessageFramer) -> [MessageFramer.Item] {
        var items: [MessageFramer.Item] = []
        while let item = framer.next() { items.append(item) }
        return items
    }

    @Test func framesOneMessage() {
        var framer = MessageFramer()
        framer.append(framed(#"{"a":1}"#))
        #expect(drain(&framer) == [.message(Array(#"{"a":1}"#.utf8))])
    }

    @Test func framesAMessageSplitAtEveryByte() {
        var framer = MessageFramer()
        let bytes = framed(#"{"jsonrpc":"2.0","method":"x"}"#)
        var items: [MessageFramer.Item] = []
        for b in bytes {
            framer.append([b])
            items += drain(&framer)
        }
        #expect(items == [.message(Array(#"{"jsonrpc":"2.0","method":"x"}"#.utf8))])
    }

    @Test func framesConcatenatedMessagesWithOtherHeaders() {
        var framer = MessageFramer()
        let second = "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 3\r\n\r\n[2]"
        framer.append(framed("[1]") + Array(second.utf8) + framed("[3]"))
        #expect(
            drain(&framer) == [.message(Array("[1]".utf8)), .message(Array("[2]".utf8)), .message(Array("[3]".utf8))])
    }

    @Test func badHeadersAreReportedAndReadingGoesOn() {
        var framer = MessageFramer()
        framer.append(Array("Content-Length: ten\r\n\r\n".utf8) + Array("garbage\r\n\r\n".utf8) + framed("[4]"))
        let items = drain(&framer)
        #expect(items.count == 3)
        #expect(items[0] == .malformed("Content-Length 'ten' is not a number of bytes"))
        #expect(items[1] == .malformed("a header line without a colon: 'garbage'"))
        #expect(items[2] == .message(Array("[4]".utf8)))
    }

    @Test func aMissingLengthAndAnEndlessHeaderAreRefused() {
        var framer = MessageFramer()
        framer.append(Array("X-Other: 1\r\n\r\n".utf8))
        #expect(drain(&framer) == [.malformed("a message without a Content-Length header")])
        framer.append([UInt8](repeating: UInt8(ascii: "a"), count: MessageFramer.maxHeaderBytes + 10))
        #expect(drain(&framer).count == 1)
    }

    @Test func anOversizedBodyIsSkippedUnread() {
        var framer = MessageFramer()
        let n = MessageFramer.maxBodyBytes + 1
        framer.append(Array("Content-Length: \(n)\r\n\r\n".utf8))
        #expect(drain(&framer).count == 1)
        framer.append([UInt8](repeating: 0x20, count: n))
        framer.append(framed("[5]"))
        #expect(drain(&framer) == [.message(Array("[5]".utf8))])
    }

    @Test func classifiesMessages() throws {
        func classify(_ s: String) -> IncomingMessage { JSONRPC.classify(Array(s.utf8)) }
        guard case .request(.number(1), "initialize", _) = classify(#"{"jsonrpc":"2.0","id":1,"method":"initialize"}"#)
        else {
            Issue.record("a request")
            return
        }
        guard case .request(.string("a"), "x", _) = classify(#"{"jsonrpc":"2.0","id":"a","method":"x"}"#) else {
            Issue.record("a string id")
            return
        }
        guard case .notification("exit", _) = classify(#"{"jsonrpc":"2.0","method":"exit"}"#) else {
            Issue.record("a notification")
            return
        }
        guard case .response(.number(3)) = classify(#"{"jsonrpc":"2.0","id":3,"result":null}"#) else {
            Issue.record("a response")
            return
        }
        guard case .invalid(nil, let e1) = classify("{not json"), e1.code == ResponseError.parseError else {
            Issue.record("a parse error")
            return
        }
        guard case .invalid(nil, let e2) = classify("[]"), e2.code == ResponseError.invalidRequest else {
            Issue.record("a batch")
            return
        }
        guard case .invalid(.number(4), let e3) = classify(#"{"jsonrpc":"1.0","id":4,"method":"x"}"#),
            e3.code == ResponseError.invalidRequest
        else {
            Issue.record("a wrong version")
            return
        }
        guard case .invalid(_, let e4) = classify(#""just a string""#), e4.code == ResponseError.parseError else {
            Issue.record("not an object")
            return
        }
    }

    @Test func paramsOfTheWrongShapeAreInvalidParams() throws {
        let body = Data(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{}}}"#.utf8)
        #expect(throws: ResponseError.self) { try JSONRPC.params(TextDocumentPositionParams.self, from: body) }
        do {
            _ = try JSONRPC.params(TextDocumentPositionParams.self, from: body)
        } catch {
            #expect(error.code == ResponseError.invalidParams)
            #expect(error.message.contains("textDocument.uri"))
        }
    }

    @Test func repliesCarryResultNullAndErrorsCarryIdNull() {
        let ok = String(decoding: JSONRPC.response(id: .number(7), result: Optional<Int>.none), as: UTF8.self)
        #expect(ok == #"{"id":7,"jsonrpc":"2.0","result":null}"#)
        let bad = String(decoding: JSONRPC.error(id: nil, ResponseError(-32700, "x")), as: UTF8.self)
        #expect(bad == #"{"error":{"code":-32700,"message":"x"},"id":null,"jsonrpc":"2.0"}"#)
    }
}

@Suite("LSP positions and documents")
struct LSPDocumentTests {
    // "a: " then Arabic (2 bytes each, 1 UTF-16 unit), then an emoji
    // (4 bytes, 2 UTF-16 units, 1 scalar), then "x".
    private let line = "a: مدينة😀x"

    @Test func convertsColumnsInEveryEncoding() {
        let index = LineIndex(Array("first\n\(line)\r\nlast".utf8))
        // pfplan's column of "x": a, :, space, 5 Arabic letters, emoji -> 9 scalars before it.
        let x = Position(line: 2, column: 10)
        #expect(index.position(of: x, .utf32) == LSPPosition(line: 1, character: 9))
        #expect(index.position(of: x, .utf16) == LSPPosition(line: 1, character: 10))
        #expect(index.position(of: x, .utf8) == LSPPosition(line: 1, character: 3 + 10 + 4))
        for encoding in PositionEncoding.allCases {
            let p = index.position(of: x, encoding)
            #expect(index.place(ofByte: index.offset(of: p, encoding)) == x)
        }
        // CRLF is one line break: "last" is line 2.
        #expect(index.position(of: Position(line: 3, column: 1), .utf16) == LSPPosition(line: 2, character: 0))
    }

    @Test func clampsPlacesPastTheText() {
        let index = LineIndex(Array("ab\ncd".utf8))
        #expect(index.position(of: Position(line: 1, column: 40), .utf16) == LSPPosition(line: 0, character: 2))
        #expect(index.position(of: Position(line: 9, column: 1), .utf16) == LSPPosition(line: 1, character: 2))
        #expect(index.offset(of: LSPPosition(line: 0, character: 99), .utf16) == 2)
        #expect(index.offset(of: LSPPosition(line: 7, character: 0), .utf16) == 5)
    }

    @Test func aPositionInsideASurrogatePairIsTheCharactersStart() {
        let index = LineIndex(Array("😀x".utf8))
        #expect(index.offset(of: LSPPosition(line: 0, character: 1), .utf16) == 0)
        #expect(index.offset(of: LSPPosition(line: 0, character: 2), .utf16) == 4)
    }

    @Test func negotiatesTheEncoding() {
        #expect(PositionEncoding.negotiate(nil) == .utf16)
        #expect(PositionEncoding.negotiate(["utf-8", "utf-16"]) == .utf8)
        #expect(PositionEncoding.negotiate(["utf-32"]) == .utf32)
        #expect(PositionEncoding.negotiate(["latin-1"]) == .utf16)
    }

    @Test func appliesIncrementalEditsInOrder() {
        var doc = TextDocument(uri: "file:///tmp/plan.yaml", version: 1, text: "name: مدينة\nlead: abc\n")
        // UTF-16: replace "abc" (line 1, 6..<9) with "x😀y", then insert after the emoji.
        doc.apply(
            [
                TextDocumentContentChangeEvent(
                    range: LSPRange(start: .init(line: 1, character: 6), end: .init(line: 1, character: 9)), text: "x😀y"
                ),
                TextDocumentContentChangeEvent(
                    range: LSPRange(start: .init(line: 1, character: 9), end: .init(line: 1, character: 9)), text: "!"),
                TextDocumentContentChangeEvent(
                    range: LSPRange(start: .init(line: 0, character: 6), end: .init(line: 0, character: 8)), text: ""),
            ], version: 2, encoding: .utf16)
        #expect(doc.text == "name: ينة\nlead: x😀!y\n")
        #expect(doc.version == 2)
        doc.apply([TextDocumentContentChangeEvent(range: nil, text: "whole")], version: 3, encoding: .utf16)
        #expect(doc.text == "whole")
    }

    @Test func editsInUTF8AndUTF32() {
        var a = TextDocument(uri: "file:///a", version: 1, text: "é😀z")
        a.apply(
            [
                TextDocumentContentChangeEvent(
                    range: LSPRange(start: .init(line: 0, character: 6), end: .init(line: 0, character: 7)), text: "Z")
            ],
            version: nil, encoding: .utf8)
        #expect(a.text == "é😀Z")
        a.apply(
            [
                TextDocumentContentChangeEvent(
                    range: LSPRange(start: .init(line: 0, character: 1), end: .init(line: 0, character: 2)), text: "")
            ],
            version: nil, encoding: .utf32)
        #expect(a.text == "éZ")
    }

    @Test func urisAndPaths() {
        #expect(DocumentURI.path(of: "file:///tmp/a%20b/plan.yaml") == "/tmp/a b/plan.yaml")
        #expect(DocumentURI.path(of: "file://localhost/tmp/x") == "/tmp/x")
        #expect(DocumentURI.path(of: "untitled:1") == nil)
        #expect(DocumentURI.uri(of: "/tmp/a b/مدينة.yaml") == "file:///tmp/a%20b/%D9%85%D8%AF%D9%8A%D9%86%D8%A9.yaml")
        #expect(DocumentURI.path(of: DocumentURI.uri(of: "/tmp/a b/مدينة.yaml")) == "/tmp/a b/مدينة.yaml")
    }
}
