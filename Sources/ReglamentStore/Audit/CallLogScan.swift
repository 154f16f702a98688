import Foundation
import GRDB
import GRDBSQLite
import ReglamentRun

/// The audit's event figures in one pass over the call log, in the order
/// events were appended (the table's own order, so SQLite reads it
/// straight through, as `SELECT kind, COUNT(*) … GROUP BY kind` would):
/// steps and options reached, escalations, transfers, notes, consent
/// order, changes at confirmation and time per step.
///
/// Each event's few values are read from its payload's bytes
/// (`EventPayload`); only notes become strings of any length. A call's
/// events come in sequence order, so each call needs only a small state:
/// the steps it has reached and when its current step was shown.
struct CallLogScan {
    /// A call of the audited shop and period, as the scan needs it.
    struct Call {
        var reference: String
        var script: Int
        var operatorIndex: Int
        var inbound: Bool
        var orderReference: String?
    }

    let calls: [Int64: Int]
    let callList: [Call]
    let scripts: [String]
    let operators: [String]
    let consentSteps: Set<String>
    let personalFields: Set<String>
    let utcOffsetSeconds: Int

    /// What one call has done so far.
    private struct CallState {
        var order = 0
        var reached: [StepKey] = []
        var chosen: [OptionKey] = []
        var shownAt: Double?
        var firstPersonal: Int?
        var consentAt: Int?
        var changedAtConfirmation = false
    }

    /// A script's step, by their numbers (the step's in `steps`).
    private struct StepKey: Hashable { var script: Int; var step: Int }
    private struct OptionKey: Hashable { var script: Int; var step: Int; var option: Int }
    private struct EscalationKey: Hashable { var rule: String; var available: Bool; var weekday: Int; var hour: Int }
    private struct TransferKey: Hashable { var rule: String; var answered: Bool }
    private struct TimeKey: Hashable { var operatorIndex: Int; var tenths: Int }

    init(calls callList: [Call], ids: [Int64], scripts: [String], operators: [String], query: CallLogQuery) {
        self.callList = callList
        calls = Dictionary(zip(ids, callList.indices), uniquingKeysWith: { first, _ in first })
        self.scripts = scripts
        self.operators = operators
        consentSteps = Set(query.consentSteps)
        personalFields = Set(query.personalFields)
        utcOffsetSeconds = query.utcOffsetSeconds
    }

    func run(_ db: Database, into tallies: inout CallLogTallies) throws {
        var states = Array(repeating: CallState(), count: callList.count)
        var stepCounts: [StepKey: (calls: Int, shown: Int)] = [:]
        var optionCounts: [OptionKey: (calls: Int, chosen: Int)] = [:]
        var escalations: [EscalationKey: Int] = [:]
        var transfers: [TransferKey: Int] = [:]
        var times: [TimeKey: Int] = [:]
        var notes: [CallLogTallies.NoteRecord] = []
        var steps = NameTable(), fields = NameTable()
        // Whether a step is a consent step, a field personal: worked out once per name.
        var consent: [StepKey: Bool] = [:]
        var personal: [Bool] = []

        // Stepped by SQLite's own calls: a GRDB row per event costs more than the whole scan.
        let statement = try db.makeStatement(sql: "SELECT call_id, at, kind, payload FROM call_events")
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            guard let index = calls[sqlite3_column_int64(handle, 0)] else { continue }
            let at = sqlite3_column_double(handle, 1)
            let kind = EventKind(Self.bytes(handle, column: 2))
            guard kind != .other else { continue }
            let call = callList[index]
            states[index].order += 1
            let order = states[index].order
            if kind == .ended {
                if let shown = states[index].shownAt { times[TimeKey(operatorIndex: call.operatorIndex, tenths: Self.tenths(at - shown)), default: 0] += 1 }
                states[index].shownAt = nil
                continue
            }
            guard let payload = EventPayload(Self.bytes(handle, column: 3), wanted: kind.wanted) else { continue }
            switch kind {
            case .shown:
                guard let stepBytes = payload.stepBytes else { continue }
                let key = StepKey(script: call.script, step: steps.number(of: stepBytes))
                let firstTime = !states[index].reached.contains(key)
                if firstTime { states[index].reached.append(key) }
                stepCounts[key, default: (0, 0)].shown += 1
                if firstTime { stepCounts[key, default: (0, 0)].calls += 1 }
                if let shown = states[index].shownAt { times[TimeKey(operatorIndex: call.operatorIndex, tenths: Self.tenths(at - shown)), default: 0] += 1 }
                states[index].shownAt = at
                if states[index].consentAt == nil {
                    let isConsent = consent[key] ?? {
                        let isConsent = consentSteps.contains("\(scripts[call.script])/\(steps.names[key.step])")
                        consent[key] = isConsent
                        return isConsent
                    }()
                    if isConsent { states[index].consentAt = order }
                }
            case .chose:
                guard let stepBytes = payload.stepBytes, let option = payload.option else { continue }
                let key = OptionKey(script: call.script, step: steps.number(of: stepBytes), option: option)
                let firstTime = !states[index].chosen.contains(key)
                if firstTime { states[index].chosen.append(key) }
                optionCounts[key, default: (0, 0)].chosen += 1
                if firstTime { optionCounts[key, default: (0, 0)].calls += 1 }
            case .captured:
                if call.inbound {
                    if states[index].firstPersonal == nil, let fieldBytes = payload.fieldBytes {
                        let field = fields.number(of: fieldBytes)
                        while personal.count <= field { personal.append(personalFields.contains(fields.names[personal.count])) }
                        if personal[field] { states[index].firstPersonal = order }
                    }
                } else if !states[index].reached.isEmpty {
                    // A confirmation call's order fields come before its first step; any later is a change.
                    states[index].changedAtConfirmation = true
                }
            case .escalated:
                guard let rule = payload.rule else { continue }
                let local = Int(at.rounded(.down)) + utcOffsetSeconds
                let day = Int((Double(local) / 86_400).rounded(.down))
                // 1970-01-01 was a Thursday: day 0 is weekday 4 counting Monday as 1.
                let weekday = ((day + 3) % 7 + 7) % 7 + 1
                let hour = ((local % 86_400) + 86_400) % 86_400 / 3_600
                escalations[EscalationKey(rule: rule, available: payload.available ?? false, weekday: weekday, hour: hour), default: 0] += 1
            case .transferred:
                guard let rule = payload.rule else { continue }
                transfers[TransferKey(rule: rule, answered: payload.answered ?? false), default: 0] += 1
            case .note:
                guard let step = payload.step, let text = payload.text else { continue }
                notes.append(CallLogTallies.NoteRecord(reference: call.reference, script: scripts[call.script], step: step, text: text))
            case .ended, .other:
                break
            }
        }

