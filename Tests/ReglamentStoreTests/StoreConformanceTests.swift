import Foundation
import ReglamentAccess
import ReglamentPostgres
import ReglamentRun
import ReglamentStore
import ReglamentTestSupport
import Testing

/// Every conformance suite against both stores, each test on a store of its
/// own: SQLite on a new file, PostgreSQL on a new database of the throw-away
/// cluster (`PostgresCluster`). What only one store shows is in
/// `SQLiteCallStoreTests`, `SQLiteUserStoreTests` and `PostgresCallStoreTests`.
@Suite struct StoreConformanceTests {
    enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case sqlite, postgres

        var testDescription: String { rawValue }
        var calls: CallStoreConformance { CallStoreConformance(makeStore: make) }
        var workspace: WorkspaceStoreConformance { WorkspaceStoreConformance(makeStore: make) }
        var access: AccessStoreConformance { AccessStoreConformance(makeStore: make) }

        @Sendable func make() async throws -> any ConformingStore {
            switch self {
            case .sqlite:
                try SQLiteCallStore(
                    path: FileManager.default.temporaryDirectory.appendingPathComponent("reglament-store-\(UUID().uuidString)/calls.sqlite").path)
            case .postgres:
                try await PostgresCallStore(PostgresLocation(url: try await PostgresCluster.shared.newDatabase()))
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func referencesAreSequentialPerShopAndDay(_ store: StoreKind) async throws { try await store.calls.referencesAreSequentialPerShopAndDay() }
    @Test(arguments: StoreKind.allCases)
    func concurrentCallsGetDistinctReferences(_ store: StoreKind) async throws { try await store.calls.concurrentCallsGetDistinctReferences() }
    @Test(arguments: StoreKind.allCases)
    func eventsRoundTripInOrder(_ store: StoreKind) async throws { try await store.calls.eventsRoundTripInOrder() }
    @Test(arguments: StoreKind.allCases)
    func outOfOrderEventIsRefused(_ store: StoreKind) async throws { try await store.calls.outOfOrderEventIsRefused() }
    @Test(arguments: StoreKind.allCases)
    func finishWritesOutcomeWithOrderOrMessageOnce(_ store: StoreKind) async throws { try await store.calls.finishWritesOutcomeWithOrderOrMessageOnce() }
    @Test(arguments: StoreKind.allCases)
    func confirmationAttemptsInOrder(_ store: StoreKind) async throws { try await store.calls.confirmationAttemptsInOrder() }
    @Test(arguments: StoreKind.allCases)
    func unknownCallIsAnError(_ store: StoreKind) async throws { try await store.calls.unknownCallIsAnError() }
    @Test(arguments: StoreKind.allCases)
    func outboxClaimIsTakenOnce(_ store: StoreKind) async throws { try await store.calls.outboxClaimIsTakenOnce() }
    @Test(arguments: StoreKind.allCases)
    func outboxRetriesAndFails(_ store: StoreKind) async throws { try await store.calls.outboxRetriesAndFails() }
    @Test(arguments: StoreKind.allCases)
    func abandonedClaimsAreReleasedSafely(_ store: StoreKind) async throws { try await store.calls.abandonedClaimsAreReleasedSafely() }
    @Test(arguments: StoreKind.allCases)
    func lostRepliesAreCounted(_ store: StoreKind) async throws { try await store.calls.lostRepliesAreCounted() }
    @Test(arguments: StoreKind.allCases)
    func openCallsOrdersAndOutcomesByShop(_ store: StoreKind) async throws { try await store.workspace.openCallsOrdersAndOutcomesByShop() }
    @Test(arguments: StoreKind.allCases)
    func messagesAreMarkedDealtWith(_ store: StoreKind) async throws { try await store.workspace.messagesAreMarkedDealtWith() }
    @Test(arguments: StoreKind.allCases)
    func oneDriverPerCall(_ store: StoreKind) async throws { try await store.workspace.oneDriverPerCall() }
    @Test(arguments: StoreKind.allCases)
    func screenPopsAreTakenOnce(_ store: StoreKind) async throws { try await store.workspace.screenPopsAreTakenOnce() }
    @Test(arguments: StoreKind.allCases)
    func talliesCountTheLog(_ store: StoreKind) async throws { try await store.workspace.talliesCountTheLog() }
    @Test(arguments: StoreKind.allCases)
    func accountsKeepTheirRoleShopsAndPassword(_ store: StoreKind) async throws { try await store.access.accountsKeepTheirRoleShopsAndPassword() }
    @Test(arguments: StoreKind.allCases)
    func grantsRevokesAndSpokenNames(_ store: StoreKind) async throws { try await store.access.grantsRevokesAndSpokenNames() }
    @Test(arguments: StoreKind.allCases)
    func sessionsLiveTouchAndEnd(_ store: StoreKind) async throws { try await store.access.sessionsLiveTouchAndEnd() }
    @Test(arguments: StoreKind.allCases)
    func tokensAreKeptByHashAndRevoked(_ store: StoreKind) async throws { try await store.access.tokensAreKeptByHashAndRevoked() }
    @Test(arguments: StoreKind.allCases)
    func aSessionIsFoundWithItsPersonAndTheirLanguage(_ store: StoreKind) async throws { try await store.access.aSessionIsFoundWithItsPersonAndTheirLanguage() }
}

/// What both stores are, and every conformance suite asks of one.
typealias ConformingStore = WorkspaceStore & ScreenPopStore & CallLogReader & UserStore & SessionStore & APITokenStore
