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
    /// The elements are taken in up to `maximumParts` runs, so a long list
    /// costs a lock per run rather than per element.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let parts = min(items.count, maximumParts)
        guard parts > 1 else { return items.map(transform) }
        let results = Mutex<[Int: [R]]>([:])
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let values = items[items.count * part / parts..<items.count * (part + 1) / parts].map(transform)
            results.withLock { $0[part] = values }
        }
        return results.withLock { results in (0..<parts).flatMap { results[$0] ?? [] } }
    }

    /// Enough runs for the cores to even out uneven elements.
    static let maximumParts = 16
}
