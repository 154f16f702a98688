import ReglamentDiagnostics
import ReglamentYAML

/// Merges the files a regulation includes (`include: [geography.yaml]`)
/// into its tree. Lists from several files are joined (zones from a
/// geography file add to the main file's); a scalar or a section given in
/// two files is a conflict, reported with both places.
struct IncludeResolver {
    let yaml: YAMLLoader
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var files: [String] = []

    init(yaml: YAMLLoader) {
        self.yaml = yaml
    }

    mutating func resolve(_ root: YAMLNode, file: String) -> YAMLNode {
        files.append(file)
        guard case .mapping(var pairs) = root.content else { return root }
        guard let includeIndex = pairs.firstIndex(where: { $0.keyText == "include" }),
              case .sequence(let entries) = pairs[includeIndex].value.content
        else { return root }
        var merged = root
        for entry in entries {
            guard case .scalar(let scalar) = entry.content, !scalar.isNull else { continue }  // the shape check reports it
            let path = IncludeResolver.path(scalar.value, relativeTo: file)
            if files.contains(path) {
                diagnostics.append(Diagnostic(
                    code: ShapeCode.badInclude, severity: .error,
                    message: "'\(scalar.value)' is included more than once or includes itself",
                    location: entry.location
                ))
                continue
            }
            let included: YAMLNode
            do {
                included = try yaml.load(contentsOf: path)
            } catch {
                diagnostics.append(Diagnostic(
                    code: ShapeCode.badInclude, severity: .error,
                    message: "cannot include '\(scalar.value)': \(error.diagnostic.message)",
                    hint: error.diagnostic.hint ?? "paths are relative to \(file)",
                    location: entry.location,
                    related: error.diagnostic.location.line > 0
                        ? [RelatedLocation(message: "the problem is here", location: error.diagnostic.location)] : []
                ))
                continue
            }
            // An included file may include others, relative to itself.
            let expanded = resolve(included, file: path)
            if case .mapping(var includedPairs) = expanded.content {
                includedPairs.removeAll { $0.keyText == "include" }
                pairs = merge(pairs, includedPairs)
            }
        }
        merged.content = .mapping(pairs)
        return merged
    }

    private mutating func merge(_ base: [YAMLPair], _ addition: [YAMLPair]) -> [YAMLPair] {
        var result = base
        for pair in addition {
            guard let index = result.firstIndex(where: { $0.keyText == pair.keyText }) else {
                result.append(pair)
                continue
            }
            switch (result[index].value.content, pair.value.content) {
            case (.sequence(let first), .sequence(let second)):
                result[index].value.content = .sequence(first + second)
            case (.mapping(let first), .mapping(let second)):
                result[index].value.content = .mapping(merge(first, second))
            default:
                diagnostics.append(Diagnostic(
                    code: ShapeCode.conflictingSections, severity: .error,
                    message: "'\(pair.keyText)' is given in two files",
                    hint: "keep one of them, or make both lists so they are joined",
                    location: pair.key.location,
                    related: [RelatedLocation(message: "also given here", location: result[index].key.location)]
                ))
            }
        }
        return result
    }

    static func path(_ include: String, relativeTo file: String) -> String {
        if include.hasPrefix("/") { return include }
        guard let slash = file.lastIndex(of: "/") else { return include }
        return String(file[...slash]) + include
    }
}
