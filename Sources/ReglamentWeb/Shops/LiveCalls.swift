import Foundation
import ReglamentRun
import Synchronization

/// The calls this server is showing, kept in memory between requests so a
/// step does not decode and fold the whole log again. The log stays the
/// truth: a kept call is used only while the log has exactly its events
/// (another server or the terminal may have gone on), else it is rebuilt.
/// Beside each call, who the telephone system said is calling: that is
/// fixed before the call begins, so it is looked up once.
final class LiveCalls: Sendable {
    private struct Entry {
        var session: CallSession
        var caller: AnnouncedCaller?
        var used: UInt64
    }

    private let limit: Int
    private let kept = Mutex([String: Entry]())
    private let clock = Atomic<UInt64>(0)

    init(limit: Int = 5000) {
        self.limit = limit
    }

    func session(_ reference: String, shop: String) -> CallSession? {
        use(reference, shop) { $0?.session }
    }

    func caller(_ reference: String, shop: String) -> AnnouncedCaller? {
        use(reference, shop) { $0?.caller }
    }

    func keep(_ session: CallSession) {
        let key = Self.key(session.record.reference, session.record.shop)
        let tick = clock.wrappingAdd(1, ordering: .relaxed).newValue
        kept.withLock { kept in
            kept[key] = Entry(session: session, caller: kept[key]?.caller, used: tick)
            // Past the limit, the least recently used half goes: a reload rebuilds it from the log.
            if kept.count > limit {
                let oldest = kept.sorted { $0.value.used < $1.value.used }.prefix(kept.count / 2).map(\.key)
                for key in oldest { kept[key] = nil }
            }
        }
    }

    /// Remembers the caller of a call this server keeps (a call not kept is looked up again).
    func remember(_ caller: AnnouncedCaller, reference: String, shop: String) {
        kept.withLock { $0[Self.key(reference, shop)]?.caller = caller }
    }

    private func use<T>(_ reference: String, _ shop: String, _ read: (Entry?) -> T) -> T {
        let tick = clock.wrappingAdd(1, ordering: .relaxed).newValue
        return kept.withLock { kept in
            let key = Self.key(reference, shop)
            kept[key]?.used = tick
            return read(kept[key])
        }
    }

    private static func key(_ reference: String, _ shop: String) -> String { shop + "\u{1F}" + reference }
}

/// Who the telephone system said is calling (nil number: the call was not announced), and what the shop knows of them.
struct AnnouncedCaller: Sendable {
    let number: String?
    let client: RepeatClient?
}
