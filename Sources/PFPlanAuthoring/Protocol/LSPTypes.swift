/// The Language Server Protocol 3.17 types pfplan uses, and no others.
/// Field names are the protocol's; optional fields are left out of the
/// JSON when nil.

public struct LSPPosition: Codable, Sendable, Hashable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (a: LSPPosition, b: LSPPosition) -> Bool { (a.line, a.character) < (b.line, b.character) }
}

public struct LSPRange: Codable, Sendable, Hashable {
    public var start: LSPPosition
    public var end: LSPPosition

    public init(start: LSPPosition, end: LSPPosition) {
        self.start = start
        self.end = end
    }

    public func contains(_ p: LSPPosition) -> Bool { start <= p && p <= end }
}

public struct Location: Codable, Sendable, Hashable {
    public var uri: String
    public var range: LSPRange
}

public struct TextDocumentIdentifier: Codable, Sendable {
    public var uri: String
}

public struct VersionedTextDocumentIdentifier: Codable, Sendable {
    public var uri: String
    public var version: Int?
}

public struct TextDocumentItem: Codable, Sendable {
    public var uri: String
    public var languageId: String?
    public var version: Int
    public var text: String
}

/// A change: a range and its new text, or the whole text when `range` is nil.
public struct TextDocumentContentChangeEvent: Codable, Sendable {
    public var range: LSPRange?
    public var text: String

    public init(range: LSPRange?, text: String) {
        self.range = range
        self.text = text
    }
}

public struct DidOpenParams: Codable, Sendable { public var textDocument: TextDocumentItem }

public struct DidChangeParams: Codable, Sendable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [TextDocumentContentChangeEvent]
}

public struct DocumentParams: Codable, Sendable { public var textDocument: TextDocumentIdentifier }

public struct TextDocumentPositionParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: LSPPosition
}

public struct ReferenceParams: Codable, Sendable {
    public struct Context: Codable, Sendable { public var includeDeclaration: Bool }
    public var textDocument: TextDocumentIdentifier
    public var position: LSPPosition
    public var context: Context?
}

public struct RenameParams: Codable, Sendable {
    public var textDocument: TextDocumentIdentifier
    public var position: LSPPosition
    public var newName: String
}

public struct CancelParams: Codable, Sendable { public var id: RequestID }

public struct InitializeParams: Codable, Sendable {
    public struct General: Codable, Sendable { public var positionEncodings: [String]? }
    public struct Capabilities: Codable, Sendable { public var general: General? }
    public struct WorkspaceFolder: Codable, Sendable {
        public var uri: String
        public var name: String?
    }

    public var processId: Int?
    public var rootUri: String?
    public var rootPath: String?
    public var capabilities: Capabilities?
    public var workspaceFolders: [WorkspaceFolder]?
}

public struct ServerCapabilities: Codable, Sendable {
    public struct TextDocumentSync: Codable, Sendable {
        public struct Save: Codable, Sendable { public var includeText: Bool }
        public var openClose: Bool
        /// 2: incremental.
        public var change: Int
        public var save: Save
    }

    public struct CompletionOptions: Codable, Sendable {
        public var triggerCharacters: [String]
        public var resolveProvider: Bool
    }

    public struct RenameOptions: Codable, Sendable { public var prepareProvider: Bool }

    public struct CodeActionOptions: Codable, Sendable { public var codeActionKinds: [String] }

    public var positionEncoding: String
    public var textDocumentSync: TextDocumentSync
    public var completionProvider: CompletionOptions
    public var hoverProvider: Bool
    public var definitionProvider: Bool
    public var referencesProvider: Bool
    public var renameProvider: RenameOptions
    public var codeActionProvider: CodeActionOptions
    public var documentSymbolProvider: Bool
}

public struct InitializeResult: Codable, Sendable {
    public struct ServerInfo: Codable, Sendable {
        public var name: String
        public var version: String
    }

    public var capabilities: ServerCapabilities
    public var serverInfo: ServerInfo
}

public struct DiagnosticRelatedInformation: Codable, Sendable, Hashable {
    public var location: Location
    public var message: String
}

public struct LSPDiagnostic: Codable, Sendable, Hashable {
    public var range: LSPRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int?
    public var code: String?
    public var source: String?
    public var message: String
    public var relatedInformation: [DiagnosticRelatedInformation]?
}

public struct PublishDiagnosticsParams: Codable, Sendable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [LSPDiagnostic]
}

public struct MarkupContent: Codable, Sendable, Hashable {
    public var kind: String
    public var value: String

    public static func markdown(_ value: String) -> MarkupContent { MarkupContent(kind: "markdown", value: value) }
}

public struct Hover: Codable, Sendable {
    public var contents: MarkupContent
    public var range: LSPRange?
}

public struct TextEdit: Codable, Sendable, Hashable {
    public var range: LSPRange
    public var newText: String
}

public struct CompletionItem: Codable, Sendable {
    /// 10 property, 12 value, 18 reference, 20 enum member, 13 enum.
    public var label: String
    public var kind: Int?
    public var detail: String?
    public var documentation: MarkupContent?
    public var sortText: String?
    public var filterText: String?
    public var textEdit: TextEdit?
}

public struct CompletionList: Codable, Sendable {
    public var isIncomplete: Bool
    public var items: [CompletionItem]
}

public struct WorkspaceEdit: Codable, Sendable {
    public var changes: [String: [TextEdit]]
}

public struct PrepareRenameResult: Codable, Sendable {
    public var range: LSPRange
    public var placeholder: String
}

public struct CodeActionParams: Codable, Sendable {
    public struct Context: Codable, Sendable {
        public var diagnostics: [LSPDiagnostic]
        public var only: [String]?
    }

    public var textDocument: TextDocumentIdentifier
    public var range: LSPRange
    public var context: Context
}

public struct CodeAction: Codable, Sendable {
    public var title: String
    public var kind: String
    public var diagnostics: [LSPDiagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit
}

public final class DocumentSymbol: Codable, Sendable {
    public let name: String
    public let detail: String?
    /// 2 module, 3 namespace, 4 package, 18 array, 19 object, 23 struct.
    public let kind: Int
    public let range: LSPRange
    public let selectionRange: LSPRange
    public let children: [DocumentSymbol]?

    public init(
        name: String, detail: String?, kind: Int, range: LSPRange, selectionRange: LSPRange, children: [DocumentSymbol]?
    ) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }
}

public struct ShowMessageParams: Codable, Sendable {
    /// 1 error, 2 warning, 3 info, 4 log.
    public var type: Int
    public var message: String
}
