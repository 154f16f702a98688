import ReglamentDiagnostics

extension YAMLTreeBuilder {
    /// A sequence or mapping whose end event has not come yet. Its finished
    /// entries are on the builder's `pending` stack from `firstEntry` on: a
    /// mapping's as key, value, key, value.
    struct Frame {
        let kind: YAMLNode.Kind
        let location: SourceLocation
        let tag: YAMLNode.CoreTag?
        let anchor: String?
        let firstEntry: Int
        /// This value and everything in it, aliases counted expanded.
        var nodeCount = 1
        /// A mapping whose next value is a key (not the value of one).
        var awaitsKey: Bool
        /// The key just taken was `<<`: its value is merged, not stored.
        var keyIsMerge = false
        /// Key text to its pair's position, built once a mapping is too
        /// large for a linear scan to be cheaper than hashing.
        private var keyIndex: [String: Int]?
        private(set) var merges: [Merge] = []
        private var mergeKeyLocation: SourceLocation?

        /// The mappings a `<<` brings, and where among the explicit pairs it stood.
        struct Merge {
            var position: Int
            var sources: [Int32]
        }

        private static let indexThreshold = 16

        init(kind: YAMLNode.Kind, location: SourceLocation, tag: YAMLNode.CoreTag?, anchor: String?, firstEntry: Int) {
            self.kind = kind
            self.location = location
            self.tag = tag
            self.anchor = anchor
            self.firstEntry = firstEntry
            self.awaitsKey = kind == .mapping
        }

        /// Takes a scalar key, refusing one already written in this mapping;
        /// true when the key is to be stored (false for `<<`). Keys compare
        /// by text whatever their quoting: consumers read them by text, so
        /// `1` and `"1"` would be the same key to them.
        mutating func takeKey(_ key: Int32, pending: [Int32], in storage: borrowing YAMLNodeStorage) throws(YAMLLoadError) -> Bool {
            awaitsKey = false
            let record = storage.record(key)
            let text = storage.bytes(of: record)
            if record.style == .plain && text.elementsEqual("<<".utf8) {
                if let first = mergeKeyLocation { throw Self.duplicate("<<", at: record.location, first: first) }
                mergeKeyLocation = record.location
                keyIsMerge = true
                return false
            }
            let pairs = (pending.count - firstEntry) / 2
            if let first = position(of: text, pending: pending, pairs: pairs, in: storage) {
                let firstKey = storage.record(pending[firstEntry + 2 * first])
                throw Self.duplicate(String(decoding: text, as: UTF8.self), at: record.location, first: firstKey.location)
            }
            index(text, at: pairs, pending: pending, in: storage)
            return true
        }

        private func position(of text: UnsafeBufferPointer<UInt8>, pending: [Int32], pairs: Int, in storage: borrowing YAMLNodeStorage) -> Int? {
            if let keyIndex { return keyIndex[String(decoding: text, as: UTF8.self)] }
            for pair in 0..<pairs {
                let key = storage.record(pending[firstEntry + 2 * pair])
                // The length first: it tells most keys of a mapping apart.
                if key.count == text.count && storage.bytes(of: key).elementsEqual(text) { return pair }
            }
            return nil
        }

        /// Records the key of the pair about to be added at `position`.
        private mutating func index(_ text: UnsafeBufferPointer<UInt8>, at position: Int, pending: [Int32], in storage: borrowing YAMLNodeStorage) {
            if keyIndex == nil {
                guard position >= Self.indexThreshold else { return }
                var index: [String: Int] = [:]
                index.reserveCapacity(position * 2)
                for pair in 0..<position {
                    index[Self.text(of: pending[firstEntry + 2 * pair], in: storage)] = pair
                }
                keyIndex = index
            }
            keyIndex?[String(decoding: text, as: UTF8.self)] = position
        }

        /// Takes the value of `<<`: a mapping, or a list of mappings.
        mutating func addMerge(_ value: Int32, in storage: borrowing YAMLNodeStorage, pairsSoFar: Int) throws(YAMLLoadError) {
            keyIsMerge = false
            awaitsKey = true
            let record = storage.record(value)
            var sources: [Int32] = []
            switch record.kind {
            case .mapping:
                sources = [value]
            case .sequence:
                for item in 0..<Int(record.count) {
                    let source = storage.entry(item, of: record)
                    guard storage.record(source).kind == .mapping else { throw Self.invalidMerge(source, in: storage) }
                    sources.append(source)
                }
            case .scalar:
                throw Self.invalidMerge(value, in: storage)
            }
            merges.append(Merge(position: pairsSoFar, sources: sources))
        }

        /// The explicit pairs with the merged ones in the place of their `<<`:
        /// an explicit key wins over a merged one wherever it is written, and
        /// of merged mappings the earlier wins.
        func mergedEntries(_ explicit: UnsafeBufferPointer<Int32>, in storage: borrowing YAMLNodeStorage) -> [Int32] {
            var seen: Set<String> = []
            for key in stride(from: explicit.startIndex, to: explicit.endIndex, by: 2) {
                seen.insert(Self.text(of: explicit[key], in: storage))
            }
            var result: [Int32] = []
            result.reserveCapacity(explicit.count)
            var next = explicit.startIndex
            for merge in merges {
                let end = explicit.startIndex + 2 * merge.position
                result += explicit[next..<end]
                next = end
                for source in merge.sources {
                    let mapping = storage.record(source)
                    for pair in 0..<Int(mapping.count) {
                        let key = storage.entry(2 * pair, of: mapping)
                        if seen.insert(Self.text(of: key, in: storage)).inserted {
                            result += [key, storage.entry(2 * pair + 1, of: mapping)]
                        }
                    }
                }
            }
            result += explicit[next...]
            return result
        }

        private static func text(of scalar: Int32, in storage: borrowing YAMLNodeStorage) -> String {
            String(decoding: storage.bytes(of: storage.record(scalar)), as: UTF8.self)
        }

        private static func duplicate(_ key: String, at location: SourceLocation, first: SourceLocation) -> YAMLLoadError {
            YAMLLoadError(
                .duplicateKey, "duplicate key '\(key)' in this mapping",
                hint: "a key may be written once per mapping; remove or rename one of them",
                at: location,
                related: [RelatedLocation(message: "'\(key)' is first written here", location: first)])
        }

        private static func invalidMerge(_ value: Int32, in storage: borrowing YAMLNodeStorage) -> YAMLLoadError {
            YAMLLoadError(
                .invalidMerge, "the merge key '<<' needs a mapping or a list of mappings, found a \(storage.kindName(of: value))",
                hint: "write '<<: *anchor' where '&anchor' names a mapping", at: storage.record(value).location)
        }
    }
}
