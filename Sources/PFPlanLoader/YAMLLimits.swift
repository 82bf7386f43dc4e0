/// Input limits (rules.md, `yaml/limits`). A plan is a human-written
/// document: these bounds are far above any real plan and far below what
/// would let a hostile file eat the machine.
public struct YAMLLimits: Sendable, Hashable {
    public var maxFileBytes: Int
    public var maxDepth: Int
    public var maxAliasUses: Int
    public var maxAliasExpansion: Int

    public init(maxFileBytes: Int = 16 << 20, maxDepth: Int = 64, maxAliasUses: Int = 10_000, maxAliasExpansion: Int = 1_000_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasUses = maxAliasUses
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let standard = YAMLLimits()
}
