import Foundation
import ReglamentCompile
import ReglamentModel

/// Drives a call session against a store: every event the session adds is
/// stored before the runner shows the next step, and the outcome is
/// stored with its order or message in one transaction.
public struct CallRunner: Sendable {
    public let store: any CallStore
    public let compiled: CompiledRegulation
    public let validator: any FieldValidating
    /// Writes the owner's emails for an outcome; none are queued without it.
    public let mailer: (any OutcomeMailComposing)?

    public init(store: any CallStore, compiled: CompiledRegulation, validator: any FieldValidating, mailer: (any OutcomeMailComposing)? = nil) {
        self.store = store
        self.compiled = compiled
        self.validator = validator
        self.mailer = mailer
    }

    /// Opens a call on `script` (the first inbound script when nil).
    public func begin(
        script id: String? = nil, operatorName: String, order: OrderRecord? = nil, clientPostalIndex: String? = nil, at now: Date
    ) async throws -> CallSession {
        let direction: CallDirection = order == nil ? .inbound : .outbound
        guard let script = compiled.scripts.first(where: { id == nil ? $0.direction == direction : $0.id == id }) else {
            throw RunnerError.noScript(id ?? direction.rawValue)
        }
        let record = try await store.beginCall(
            shop: compiled.shop.id, prefix: ReferencePrefix.of(shop: compiled.shop.id), version: compiled.version,
            script: script.id, operatorName: operatorName, direction: script.direction,
            orderReference: order?.reference, at: now)
        let session = CallSession.start(
            compiled, script: script, record: record, validator: validator, order: order, clientPostalIndex: clientPostalIndex, at: now)
        try await save(session.events, of: session, at: now)
        return session
    }

    /// Performs the action and stores what it produced; a refused action
    /// stores only the refusal, and the operator stays on the step.
    public func perform(_ action: OperatorAction, on session: inout CallSession, at now: Date) async throws -> Result<Void, ActionRefusal> {
        let before = session.events.count
        let result: Result<Void, ActionRefusal>
        do {
            try session.perform(action, at: now)
            result = .success(())
        } catch {
            result = .failure(error)
        }
        try await save(Array(session.events[before...]), of: session, at: now)
        return result
    }

    /// The call `reference` as it was when it stopped, with every field captured.
    public func resume(_ reference: String) async throws -> CallSession {
        guard let record = try await store.call(reference, shop: compiled.shop.id) else { throw RunnerError.unknownCall(reference) }
        guard record.version == compiled.version else { throw RunnerError.otherVersion(reference, record.version) }
        guard let script = compiled.scripts.first(where: { $0.id == record.script }) else { throw RunnerError.noScript(record.script) }
        let events = try await store.events(ofCall: reference, shop: compiled.shop.id)
        let session = CallSession.resume(compiled, script: script, record: record, validator: validator, events: events)
        // An older log may hold the ending without the outcome: finish it now.
        if session.isOver, record.outcome == nil { try await finish(session, at: events.last?.at ?? Date()) }
        return session
    }

    private func save(_ events: [CallEvent], of session: CallSession, at now: Date) async throws {
        if session.isOver, events.contains(where: { if case .ended = $0.kind { true } else { false } }) {
            try await finish(session, at: now, events: events)
        } else {
            try await store.append(events, toCall: session.record.reference, shop: session.record.shop)
        }
    }

    /// The outcome, its order or message, their mails and the step's last events, in one transaction.
    private func finish(_ session: CallSession, at now: Date, events: [CallEvent] = []) async throws {
        let (order, message) = session.outcomeRecords(at: now)
        let mail = mailer?.mails(
            for: session.record, order: order, message: message, notifications: session.notificationRecords(at: now), at: now) ?? []
        try await store.finish(
            call: session.record.reference, shop: session.record.shop, outcome: session.outcome ?? .closed, at: now,
            order: order, message: message, mail: mail, events: events)
        if session.record.direction == .outbound, let order = session.record.orderReference {
            let status: OrderStatus = switch session.outcome {
            case .order: .confirmed
            case .closed: .cancelled
            case .message, .transfer, nil: .new
            }
            try await store.updateOrderStatus(order, shop: session.record.shop, status: status)
        }
    }
}

public enum RunnerError: Error, CustomStringConvertible {
    case noScript(String)
    case unknownCall(String)
    case otherVersion(String, String)

    public var description: String {
        switch self {
        case .noScript(let id): "the regulation has no script '\(id)'"
        case .unknownCall(let reference): "no call '\(reference)' in this database for this shop"
        case .otherVersion(let reference, let version):
            "call '\(reference)' was taken on regulation version \(version.prefix(12)); compile that version to resume it"
        }
    }
}
