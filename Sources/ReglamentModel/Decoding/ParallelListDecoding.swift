import Dispatch
import ReglamentYAML

/// Decodes a long list in parts on every core. The items of a list are
/// independent and decoding only reads the document, so the parts need no
/// coordination beyond each writing its own slot; a large regulation's
/// zones, questions and scripts are most of its decoding time. (A list
/// inside one of the parts, such as a script's steps, is decoded on that
/// part's thread: `concurrentPerform` nested in itself does not spread.)
enum ParallelListDecoding {
    /// Shorter lists are decoded in place: below this, starting the parts
    /// costs more than it saves.
    static let minimumItems = 64
    /// Up to `Parallel.maximumParts` runs, none shorter than this: scripts
    /// are few and large, so their runs must be short to even out.
    private static let itemsPerPart = 4

    static func decode<Element>(_ items: YAMLNode.Items, _ decodeItem: (YAMLNode) throws -> Element) throws -> [Element] {
        let runs = Parallel.runs(of: items.count, parts: min(Parallel.maximumParts, items.count / itemsPerPart))
        return try withoutActuallyEscaping(decodeItem) { decodeItem in
            let work = Work(items: items, runs: runs, decodeItem: decodeItem)
            defer { work.results.deallocate() }
            DispatchQueue.concurrentPerform(iterations: runs.count) { part in work.run(part) }
            var decoded: [Element] = []
            decoded.reserveCapacity(items.count)
            for part in runs.indices {
                switch work.results[part] {
                case .success(let elements)?: decoded += elements
                case .failure(let error)?: throw error
                case nil: preconditionFailure("concurrentPerform returned before part \(part) ran")
                }
            }
            return decoded
        }
    }

    /// What the parts share. Unchecked because `decodeItem` and the elements
    /// need not be `Sendable`: each part reads the document (which never
    /// changes) and writes only its own slot of `results`, and all parts
    /// end before `decode` reads the slots.
    private struct Work<Element>: @unchecked Sendable {
        let items: YAMLNode.Items
        let runs: [Range<Int>]
        let decodeItem: (YAMLNode) throws -> Element
        let results: UnsafeMutableBufferPointer<Result<[Element], any Error>?>

        init(items: YAMLNode.Items, runs: [Range<Int>], decodeItem: @escaping (YAMLNode) throws -> Element) {
            self.items = items
            self.runs = runs
            self.decodeItem = decodeItem
            results = .allocate(capacity: runs.count)
            results.initialize(repeating: nil)
        }

        func run(_ part: Int) {
            results[part] = Result { try runs[part].map { try decodeItem(items[$0]) } }
        }
    }
}
