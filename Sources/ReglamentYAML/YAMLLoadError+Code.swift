extension YAMLLoadError.Code {
    /// Kebab-case, as SARIF and `reglament explain` show it.
    public var name: String {
        switch self {
        case .unreadable: "unreadable-file"
        case .tooLarge: "file-too-large"
        case .empty: "empty-file"
        case .invalidUTF8: "invalid-utf8"
        case .nulByte: "nul-byte"
        case .controlCharacter: "control-character"
        case .syntax: "yaml-syntax"
        case .tabIndentation: "tab-indentation"
        case .duplicateKey: "duplicate-key"
        case .aliasBudget: "alias-budget"
        case .recursiveAlias: "recursive-alias"
        case .undefinedAlias: "undefined-alias"
        case .tooDeep: "nesting-too-deep"
        case .unknownTag: "unknown-tag"
        case .misplacedTag: "misplaced-tag"
        case .complexKey: "complex-key"
        case .aliasKey: "alias-key"
        case .invalidMerge: "invalid-merge"
        case .multipleDocuments: "multiple-documents"
        case .topLevelNotMapping: "top-level-not-mapping"
        }
    }

    /// One line for `reglament explain`: what the loader refuses and why.
    public var summary: String {
        switch self {
        case .unreadable: "The file cannot be read: missing, a folder, or no permission."
        case .tooLarge: "The file is larger than the loader accepts (32 MiB); a regulation is far smaller."
        case .empty: "The file is empty or holds only comments and blank lines."
        case .invalidUTF8: "The bytes are not UTF-8 (save the file as UTF-8; UTF-16 is not read)."
        case .nulByte: "A NUL byte: the file is binary or damaged."
        case .controlCharacter: "A control character YAML does not allow (e.g. U+0007)."
        case .syntax: "YAML syntax error, in libyaml's words, with what it was reading."
        case .tabIndentation: "A tab in a line's indentation: YAML indents with spaces only."
        case .duplicateKey: "A key written twice in one mapping; both places are named."
        case .aliasBudget: "Aliases expand to too many nodes (the billion-laughs attack)."
        case .recursiveAlias: "An alias inside the node its own anchor names: a cycle."
        case .undefinedAlias: "An alias to an anchor not defined before it."
        case .tooDeep: "Collections nested deeper than the loader accepts."
        case .unknownTag: "A tag outside YAML's core schema (e.g. !!python/object), which could run code in other loaders."
        case .misplacedTag: "A core-schema tag on the wrong kind of node (e.g. !!map on a list)."
        case .complexKey: "A list or mapping used as a mapping key."
        case .aliasKey: "An alias used as a mapping key."
        case .invalidMerge: "A merge key '<<' whose value is not a mapping or a list of mappings."
        case .multipleDocuments: "More than one YAML document ('---') in one file."
        case .topLevelNotMapping: "The top level is not a mapping of keys."
        }
    }
}
