import Foundation
import ReglamentRun
import Synchronization

/// The calls this server is showing, kept in memory between requests so a
/// step does not decode and fold the whole log again. The log stays the
/// truth: a kept call is used only while the log has exactly its events
/// (another server or the terminal may have gone on), else it is rebuilt.
final class LiveCalls: Sendable {
    private let limit: Int
    private let kept = Mutex([String: (session: CallSession, used: UInt64)]())
    private let clock = Atomic<UInt64>(0)

    init(limit: Int = 5000) {
        self.limit = limit
    }

    func session(_ reference: String, shop: String) -> CallSession? {
        let tick = clock.wrappingAdd(1, ordering: .relaxed).newValue
        return kept.withLock { kept in
            let key = Self.key(reference, shop)
            kept[key]?.used = tick
            return kept[key]?.session
        }
    }

    func keep(_ session: CallSession) {
        let tick = clock.wrappingAdd(1, ordering: .relaxed).newValue
        kept.withLock { kept in
            kept[Self.key(session.record.reference, session.record.shop)] = (session, tick)
            // Past the limit, the least recently used half goes: a reload rebuilds it from the log.
            if kept.count > limit {
                let oldest = kept.sorted { $0.value.used < $1.value.used }.prefix(kept.count / 2).map(\.key)
                for key in oldest { kept[key] = nil }
            }
        }
    }

    private static func key(_ reference: String, _ shop: String) -> String { shop + "\u{1F}" + reference }
}
