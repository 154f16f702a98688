import ReglamentDiagnostics

/// Why a YAML file could not become a `YAMLNode` tree: one located
/// diagnostic, always of severity error. The loader stops at the first
/// problem, since nothing after a broken construct can be trusted.
///
/// | code | problem | location |
/// | ---- | ------- | -------- |
/// | Y001 | the file cannot be read (missing, a folder, no permission) | line 0, column 0 |
/// | Y002 | the file is larger than `Limits.maxFileBytes` | line 0, column 0 |
/// | Y003 | the file is empty, or holds only comments and blank lines | 1:1 |
/// | Y004 | the bytes are not UTF-8 (UTF-16 included) | the first bad byte |
/// | Y005 | a NUL byte | the NUL byte |
/// | Y006 | another control character YAML does not allow (e.g. U+0007) | the character |
/// | Y007 | YAML syntax error, in libyaml's words | where libyaml found it; `related` says what it was reading |
/// | Y008 | a tab in a line's indentation | the first such tab |
/// | Y009 | a key written twice in one mapping | the second key; `related` points at the first |
/// | Y010 | aliases expand to more than `Limits.maxAliasedNodes` nodes | the alias that crosses the budget |
/// | Y011 | an alias inside the node its anchor names (a cycle) | the alias; `related` points at the anchor |
/// | Y012 | an alias to an anchor never defined before it | the alias |
/// | Y013 | collections nested deeper than `Limits.maxNesting` | the collection one level too deep |
/// | Y014 | a tag outside YAML's core schema (`!!python/object`, `!custom`) | the tagged node |
/// | Y015 | a core-schema tag on the wrong kind of node (`!!map [a]`) | the tagged node |
/// | Y016 | a sequence or mapping used as a mapping key | the key |
/// | Y017 | an alias used as a mapping key | the key |
/// | Y018 | a merge key `<<` whose value is not a mapping or a list of mappings | the value |
/// | Y019 | more than one document in the file | the second document |
/// | Y020 | the top level is not a mapping | the top-level node |
public struct YAMLLoadError: Error, Sendable {
    public var diagnostic: Diagnostic

    public init(diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }

    /// The loader's stable diagnostic codes; the table above says where each points.
    public enum Code: String, Sendable, CaseIterable {
        case unreadable = "Y001"
        case tooLarge = "Y002"
        case empty = "Y003"
        case invalidUTF8 = "Y004"
        case nulByte = "Y005"
        case controlCharacter = "Y006"
        case syntax = "Y007"
        case tabIndentation = "Y008"
        case duplicateKey = "Y009"
        case aliasBudget = "Y010"
        case recursiveAlias = "Y011"
        case undefinedAlias = "Y012"
        case tooDeep = "Y013"
        case unknownTag = "Y014"
        case misplacedTag = "Y015"
        case complexKey = "Y016"
        case aliasKey = "Y017"
        case invalidMerge = "Y018"
        case multipleDocuments = "Y019"
        case topLevelNotMapping = "Y020"
    }

    init(
        _ code: Code,
        _ message: String,
        hint: String? = nil,
        at location: SourceLocation,
        related: [RelatedLocation] = []
    ) {
        diagnostic = Diagnostic(
            code: code.rawValue, severity: .error, message: message,
            hint: hint, location: location, related: related
        )
    }
}
