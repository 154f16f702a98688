import ReglamentDiagnostics

extension YAMLTreeBuilder {
    /// A sequence or mapping whose end event has not come yet.
    struct Frame {
        enum Kind { case sequence, mapping }

        let kind: Kind
        let location: SourceLocation
        let tag: String?
        let anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        /// A mapping's key whose value has not come yet.
        var key: YAMLNode?
        var keyIsMerge = false
        /// This node and everything in it, aliases counted expanded.
        var nodeCount = 1
        /// Key text to its pair's index, built once a mapping is too large
        /// for a linear scan to be cheaper than hashing.
        private var keyIndex: [String: Int]?
        private(set) var merges: [Merge] = []
        private var mergeKeyLocation: SourceLocation?

        /// The pairs a `<<` brings, and where among the explicit pairs it stood.
        struct Merge {
            var position: Int
            var sources: [[YAMLPair]]
        }

        private static let indexThreshold = 16

        init(kind: Kind, location: SourceLocation, tag: String?, anchor: String?) {
            self.kind = kind
            self.location = location
            self.tag = tag
            self.anchor = anchor
        }

        var awaitsKey: Bool { kind == .mapping && key == nil }

        /// Most collections hold a few values: starting with room for two
        /// saves the first regrowths, the bulk of a small array's cost. Not
        /// four: the tree is kept whole until the model is decoded from it,
        /// and the room a 2-item list or mapping (a script option) left
        /// unused was held at the peak, 7 MiB of the 10 MiB benchmark file's.
        /// (Trimming each array to size when it closes measured worse: the
        /// freed arrays left the heap fragmented.)
        private static let initialCapacity = 2

        mutating func add(_ item: consuming YAMLNode) {
            if items.isEmpty { items.reserveCapacity(Self.initialCapacity) }
            items.append(item)
        }

        mutating func add(_ pair: consuming YAMLPair) {
            if pairs.isEmpty { pairs.reserveCapacity(Self.initialCapacity) }
            pairs.append(pair)
        }

        /// Takes a scalar key, refusing one already written in this mapping.
        /// Keys compare by text whatever their quoting: consumers read them
        /// by `keyText`, so `1` and `"1"` would be the same key to them.
        mutating func setKey(_ key: consuming YAMLNode) throws(YAMLLoadError) {
            guard case .scalar(let scalar) = key.content else { return }
            if scalar.style == .plain && scalar.value == "<<" {
                if let first = mergeKeyLocation { throw Self.duplicate("<<", at: key.location, first: first) }
                mergeKeyLocation = key.location
                keyIsMerge = true
            } else {
                if let first = indexOfKey(scalar.value) {
                    throw Self.duplicate(scalar.value, at: key.location, first: pairs[first].key.location)
                }
                index(scalar.value)
            }
            self.key = key
        }

        private func indexOfKey(_ text: String) -> Int? {
            if let keyIndex { return keyIndex[text] }
            for position in pairs.indices {
                if case .scalar(let scalar) = pairs[position].key.content, scalar.value == text { return position }
            }
            return nil
        }

        /// Records the key of the pair about to be added at `pairs.count`.
        private mutating func index(_ text: String) {
            if keyIndex == nil {
                guard pairs.count >= Self.indexThreshold else { return }
                var index: [String: Int] = [:]
                index.reserveCapacity(pairs.count * 2)
                for (position, pair) in pairs.enumerated() { index[pair.keyText] = position }
                keyIndex = index
            }
            keyIndex?[text] = pairs.count
        }

        /// Takes the value of `<<`: a mapping, or a list of mappings.
        mutating func addMerge(_ value: YAMLNode) throws(YAMLLoadError) {
            var sources: [[YAMLPair]] = []
            switch value.content {
            case .mapping(let pairs):
                sources = [pairs]
            case .sequence(let items):
                for item in items {
                    guard case .mapping(let pairs) = item.content else { throw Self.invalidMerge(item) }
                    sources.append(pairs)
                }
            case .scalar:
                throw Self.invalidMerge(value)
            }
            merges.append(Merge(position: pairs.count, sources: sources))
        }

        /// The explicit pairs with the merged ones in the place of their `<<`:
        /// an explicit key wins over a merged one wherever it is written, and
        /// of merged mappings the earlier wins.
        func mergedPairs() -> [YAMLPair] {
            var seen = Set(pairs.map(\.keyText))
            var result: [YAMLPair] = []
            result.reserveCapacity(pairs.count)
            var next = 0
            for merge in merges {
                result += pairs[next..<merge.position]
                next = merge.position
                for source in merge.sources {
                    for pair in source where seen.insert(pair.keyText).inserted {
                        result.append(pair)
                    }
                }
            }
            result += pairs[next...]
            return result
        }

        private static func duplicate(_ key: String, at location: SourceLocation, first: SourceLocation) -> YAMLLoadError {
            YAMLLoadError(
                .duplicateKey, "duplicate key '\(key)' in this mapping",
                hint: "a key may be written once per mapping; remove or rename one of them",
                at: location,
                related: [RelatedLocation(message: "'\(key)' is first written here", location: first)])
        }

        private static func invalidMerge(_ value: YAMLNode) -> YAMLLoadError {
            YAMLLoadError(
                .invalidMerge, "the merge key '<<' needs a mapping or a list of mappings, found a \(value.kindName)",
                hint: "write '<<: *anchor' where '&anchor' names a mapping", at: value.location)
        }
    }
}
