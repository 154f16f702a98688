import Foundation
import ReglamentRun
import ReglamentStore
import Testing
@testable import ReglamentAudit

/// A checked regulation puts consent before every personal field, so the
/// engine never skips it; a log written by another runner (or an older
/// regulation) can. These calls are appended through the store's own API.
@Suite struct ConsentOrderLogTests {
    @Test func personalFieldBeforeConsentIsReported() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-consent-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteCallStore(path: folder.appendingPathComponent("calls.sqlite").path)
        let at = try Date("2026-11-25T12:00:00+03:00", strategy: .iso8601)
        func call(_ kinds: [CallEvent.Kind]) async throws -> String {
            let record = try await store.beginCall(
                shop: "uyut", prefix: "UYUT", version: "v1", script: "inbound", operatorName: "Ольга", direction: .inbound, orderReference: nil, at: at)
            let events = kinds.enumerated().map { CallEvent(sequence: $0.offset + 1, at: at.addingTimeInterval(Double($0.offset)), kind: $0.element) }
            try await store.append(events, toCall: record.reference, shop: "uyut")
            return record.reference
        }
        let skipped = try await call([
            .started(script: "inbound", operatorName: "Ольга"), .shown(step: "greeting"),
            .captured(step: "greeting", field: "phone", value: "+79135551234"), .shown(step: "consent"),
        ])
        _ = try await call([
            .started(script: "inbound", operatorName: "Ольга"), .shown(step: "consent"), .shown(step: "contacts/phone"),
            .captured(step: "contacts/phone", field: "phone", value: "+79135551234"),
        ])
        // Not personal: the caller's index known before the call, and the gift wrap.
        _ = try await call([
            .started(script: "inbound", operatorName: "Ольга"), .captured(step: "greeting", field: "caller.postal_index", value: "630099"),
            .shown(step: "greeting"), .captured(step: "items/gift_wrap", field: "gift_wrap", value: "kraft"),
        ])
        let tallies = try await store.tallies(CallLogQuery(
            shop: "uyut", consentSteps: ["inbound/consent"], personalFields: ["full_name", "phone", "postal_index", "address"]))
        #expect(tallies.consentSkipped.map(\.reference) == [skipped])
        #expect(tallies.abandoned.count == 3)
        #expect(tallies.steps.first { $0.step == "greeting" }?.calls == 2)
    }
}
