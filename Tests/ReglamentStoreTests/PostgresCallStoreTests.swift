import Foundation
import ReglamentAccess
import ReglamentPostgres
import ReglamentRun
import ReglamentTestSupport
import Testing

/// What only PostgreSQL shows (the conformance suites run on it in
/// `StoreConformanceTests`), each test on a new database of the throw-away
/// cluster (`PostgresCluster`): several processes over one server — two
/// stores here are two pools, as two `reglament serve` processes would hold —,
/// durability settings, errors and URLs.
@Suite struct PostgresCallStoreTests {
    static func store() async throws -> PostgresCallStore {
        try await PostgresCallStore(PostgresLocation(url: try await PostgresCluster.shared.newDatabase()))
    }

    var conformance: CallStoreConformance { CallStoreConformance { try await Self.store() } }

    @Test func everyCommitWaitsForTheDisk() async throws {
        let store = try await Self.store()
        #expect(try await store.setting("synchronous_commit") == "on")
        #expect(try await store.setting("fsync") == "on")
    }

    /// Servers starting together on a new database: each migrates under the lock, none repeats another's work.
    @Test func serversStartingTogetherMigrateOnce() async throws {
        let url = try await PostgresCluster.shared.newDatabase()
        let location = try PostgresLocation(url: url)
        let stores = try await withThrowingTaskGroup(of: PostgresCallStore.self) { group in
            for _ in 0..<4 { group.addTask { try await PostgresCallStore(location, maximumConnections: 4) } }
            return try await group.reduce(into: [PostgresCallStore]()) { $0.append($1) }
        }
        #expect(stores.count == 4)
        let call = try await conformance.begin(stores[0])
        #expect(try await stores[3].call(call.reference, shop: call.shop) == call)
    }

    /// Two servers taking calls of one shop at once: every reference is new; what one committed the other reads.
    @Test func twoServersNeverShareAReference() async throws {
        let location = try PostgresLocation(url: try await PostgresCluster.shared.newDatabase())
        let first = try await PostgresCallStore(location), second = try await PostgresCallStore(location)
        let references = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<60 {
                let store = index % 2 == 0 ? first : second
                group.addTask { try await conformance.begin(store).reference }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(references).count == 60)
        let call = try await conformance.begin(first)
        try await first.append(CallEvent(sequence: 1, at: Date(), kind: .shown(step: "greeting")), toCall: call.reference, shop: call.shop)
        #expect(try await second.events(ofCall: call.reference, shop: call.shop).count == 1)
        await #expect(throws: StoreError.outOfOrder(call: call.reference, expected: 2, got: 1)) {
            try await second.append(CallEvent(sequence: 1, at: Date(), kind: .shown(step: "again")), toCall: call.reference, shop: call.shop)
        }
    }

    /// Outbox workers of two servers: each mail is claimed by one of them.
    @Test func twoServersClaimEachMailOnce() async throws {
        let location = try PostgresLocation(url: try await PostgresCluster.shared.newDatabase())
        let first = try await PostgresCallStore(location), second = try await PostgresCallStore(location)
        var ids: [Int64] = []
        for _ in 0..<10 { ids.append(try #require(try await conformance.queuedMail(in: first).id)) }
        let noon = conformance.noon
        let claimed = try await withThrowingTaskGroup(of: Int64?.self) { group in
            for id in ids {
                for store in [first, second, first, second] {
                    group.addTask { try await store.claim(id, at: noon, leaseUntil: noon.addingTimeInterval(600)) ? id : nil }
                }
            }
            return try await group.reduce(into: [Int64]()) { if let id = $1 { $0.append(id) } }
        }
        #expect(claimed.sorted() == ids.sorted(), "each mail claimed exactly once")
    }

    @Test func eventsCannotBeRewritten() async throws {
        let url = try await PostgresCluster.shared.newDatabase()
        let store = try await PostgresCallStore(PostgresLocation(url: url))
        let call = try await conformance.begin(store)
        try await store.append(CallEvent(sequence: 1, at: Date(), kind: .shown(step: "greeting")), toCall: call.reference, shop: call.shop)
        for statement in ["UPDATE call_events SET payload = '{}'", "DELETE FROM call_events"] {
            let psql = try ChildProcess.run("/usr/lib/postgresql/15/bin/psql", [url, "-v", "ON_ERROR_STOP=1", "-c", statement])
            #expect(psql.status != 0 && psql.combined.contains("append-only"), "\(statement): \(psql.combined)")
        }
    }

    /// A server that is not there: a StoreError naming the URL (never its password), in one line.
    @Test func noServerIsAClearError() async throws {
        let port = try await PostgresCluster.shared.port()
        let location = try PostgresLocation(url: "postgres://olga:secret@127.0.0.1:\(port == 1 ? 2 : 1)/calls")
        await #expect {
            _ = try await PostgresCallStore(location)
        } throws: { error in
            guard case StoreError.cannotOpen(let named, _) = error else { return false }
            return named == "postgres://olga@127.0.0.1:1/calls" && !"\(error)".contains("secret") && !"\(error)".contains("\n")
        }
        let missing = try PostgresLocation(url: "postgres://postgres@127.0.0.1:\(port)/no_such_database")
        await #expect {
            _ = try await PostgresCallStore(missing)
        } throws: { error in
            guard case StoreError.cannotOpen(_, let reason) = error else { return false }
            return reason.contains("no such database")
        }
    }

    @Test(arguments: [
        ("postgres://olga@db.example:6543/calls", "postgres://olga@db.example:6543/calls"),
        ("postgresql://olga:pa%40ss@127.0.0.1/calls?sslmode=disable", "postgres://olga@127.0.0.1:5432/calls"),
        ("postgres://olga@/calls?host=/run/postgresql", "postgres://olga@/calls?host=/run/postgresql"),
    ])
    func urlsAreRead(url: String, shown: String) throws {
        #expect(try PostgresLocation(url: url).description == shown)
    }

    @Test func theSocketAndThePasswordAreRead() throws {
        let location = try PostgresLocation(url: "postgresql://olga:pa%40ss@/calls?host=/run/postgresql&sslmode=require")
        #expect(location.endpoint == .socket(path: "/run/postgresql/.s.PGSQL.5432") && location.password == "pa@ss" && location.tls == .require)
    }

    @Test(arguments: ["postgres://db.example/calls", "postgres://olga@db.example/", "postgres://olga@db.example/calls?sslmode=maybe", "postgres://olga@db.example/calls?x=1"])
    func badURLsAreRefused(url: String) {
        #expect(throws: PostgresLocation.Problem.self) { try PostgresLocation(url: url) }
    }
}
