/// Input limits (rules.md, `yaml/limits`). A plan is a human-written
/// document: these bounds are far above any real plan and far below what
/// would let a hostile file eat the machine.
public struct YAMLLimits: Sendable, Hashable {
    public var maxFileBytes: Int
    public var maxDepth: Int
    public var maxAliasUses: Int
    public var maxAliasExpansion: Int
    /// Nodes (keys, values, list items, collections) a file may hold: one
    /// per `bytesPerNode` bytes of it, beyond `nodeAllowance`. Each node
    /// costs about 40 bytes while the file is read, so `[a,a,a,...]` (a
    /// node every two bytes) took 22 times the file's size in memory; at
    /// one per five bytes the nodes stay within 9 times it. Real plans have
    /// one node per 15 bytes or more (7.6 for a plan written all in braces).
    public var bytesPerNode: Int
    public var nodeAllowance: Int

    public init(
        maxFileBytes: Int = 16 << 20, maxDepth: Int = 64, maxAliasUses: Int = 10_000,
        maxAliasExpansion: Int = 1_000_000,
        bytesPerNode: Int = 5, nodeAllowance: Int = 10_000
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasUses = maxAliasUses
        self.maxAliasExpansion = maxAliasExpansion
        self.bytesPerNode = bytesPerNode
        self.nodeAllowance = nodeAllowance
    }

    /// The most nodes a text of `bytes` bytes may hold.
    public func maxNodes(forBytes bytes: Int) -> Int { nodeAllowance + bytes / max(1, bytesPerNode) }

    public static let standard = YAMLLimits()
}
