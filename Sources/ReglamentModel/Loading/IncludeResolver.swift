import ReglamentDiagnostics
import ReglamentYAML

/// Merges the files a regulation includes (`include: [geography.yaml]`)
/// into one document. Lists from several files are joined (zones from a
/// geography file add to the main file's); a scalar or a section given in
/// two files is a conflict, reported with both places.
struct IncludeResolver {
    let yaml: YAMLLoader
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var files: [String] = []
    /// The included files, held while the merged document is written from them.
    private var included: [YAMLDocument] = []

    init(yaml: YAMLLoader) {
        self.yaml = yaml
    }

    /// `document` itself when it includes nothing, else a new document with
    /// the included files merged in.
    mutating func resolve(_ document: YAMLDocument, file: String) -> YAMLDocument {
        let root = document.root
        guard let pairs = pairsWithIncludes(of: root, file: file) else { return document }
        var composer = YAMLComposer()
        let merged = Self.write(.mapping(pairs, at: root.location), into: &composer)
        let result = composer.document(root: merged)
        withExtendedLifetime(document) {}
        return result
    }

    /// A value of the merged document before it is written.
    private indirect enum Merged {
        case node(YAMLNode)
        case sequence([YAMLNode], at: SourceLocation)
        case mapping([MergedPair], at: SourceLocation)

        var items: [YAMLNode]? {
            switch self {
            case .node(let node): node.kind == .sequence ? Array(node.items) : nil
            case .sequence(let items, _): items
            case .mapping: nil
            }
        }

        var pairs: [MergedPair]? {
            switch self {
            case .node(let node): node.kind == .mapping ? IncludeResolver.pairs(of: node) : nil
            case .sequence: nil
            case .mapping(let pairs, _): pairs
            }
        }

        var location: SourceLocation {
            switch self {
            case .node(let node): node.location
            case .sequence(_, let location), .mapping(_, let location): location
            }
        }
    }

    private typealias MergedPair = (key: YAMLNode, value: Merged)

    /// The top-level pairs with every included file's added, or nil when the
    /// file includes nothing.
    private mutating func pairsWithIncludes(of root: YAMLNode, file: String) -> [MergedPair]? {
        files.append(file)
        guard let entries = root["include"], entries.kind == .sequence else { return nil }
        var pairs = Self.pairs(of: root)
        for entry in entries.items {
            guard let name = entry.text, !entry.isNull else { continue }  // the shape check reports it
            let path = FilePathText.resolve(name, relativeTo: file)
            guard RegulationFolder.contains(path, mainFile: files[0]) else {
                // Nothing of the file is read: not even its first line may reach a diagnostic.
                diagnostics.append(BadIncludeRule.outsideFolder(name, at: entry.location))
                continue
            }
            if files.contains(path) {
                diagnostics.append(BadIncludeRule.includedTwice(name, at: entry.location))
                continue
            }
            let document: YAMLDocument
            do {
                document = try yaml.load(contentsOf: path)
            } catch {
                diagnostics.append(BadIncludeRule.unreadable(name, problem: error.diagnostic, includedFrom: file, at: entry.location))
                continue
            }
            included.append(document)
            // An included file may include others, relative to itself.
            let includedPairs = pairsWithIncludes(of: document.root, file: path) ?? Self.pairs(of: document.root)
            pairs = merge(pairs, includedPairs.filter { !$0.key.hasText("include") })
        }
        return pairs
    }

    private mutating func merge(_ base: [MergedPair], _ addition: [MergedPair]) -> [MergedPair] {
        var result = base
        for pair in addition {
            guard let index = result.firstIndex(where: { $0.key.text == pair.key.text }) else {
                result.append(pair)
                continue
            }
            let first = result[index].value
            if let firstItems = first.items, let secondItems = pair.value.items {
                result[index].value = .sequence(firstItems + secondItems, at: first.location)
            } else if let firstPairs = first.pairs, let secondPairs = pair.value.pairs {
                result[index].value = .mapping(merge(firstPairs, secondPairs), at: first.location)
            } else {
                diagnostics.append(ConflictingSectionsRule.diagnostic(
                    pair.key.text ?? "", at: pair.key.location, alsoAt: result[index].key.location
                ))
            }
        }
        return result
    }

    private static func pairs(of mapping: YAMLNode) -> [MergedPair] {
        mapping.pairs.map { (key: $0.key, value: .node($0.value)) }
    }

    private static func write(_ value: Merged, into composer: inout YAMLComposer) -> YAMLComposer.Value {
        switch value {
        case .node(let node):
            return composer.copy(node)
        case .sequence(let items, let location):
            var written: [YAMLComposer.Value] = []
            for item in items { written.append(composer.copy(item)) }
            return composer.sequence(written, at: location)
        case .mapping(let pairs, let location):
            var written: [(key: YAMLComposer.Value, value: YAMLComposer.Value)] = []
            for pair in pairs { written.append((composer.copy(pair.key), write(pair.value, into: &composer))) }
            return composer.mapping(written, at: location)
        }
    }

}