        tallies.steps = stepCounts.map { key, counts in
            CallLogTallies.StepCount(script: scripts[key.script], step: steps.names[key.step], calls: counts.calls, shown: counts.shown)
        }.sorted { ($0.script, $0.step) < ($1.script, $1.step) }
        tallies.options = optionCounts.map { key, counts in
            CallLogTallies.OptionCount(script: scripts[key.script], step: steps.names[key.step], option: key.option, calls: counts.calls, chosen: counts.chosen)
        }.sorted { ($0.script, $0.step, $0.option) < ($1.script, $1.step, $1.option) }
        tallies.escalations = escalations.map { key, count in
            CallLogTallies.EscalationCount(rule: key.rule, available: key.available, weekday: key.weekday, hour: key.hour, count: count)
        }.sorted { ($0.rule, $0.available ? 1 : 0, $0.weekday, $0.hour) < ($1.rule, $1.available ? 1 : 0, $1.weekday, $1.hour) }
        tallies.transfers = transfers.map { CallLogTallies.TransferCount(rule: $0.key.rule, answered: $0.key.answered, count: $0.value) }
            .sorted { ($0.rule, $0.answered ? 1 : 0) < ($1.rule, $1.answered ? 1 : 0) }
        tallies.stepTimes = times.map { CallLogTallies.StepTimeCount(operatorName: operators[$0.key.operatorIndex], tenths: $0.key.tenths, count: $0.value) }
            .sorted { ($0.operatorName, $0.tenths) < ($1.operatorName, $1.tenths) }
        tallies.notes = notes
        // Calls are listed in the order they started (`callList` is).
        tallies.consentSkipped = zip(callList, states).compactMap { call, state in
            guard call.inbound, let personal = state.firstPersonal, state.consentAt.map({ $0 > personal }) ?? true else { return nil }
            return CallLogTallies.CallReference(reference: call.reference, operatorName: operators[call.operatorIndex], orderReference: call.orderReference)
        }
        tallies.changedAtConfirmation = zip(callList, states).compactMap { call, state in
            guard state.changedAtConfirmation else { return nil }
            return CallLogTallies.CallReference(reference: call.reference, operatorName: operators[call.operatorIndex], orderReference: call.orderReference)
        }
    }

    /// A text column's bytes, valid until the next step.
    static func bytes(_ handle: OpaquePointer, column: Int32) -> UnsafeRawBufferPointer {
        guard let text = sqlite3_column_text(handle, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, column)))
    }

    /// Seconds to tenths, rounded as the report shows them.
    static func tenths(_ seconds: Double) -> Int { Int((seconds * 10).rounded()) }

    /// The event kinds the scan counts, told apart by their stored name.
    enum EventKind {
        case shown, chose, captured, escalated, transferred, note, ended, other

        init(_ bytes: UnsafeRawBufferPointer) {
            func named(_ text: StaticString) -> Bool { text.withUTF8Buffer { $0.elementsEqual(bytes) } }
            self = switch bytes.count {
            case 5 where named("shown"): .shown
            case 5 where named("chose"): .chose
            case 5 where named("ended"): .ended
            case 4 where named("note"): .note
            case 8 where named("captured"): .captured
            case 9 where named("escalated"): .escalated
            case 11 where named("transferred"): .transferred
            default: .other
            }
        }

        var wanted: EventPayload.Wanted {
            switch self {
            case .shown: .step
            case .chose: [.step, .option]
            case .captured: .field
            case .escalated: [.rule, .available]
            case .transferred: [.rule, .answered]
            case .note: [.step, .text]
            case .ended, .other: []
            }
        }
    }
}
