import Dispatch
import Synchronization

/// Independent read-only work spread over the machine's cores.
public enum Parallel {
    /// Runs both closures at once and returns both results. `first` runs
    /// on a thread of its own and `second` on the caller's, so `second` may
    /// itself spread its work over every core: from inside a
    /// `concurrentPerform` it could not (nested, it runs on one thread).
    public static func both<A: Sendable, B>(
        _ first: @escaping @Sendable () -> A, _ second: () -> B
    ) -> (A, B) {
        let firstResult = ResultSlot<A>()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue(label: "reglament.parallel").async {
            firstResult.value = first()
            done.signal()
        }
        let b = second()
        done.wait()
        guard let a = firstResult.value else { preconditionFailure("the first closure finished without a result") }
        return (a, b)
    }

    /// Written by one thread before it signals, read by another after the wait.
    private final class ResultSlot<Value>: @unchecked Sendable {
        var value: Value?
    }

    /// `transform` applied to each element, on all cores, results in order.
    /// The elements are taken in runs, so a long list costs a lock per run
    /// rather than per element.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let runs = runs(of: items.count)
        guard runs.count > 1 else { return items.map(transform) }
        let results = Mutex<[Int: [R]]>([:])
        DispatchQueue.concurrentPerform(iterations: runs.count) { run in
            let values = items[runs[run]].map(transform)
            results.withLock { $0[run] = values }
        }
        return results.withLock { results in runs.indices.flatMap { results[$0] ?? [] } }
    }

    /// `0..<count` cut into `parts` consecutive runs of nearly equal length
    /// (fewer when there are fewer elements).
    public static func runs(of count: Int, parts: Int = maximumParts) -> [Range<Int>] {
        let parts = min(count, parts)
        return (0..<parts).map { count * $0 / parts..<count * ($0 + 1) / parts }
    }

    /// Enough runs for the cores to even out uneven elements.
    public static let maximumParts = 16
}
