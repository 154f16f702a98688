import Dispatch
import Synchronization

/// libyaml's parse on a thread of its own, its events handed over in
/// batches: the loader builds the document from one batch while libyaml
/// parses the next, so a file loads in little more than libyaml's own time.
///
///     let pipeline = YAMLEventPipeline(bytes)
///     defer { pipeline.close() }
///     while true { let batch = pipeline.next(); ...; if batch.end != nil { break } }
final class YAMLEventPipeline: Sendable {
    /// Batches start small and double up to the largest: a file refused
    /// at its first lines (a top level that is a list, `[[[[…` nesting too
    /// deep) stops the parse before it has run far ahead, which for some
    /// hostile inputs costs libyaml more per event the further it goes.
    private static let firstBatchEvents = 64
    private static let largestBatchEvents = 2048
    /// How far the parse may run ahead of the reader, in batches: enough to
    /// keep both threads busy, little enough to bound the memory.
    private static let batchesAhead = 8

    private let batches = Mutex<[YAMLEventBatch]>([])
    /// Batches parsed and not yet taken.
    private let ready = DispatchSemaphore(value: 0)
    /// Batches the parse may still start before the reader takes one.
    private let room = DispatchSemaphore(value: 0)
    private let parsed = DispatchSemaphore(value: 0)
    private let stopped = Atomic<Bool>(false)

    init(_ bytes: [UInt8]) {
        // Raised by signals rather than created at a count: a semaphore
        // freed below the count it was created with is a crash in libdispatch,
        // and a reader that gives up early leaves `room` below it.
        for _ in 0..<Self.batchesAhead { room.signal() }
        // A queue of its own gets a thread even when the shared pool is busy,
        // so the reader waiting below can never starve the parse.
        DispatchQueue(label: "reglament.yaml-parse").async { [self] in
            parse(bytes)
        }
    }

    /// The next batch in order; the last has `end` set. Call no more after it.
    func next() -> YAMLEventBatch {
        ready.wait()
        let batch = batches.withLock { $0.removeFirst() }
        room.signal()
        return batch
    }

    /// Stops the parse if it is still running and waits for its thread.
    /// Call exactly once, after the last batch or on giving up early.
    func close() {
        stopped.store(true, ordering: .relaxed)
        room.signal()
        parsed.wait()
    }

    private func parse(_ bytes: [UInt8]) {
        defer { parsed.signal() }
        bytes.withUnsafeBufferPointer { bytes in parse(YAMLEventReader(borrowing: bytes)) }
    }

    private func parse(_ reader: consuming YAMLEventReader) {
        var batchEvents = Self.firstBatchEvents
        while true {
            room.wait()
            if stopped.load(ordering: .relaxed) { return }
            let batch = reader.nextBatch(maxEvents: batchEvents)
            batchEvents = min(batchEvents * 2, Self.largestBatchEvents)
            let isLast = batch.end != nil
            batches.withLock { $0.append(batch) }
            ready.signal()
            if isLast { return }
        }
    }
}
