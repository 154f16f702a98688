import Foundation
import ReglamentModel

/// The audit's event figures in one pass over the call log, in the order
/// events were appended (the table's own order, so SQLite reads it
/// straight through, as `SELECT kind, COUNT(*) … GROUP BY kind` would):
/// steps and options reached, escalations, transfers, notes, consent
/// order, changes at confirmation and time per step.
///
/// Each event's few values are read from its payload's bytes
/// (`EventPayload`); only notes, and the personal values their calls
/// captured (to be hidden in them), become strings of any length. A call's
/// events come in sequence order, so each call needs only a small state:
/// the steps it has reached and when its current step was shown.
package struct CallLogScan {
    /// A call of the audited shop and period, as the scan needs it.
    package struct Call {
        var reference: String
        var script: Int
        var operatorIndex: Int
        var inbound: Bool
        var orderReference: String?
    }

    /// A call of the scope as the store lists it, in the order calls started.
    package struct ListedCall {
        package var id: Int64
        package var reference: String
        package var script: String
        package var operatorName: String
        package var direction: String
        package var orderReference: String?

        package init(id: Int64, reference: String, script: String, operatorName: String, direction: String, orderReference: String?) {
            self.id = id
            self.reference = reference
            self.script = script
            self.operatorName = operatorName
            self.direction = direction
            self.orderReference = orderReference
        }
    }

    /// The scan of `listed`, its scripts and operators numbered; nil when there is no call to scan.
    package static func of(_ listed: [ListedCall], query: CallLogQuery) -> CallLogScan? {
        guard !listed.isEmpty else { return nil }
        var scripts: [String: Int] = [:], operators: [String: Int] = [:]
        var calls: [Call] = [], ids: [Int64] = []
        for row in listed {
            let scriptIndex = scripts[row.script] ?? { scripts[row.script] = scripts.count; return scripts.count - 1 }()
            let operatorIndex = operators[row.operatorName] ?? { operators[row.operatorName] = operators.count; return operators.count - 1 }()
            ids.append(row.id)
            calls.append(Call(
                reference: row.reference, script: scriptIndex, operatorIndex: operatorIndex,
                inbound: CallDirection(rawValue: row.direction) != .outbound, orderReference: row.orderReference))
        }
        return CallLogScan(
            calls: calls, ids: ids, scripts: scripts.sorted { $0.value < $1.value }.map(\.key),
            operators: operators.sorted { $0.value < $1.value }.map(\.key), query: query)
    }

    /// Call id → index in `callList`, by the id's offset from the smallest:
    /// ids are dense, and this is looked up for every event.
    let callIndex: [Int32]
    let firstID: Int64
    let callList: [Call]
    let scripts: [String]
    let operators: [String]
    let consentSteps: Set<String>
    let personalFields: Set<String>
    /// The fields hidden in notes, as their names' bytes stand in a payload
    /// (`JSONEncoder` writes a slash as `\/`; both spellings are kept): a
    /// captured event is matched against these few, not numbered.
    let hiddenInNotes: [(bytes: [UInt8], name: String)]
    let utcOffsetSeconds: Int

    /// What one call has done so far.
    private struct CallState {
        var order = 0
        /// Step numbers (the call's script is fixed) and option keys it has reached.
        var reached: [Int] = []
        var chosen: [Int] = []
        var shownAt: Double?
        var firstPersonal: Int?
        var consentAt: Int?
        var changedAtConfirmation = false
        /// The last personal value it captured (`PersonalValues`), -1 for none.
        var lastPersonalValue = -1
    }

    /// The personal values calls captured, for their notes to hide: the
    /// bytes as stored, in one buffer, each value chained to its call's one
    /// before. Most calls take no note, so none of theirs becomes a `String`.
    private struct PersonalValues {
        var bytes: [UInt8] = []
        var entries: [(field: Int, start: Int, count: Int, before: Int)] = []

        /// Adds a value of hidden field `field` after the call's `last`; returns its number.
        mutating func add(_ value: UnsafeRawBufferPointer, field: Int, after last: Int) -> Int {
            entries.append((field, bytes.count, value.count, last))
            bytes.append(contentsOf: value)
            return entries.count - 1
        }

        /// The call's values, in the order captured, each once.
        func values(from last: Int, names: [(bytes: [UInt8], name: String)]) -> [CallLogTallies.PersonalValue] {
            var chain: [Int] = []
            var entry = last
            while entry >= 0 {
                chain.append(entry)
                entry = entries[entry].before
            }
            return bytes.withUnsafeBytes { buffer in
                func value(_ entry: Int) -> UnsafeRawBufferPointer {
                    UnsafeRawBufferPointer(rebasing: buffer[entries[entry].start..<(entries[entry].start + entries[entry].count)])
                }
                // Told apart by their bytes: hashing a Cyrillic `String` normalises it first.
                var kept: [Int] = []
                for entry in chain.reversed()
                where !kept.contains(where: { entries[$0].field == entries[entry].field && value($0).elementsEqual(value(entry)) }) {
                    kept.append(entry)
                }
                return kept.map { CallLogTallies.PersonalValue(field: names[entries[$0].field].name, value: EventPayload.string(value($0))) }
            }
        }
    }

    private struct EscalationKey: Hashable { var rule: String; var available: Bool; var weekday: Int; var hour: Int }
    private struct TransferKey: Hashable { var rule: String; var answered: Bool }
    /// Steps timed to a tenth of a second up to an hour are counted in an
    /// array per operator; longer (or negative, from a clock set back) in a dictionary.
    static let timedInArray = 36_000

    init(calls callList: [Call], ids: [Int64], scripts: [String], operators: [String], query: CallLogQuery) {
        self.callList = callList
        firstID = ids.min() ?? 0
        var callIndex = Array(repeating: Int32(-1), count: Int((ids.max() ?? 0) - firstID) + 1)
        for (position, id) in ids.enumerated() { callIndex[Int(id - firstID)] = Int32(position) }
        self.callIndex = callIndex
        self.scripts = scripts
        self.operators = operators
        consentSteps = Set(query.consentSteps)
        personalFields = Set(query.personalFields)
        hiddenInNotes = Set(query.hiddenInNotes).flatMap { name in
            Set([name, name.replacingOccurrences(of: "/", with: "\\/")]).map { (Array($0.utf8), name) }
        }
        utcOffsetSeconds = query.utcOffsetSeconds
    }

    /// One pass over the log: the store feeds it every event of the log in
    /// the order appended (`add`), then asks for the figures (`finish`).
    /// The store decides how it reads the rows (SQLite's own calls, a
    /// PostgreSQL cursor); the counting is the same for every store.
    package func pass() -> Pass { Pass(scan: self) }

    package struct Pass {
        let scan: CallLogScan
        private var states: [CallState]
        // By script, then by step number: calls that reached it, times shown.
        private var stepCalls: [[Int]]
        private var stepShown: [[Int]]
        // By `optionKey`: calls that chose it, times chosen.
        private var optionCounts: [Int: (calls: Int, chosen: Int)] = [:]
        private var escalations: [EscalationKey: Int] = [:]
        private var transfers: [TransferKey: Int] = [:]
        private var times: [[Int]]
        private var longTimes: [Int: Int] = [:]
        private var notes: [CallLogTallies.NoteRecord] = []
        // The call of each note: its personal values are known only when the log is read through.
        private var noteCalls: [Int] = []
        private var personalValues = PersonalValues()
        private var steps = NameTable(), fields = NameTable()
        // Whether a script's step is a consent step, a field personal: worked out once per name.
        private var consent: [Int: Bool] = [:]
        private var personal: [Bool] = []

        init(scan: CallLogScan) {
            self.scan = scan
            states = Array(repeating: CallState(), count: scan.callList.count)
            stepCalls = Array(repeating: [Int](), count: scan.scripts.count)
            stepShown = Array(repeating: [Int](), count: scan.scripts.count)
            times = Array(repeating: Array(repeating: 0, count: CallLogScan.timedInArray), count: scan.operators.count)
        }

        private mutating func time(_ seconds: Double, operatorIndex: Int) {
            let tenths = CallLogScan.tenths(seconds)
            if tenths >= 0 && tenths < CallLogScan.timedInArray {
                times[operatorIndex][tenths] += 1
            } else {
                longTimes[CallLogScan.pack(operatorIndex, tenths), default: 0] += 1
            }
        }

        /// One event of the log: its call's id, time, stored kind name and
        /// payload bytes (valid only during the call). Events of calls out of scope are passed over.
        package mutating func add(callID: Int64, at: Double, kind kindBytes: UnsafeRawBufferPointer, payload bytes: UnsafeRawBufferPointer) {
            let offset = callID - scan.firstID
            guard offset >= 0, offset < scan.callIndex.count, scan.callIndex[Int(offset)] >= 0 else { return }
            let index = Int(scan.callIndex[Int(offset)])
            let kind = EventKind(kindBytes)
            guard kind != .other else { return }
            let call = scan.callList[index]
            states[index].order += 1
            let order = states[index].order
            if kind == .ended {
                if let shown = states[index].shownAt { time(at - shown, operatorIndex: call.operatorIndex) }
                states[index].shownAt = nil
                return
            }
            guard let payload = EventPayload(bytes, wanted: kind.wanted) else { return }
            switch kind {
            case .shown:
                guard let stepBytes = payload.stepBytes else { return }
                let step = steps.number(of: stepBytes)
                if stepShown[call.script].count <= step {
                    stepShown[call.script] += Array(repeating: 0, count: step + 1 - stepShown[call.script].count)
                    stepCalls[call.script] += Array(repeating: 0, count: step + 1 - stepCalls[call.script].count)
                }
                stepShown[call.script][step] += 1
                if !states[index].reached.contains(step) {
                    states[index].reached.append(step)
                    stepCalls[call.script][step] += 1
                }
                if let shown = states[index].shownAt { time(at - shown, operatorIndex: call.operatorIndex) }
                states[index].shownAt = at
                if states[index].consentAt == nil {
                    let key = CallLogScan.pack(call.script, step)
                    let isConsent: Bool
                    if let known = consent[key] {
                        isConsent = known
                    } else {
                        isConsent = scan.consentSteps.contains("\(scan.scripts[call.script])/\(steps.names[step])")
                        consent[key] = isConsent
                    }
                    if isConsent { states[index].consentAt = order }
                }
            case .chose:
                guard let stepBytes = payload.stepBytes, let option = payload.option, (0..<CallLogScan.optionLimit).contains(option) else { return }
                let key = CallLogScan.optionKey(script: call.script, step: steps.number(of: stepBytes), option: option)
                let firstTime = !states[index].chosen.contains(key)
                if firstTime { states[index].chosen.append(key) }
                optionCounts[key, default: (0, 0)].chosen += 1
                if firstTime { optionCounts[key, default: (0, 0)].calls += 1 }
            case .captured:
                // The value is read on only for a field hidden in notes, a few per call.
                if let fieldBytes = payload.fieldBytes,
                   let hidden = scan.hiddenInNotes.firstIndex(where: { $0.bytes.count == fieldBytes.count && $0.bytes.elementsEqual(fieldBytes) }),
                   let value = EventPayload(bytes, wanted: .value)?.valueBytes, !value.isEmpty
                {
                    states[index].lastPersonalValue = personalValues.add(value, field: hidden, after: states[index].lastPersonalValue)
                }
                if call.inbound {
                    if states[index].firstPersonal == nil, let fieldBytes = payload.fieldBytes {
                        let field = fields.number(of: fieldBytes)
                        while personal.count <= field { personal.append(scan.personalFields.contains(fields.names[personal.count])) }
                        if personal[field] { states[index].firstPersonal = order }
                    }
                } else if !states[index].reached.isEmpty {
                    // A confirmation call's order fields come before its first step; any later is a change.
                    states[index].changedAtConfirmation = true
                }
            case .escalated:
                guard let rule = payload.rule else { return }
                let local = Int(at.rounded(.down)) + scan.utcOffsetSeconds
                let day = Int((Double(local) / 86_400).rounded(.down))
                // 1970-01-01 was a Thursday: day 0 is weekday 4 counting Monday as 1.
                let weekday = ((day + 3) % 7 + 7) % 7 + 1
                let hour = ((local % 86_400) + 86_400) % 86_400 / 3_600
                escalations[EscalationKey(rule: rule, available: payload.available ?? false, weekday: weekday, hour: hour), default: 0] += 1
            case .transferred:
                guard let rule = payload.rule else { return }
                transfers[TransferKey(rule: rule, answered: payload.answered ?? false), default: 0] += 1
            case .note:
                guard let step = payload.step, let text = payload.text else { return }
                notes.append(CallLogTallies.NoteRecord(reference: call.reference, script: scan.scripts[call.script], step: step, text: text))
                noteCalls.append(index)
            case .ended, .other:
                break
            }
        }

        /// The figures of the events added.
        package func finish(into tallies: inout CallLogTallies) {
            let scripts = scan.scripts, operators = scan.operators, callList = scan.callList
            tallies.steps = scripts.indices.flatMap { script in
                stepShown[script].indices.filter { stepShown[script][$0] > 0 }.map { step in
                    CallLogTallies.StepCount(script: scripts[script], step: steps.names[step], calls: stepCalls[script][step], shown: stepShown[script][step])
                }
            }.sorted { ($0.script, $0.step) < ($1.script, $1.step) }
            tallies.options = optionCounts.map { key, counts in
                let (script, step, option) = (key >> 40, key >> 16 & 0xFF_FFFF, key & 0xFFFF)
                return CallLogTallies.OptionCount(script: scripts[script], step: steps.names[step], option: option, calls: counts.calls, chosen: counts.chosen)
            }.sorted { ($0.script, $0.step, $0.option) < ($1.script, $1.step, $1.option) }
            tallies.escalations = escalations.map { key, count in
                CallLogTallies.EscalationCount(rule: key.rule, available: key.available, weekday: key.weekday, hour: key.hour, count: count)
            }.sorted { ($0.rule, $0.available ? 1 : 0, $0.weekday, $0.hour) < ($1.rule, $1.available ? 1 : 0, $1.weekday, $1.hour) }
            tallies.transfers = transfers.map { CallLogTallies.TransferCount(rule: $0.key.rule, answered: $0.key.answered, count: $0.value) }
                .sorted { ($0.rule, $0.answered ? 1 : 0) < ($1.rule, $1.answered ? 1 : 0) }
            let counted = times.enumerated().flatMap { operatorIndex, histogram in
                histogram.indices.filter { histogram[$0] > 0 }.map { (operatorIndex, $0, histogram[$0]) }
            } + longTimes.map { key, count in
                let (operatorIndex, tenths) = CallLogScan.unpack(key)
                return (operatorIndex, tenths, count)
            }
            tallies.stepTimes = counted.map { CallLogTallies.StepTimeCount(operatorName: operators[$0.0], tenths: $0.1, count: $0.2) }
                .sorted { ($0.operatorName, $0.tenths) < ($1.operatorName, $1.tenths) }
            var valuesOfCall: [Int: [CallLogTallies.PersonalValue]] = [:]
            var notes = self.notes
            for (note, index) in noteCalls.enumerated() {
                let values = valuesOfCall[index] ?? personalValues.values(from: states[index].lastPersonalValue, names: scan.hiddenInNotes)
                valuesOfCall[index] = values
                notes[note].personalValues = values
            }
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
    }

    /// Options per step counted: option numbers are 0-based and small.
    static let optionLimit = 1 << 16

    /// A script's step's option as one dictionary key: 16 bits for the option, 24 for the step, the script above.
    static func optionKey(script: Int, step: Int, option: Int) -> Int { script << 40 | (step & 0xFF_FFFF) << 16 | option }

    /// Two numbers as one dictionary key: the second in the low 32 bits
    /// (signed, so a negative time survives), the first above.
    static func pack(_ high: Int, _ low: Int) -> Int { high << 32 | (low & 0xFFFF_FFFF) }

    static func unpack(_ key: Int) -> (Int, Int) { (key >> 32, Int(Int32(truncatingIfNeeded: key))) }

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
