extension YAMLNode {
    /// The tags a node may carry: the loader refuses every tag outside YAML's
    /// core schema before it builds the node, so these seven are all there is.
    ///
    /// Kept as one byte rather than the tag's `String`: every value's
    /// record has room for it, and a large regulation has close to a
    /// million values.
    enum CoreTag: UInt8, CaseIterable, Sendable {
        case str, int, float, bool, null, map, seq

        static let prefix = "tag:yaml.org,2002:"

        /// The resolved form libyaml reports, e.g. `tag:yaml.org,2002:str`.
        var name: String { CoreTag.prefix + String(describing: self) }

        init?(name: String) {
            guard name.hasPrefix(CoreTag.prefix),
                  let tag = CoreTag.allCases.first(where: { name == $0.name })
            else { return nil }
            self = tag
        }
    }
}
