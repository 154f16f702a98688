import Foundation
import ReglamentRun
import ReglamentStore
import ReglamentTestSupport
import Testing

/// The conformance suite against SQLite, plus what only a file can show.
struct SQLiteCallStoreTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-store-\(UUID().uuidString)/calls.sqlite").path
    var conformance: CallStoreConformance {
        let path = self.path
        return CallStoreConformance { try SQLiteCallStore(path: path) }
    }

    @Test func referencesAreSequentialPerShopAndDay() async throws { try await conformance.referencesAreSequentialPerShopAndDay() }
    @Test func concurrentCallsGetDistinctReferences() async throws { try await conformance.concurrentCallsGetDistinctReferences() }
    @Test func eventsRoundTripInOrder() async throws { try await conformance.eventsRoundTripInOrder() }
    @Test func outOfOrderEventIsRefused() async throws { try await conformance.outOfOrderEventIsRefused() }
    @Test func finishWritesOutcomeWithOrderOrMessageOnce() async throws { try await conformance.finishWritesOutcomeWithOrderOrMessageOnce() }
    @Test func confirmationAttemptsInOrder() async throws { try await conformance.confirmationAttemptsInOrder() }
    @Test func unknownCallIsAnError() async throws { try await conformance.unknownCallIsAnError() }
    @Test func outboxClaimIsTakenOnce() async throws { try await conformance.outboxClaimIsTakenOnce() }
    @Test func outboxRetriesAndFails() async throws { try await conformance.outboxRetriesAndFails() }
    @Test func abandonedClaimsAreReleasedSafely() async throws { try await conformance.abandonedClaimsAreReleasedSafely() }

    @Test func everyEventIsOnDiskInWALWithFullSync() throws {
        let settings = try SQLiteCallStore(path: path).settings()
        #expect(settings.journalMode == "wal")
        #expect(settings.synchronous == 2)
    }

    @Test func aSecondStoreOnTheFileSeesCommittedEvents() async throws {
        let writer = try SQLiteCallStore(path: path)
        let call = try await conformance.begin(writer)
        try await writer.append(CallEvent(sequence: 1, at: Date(), kind: .shown(step: "greeting")), toCall: call.reference, shop: call.shop)
        let reader = try SQLiteCallStore(path: path)
        #expect(try await reader.events(ofCall: call.reference, shop: call.shop).count == 1)
    }

    @Test func aFileThatIsNotADatabaseIsAClearError() throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "это не база данных, а текст".write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try SQLiteCallStore(path: path)
        } throws: { error in
            "\(error)".contains("cannot open the call database '\(path)'")
        }
    }

    @Test func eventsCannotBeRewritten() async throws {
        let store = try SQLiteCallStore(path: path)
        let call = try await conformance.begin(store)
        try await store.append(CallEvent(sequence: 1, at: Date(), kind: .shown(step: "greeting")), toCall: call.reference, shop: call.shop)
        let sqlite = try ExternalTool.python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            for statement in ["UPDATE call_events SET payload = '{}'", "DELETE FROM call_events"]:
                try:
                    db.execute(statement); db.commit(); print("allowed:", statement); sys.exit(1)
                except sqlite3.DatabaseError as error:
                    assert "append-only" in str(error), error
            """, arguments: [path])
        #expect(sqlite.status == 0, "\(sqlite.output)")
    }
}
