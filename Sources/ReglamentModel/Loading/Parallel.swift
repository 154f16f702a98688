import Dispatch
import Synchronization

/// Independent read-only work spread over the machine's cores.
public enum Parallel {
    /// Runs both closures at once and returns both results.
    public static func both<A: Sendable, B: Sendable>(
        _ first: @Sendable () -> A, _ second: @Sendable () -> B
    ) -> (A, B) {
        let firstResult = Mutex<A?>(nil)
        let secondResult = Mutex<B?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                let value = first()
                firstResult.withLock { $0 = value }
            } else {
                let value = second()
                secondResult.withLock { $0 = value }
            }
        }
        guard let a = firstResult.withLock({ $0 }), let b = secondResult.withLock({ $0 }) else {
            preconditionFailure("concurrentPerform returned before both closures ran")
        }
        return (a, b)
    }

    /// `transform` applied to each element, on all cores, results in order.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let results = Mutex<[Int: R]>([:])
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let value = transform(items[index])
            results.withLock { $0[index] = value }
        }
        return results.withLock { results in items.indices.compactMap { results[$0] } }
    }
}
