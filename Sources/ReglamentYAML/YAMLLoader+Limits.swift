extension YAMLLoader {
    /// Bounds that keep a hostile or broken file from taking the machine's
    /// memory or time. The defaults are far above any real regulation.
    public struct Limits: Sendable, Hashable {
        /// Larger files are refused before they are read (Y002).
        public var maxFileBytes: Int
        /// The nodes all aliases of one file may bring in together, counting
        /// each alias as the whole subtree it repeats (Y010). This is what
        /// stops a "billion laughs" file, whose few lines expand exponentially.
        public var maxAliasedNodes: Int
        /// How deep sequences and mappings may nest; the top-level mapping is
        /// depth 1 (Y013).
        public var maxNesting: Int

        public init(maxFileBytes: Int = 32 << 20, maxAliasedNodes: Int = 100_000, maxNesting: Int = 64) {
            self.maxFileBytes = maxFileBytes
            self.maxAliasedNodes = maxAliasedNodes
            self.maxNesting = maxNesting
        }
    }
}
