extension YAMLLoadError {
    /// The loader's stable diagnostic codes, each written once: the case
    /// carries the code, its comment says where the diagnostic points, and
    /// `entry` gives the name and the summary `reglament explain` shows.
    public enum Code: String, Sendable, CaseIterable {
        /// Missing, a folder, no permission; at line 0, column 0.
        case unreadable = "Y001"
        /// Larger than `Limits.maxFileBytes`; at line 0, column 0.
        case tooLarge = "Y002"
        /// Empty, or only comments and blank lines; at 1:1.
        case empty = "Y003"
        /// Not UTF-8 (UTF-16 included); at the first bad byte.
        case invalidUTF8 = "Y004"
        /// At the NUL byte.
        case nulByte = "Y005"
        /// Another control character YAML does not allow (e.g. U+0007); at the character.
        case controlCharacter = "Y006"
        /// In libyaml's words, where libyaml found it; `related` says what it was reading.
        case syntax = "Y007"
        /// At the first tab in a line's indentation.
        case tabIndentation = "Y008"
        /// A key written twice in one mapping; at the second, `related` points at the first.
        case duplicateKey = "Y009"
        /// Aliases expand to more than `Limits.maxAliasedNodes` nodes; at the alias that crosses the budget.
        case aliasBudget = "Y010"
        /// An alias inside the node its anchor names; at the alias, `related` points at the anchor.
        case recursiveAlias = "Y011"
        /// An alias to an anchor never defined before it; at the alias.
        case undefinedAlias = "Y012"
        /// Collections nested deeper than `Limits.maxNesting`; at the collection one level too deep.
        case tooDeep = "Y013"
        /// A tag outside YAML's core schema (`!!python/object`, `!custom`); at the tagged node.
        case unknownTag = "Y014"
        /// A core-schema tag on the wrong kind of node (`!!map [a]`); at the tagged node.
        case misplacedTag = "Y015"
        /// A sequence or mapping used as a mapping key; at the key.
        case complexKey = "Y016"
        /// At the key.
        case aliasKey = "Y017"
        /// A merge key `<<` whose value is not a mapping or a list of mappings; at the value.
        case invalidMerge = "Y018"
        /// At the second document.
        case multipleDocuments = "Y019"
        /// At the top-level node.
        case topLevelNotMapping = "Y020"

        /// Kebab-case, as SARIF and `reglament explain` show it.
        public var name: String { entry.name }

        /// One line for `reglament explain`: what the loader refuses and why.
        public var summary: String { entry.summary }

        private var entry: (name: String, summary: String) {
            switch self {
            case .unreadable: ("unreadable-file", "The file cannot be read: missing, a folder, or no permission.")
            case .tooLarge: ("file-too-large", "The file is larger than the loader accepts (32 MiB); a regulation is far smaller.")
            case .empty: ("empty-file", "The file is empty or holds only comments and blank lines.")
            case .invalidUTF8: ("invalid-utf8", "The bytes are not UTF-8 (save the file as UTF-8; UTF-16 is not read).")
            case .nulByte: ("nul-byte", "A NUL byte: the file is binary or damaged.")
            case .controlCharacter: ("control-character", "A control character YAML does not allow (e.g. U+0007).")
            case .syntax: ("yaml-syntax", "YAML syntax error, in libyaml's words, with what it was reading.")
            case .tabIndentation: ("tab-indentation", "A tab in a line's indentation: YAML indents with spaces only.")
            case .duplicateKey: ("duplicate-key", "A key written twice in one mapping; both places are named.")
            case .aliasBudget: ("alias-budget", "Aliases expand to too many nodes (the billion-laughs attack).")
            case .recursiveAlias: ("recursive-alias", "An alias inside the node its own anchor names: a cycle.")
            case .undefinedAlias: ("undefined-alias", "An alias to an anchor not defined before it.")
            case .tooDeep: ("nesting-too-deep", "Collections nested deeper than the loader accepts.")
            case .unknownTag: ("unknown-tag", "A tag outside YAML's core schema (e.g. !!python/object), which could run code in other loaders.")
            case .misplacedTag: ("misplaced-tag", "A core-schema tag on the wrong kind of node (e.g. !!map on a list).")
            case .complexKey: ("complex-key", "A list or mapping used as a mapping key.")
            case .aliasKey: ("alias-key", "An alias used as a mapping key.")
            case .invalidMerge: ("invalid-merge", "A merge key '<<' whose value is not a mapping or a list of mappings.")
            case .multipleDocuments: ("multiple-documents", "More than one YAML document ('---') in one file.")
            case .topLevelNotMapping: ("top-level-not-mapping", "The top level is not a mapping of keys.")
            }
        }
    }
}
