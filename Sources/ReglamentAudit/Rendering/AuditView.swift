import Foundation
import ReglamentCompile
import ReglamentHandbook
import ReglamentRun

/// The audit as `Templates/audit.html.mustache` reads it: every label and
/// figure already written out in Russian, the charts as inline SVG. The
/// template only lays it out.
///
/// Mustache looks a missing or `nil` name up in the enclosing objects, so
/// every optional field has a name no enclosing type uses.
public struct AuditView: Sendable {
    public var title: String
    public var shopName: String
    public var version: String
    public var source: String
    public var period: String
    public var summary: [Figure]
    public var hasChecklist: Bool
    public var checklistSummary: String
    public var checklist: [ChecklistRow]
    public var outcomeChart: String
    public var hourChart: String
    public var outcomesByVersion: [VersionRow]
    public var transfers: [TransferRow]
    public var scripts: [ScriptSection]
    public var gaps: [GapRow]
    public var escalationRules: [EscalationRow]
    public var fallbacksForUnavailable: Int
    public var compliance: [ComplianceRow]
    public var stepTimes: [StepTimeRow]
    public var confirmation: [Figure]
    public var attemptsRows: [Figure]
    public var mail: [Figure]
    public var uncertainMail: [UncertainMailRow]
    public var hasUncertainMail: Bool

    public struct Figure: Sendable { public var label: String; public var value: String }
    public struct ChecklistRow: Sendable {
        public var title: String
        public var passed: Bool
        public var location: String
        public var fix: String
        public var details: String
        public var hasDetails: Bool
    }
    public struct VersionRow: Sendable {
        public var version: String
        public var isCurrent: Bool
        public var order: Int, message: Int, transfer: Int, closed: Int, open: Int, total: Int
    }
    public struct TransferRow: Sendable { public var rule: String; public var answered: Int; public var notAnswered: Int; public var unavailable: Int }
    public struct ScriptSection: Sendable {
        public var id: String
        public var scriptTitle: String
        public var calls: Int
        public var sizeText: String
        public var coverageText: String
        public var flow: String
        public var unusedSteps: String
        public var hasUnusedSteps: Bool
        public var unusedOptions: [String]
        public var hasUnusedOptions: Bool
        public var stepRows: [StepRow]
    }
    public struct StepRow: Sendable { public var number: Int; public var step: String; public var kind: String; public var calls: Int; public var shown: Int; public var unused: Bool }
    public struct GapRow: Sendable { public var count: Int; public var words: String; public var example: String; public var places: String; public var references: String }
    public struct EscalationRow: Sendable { public var rule: String; public var total: Int; public var available: Int; public var unavailable: Int }
    public struct ComplianceRow: Sendable { public var label: String; public var count: Int; public var ok: Bool; public var references: String }
    public struct StepTimeRow: Sendable { public var operatorName: String; public var steps: Int; public var median: String; public var p90: String }
    public struct UncertainMailRow: Sendable { public var reference: String; public var kindName: String; public var doubt: String; public var lostReplies: Int }

    /// How many references a row lists before "и ещё N".
    static let referencesListed = 20

    public init(_ report: AuditReport, compiled: CompiledRegulation) {
        title = "Аудит регламента: \(report.shop.name)"
        shopName = report.shop.name
        version = String(report.version.prefix(12))
        source = report.source
        period = Self.periodText(report.period)
        let total = report.outcomes.total
        summary = [
            Figure(label: "Звонков", value: "\(total.total)"),
            Figure(label: "Заказов", value: "\(total.order)"),
            Figure(label: "Сообщений", value: "\(total.message)"),
            Figure(label: "Переводов", value: "\(total.transfer)"),
            Figure(label: "Закрыто с ответом", value: "\(total.closed)"),
            Figure(label: "Без итога", value: "\(total.open)"),
        ]
        hasChecklist = report.checklist != nil
        checklistSummary = report.checklist.map { "Выполнено \($0.passed) из \($0.items.count)" } ?? ""
        checklist = (report.checklist?.items ?? []).map { item in
            ChecklistRow(title: item.title, passed: item.passed, location: item.location ?? "", fix: item.hint ?? "", details: item.details.joined(separator: "; "),
                         hasDetails: !item.details.isEmpty)
        }
        outcomeChart = OutcomeChart(days: report.outcomes.byDay).svg()
        hourChart = HourOfWeekChart(grid: report.escalations.byHourOfWeek).svg()
        outcomesByVersion = report.outcomes.byVersion.map { row in
            let o = row.outcomes
            return VersionRow(version: String(row.version.prefix(12)), isCurrent: row.version == report.version,
                              order: o.order, message: o.message, transfer: o.transfer, closed: o.closed, open: o.open, total: o.total)
        }
        transfers = report.outcomes.transfers.map { TransferRow(rule: $0.rule, answered: $0.answered, notAnswered: $0.notAnswered, unavailable: $0.unavailable) }
        let graph = FlowGraph(compiled)
        scripts = report.scripts.map { coverage in
            let cluster = graph.clusters.first { $0.script == coverage.script }
            let start = compiled.scripts.first { $0.id == coverage.script }?.start ?? ""
            let size = coverage.size
            let path = Self.pathToOrder(size)
            return ScriptSection(
                id: coverage.script, scriptTitle: coverage.title, calls: coverage.calls,
                sizeText: "шагов \(size.steps), ветвлений \(size.branches), исходов \(size.outcomes), \(path)",
                coverageText: "использовано шагов \(coverage.steps.count - coverage.neverUsedSteps.count) из \(coverage.steps.count) (\(Self.percent(coverage.stepCoverage))), "
                    + "вариантов \(coverage.options.count - coverage.neverUsedOptions.count) из \(coverage.options.count) (\(Self.percent(coverage.optionCoverage)))",
                flow: cluster.map { FlowHeatMap(cluster: $0, start: start, coverage: coverage).svg() } ?? "",
                unusedSteps: coverage.neverUsedSteps.joined(separator: ", "), hasUnusedSteps: !coverage.neverUsedSteps.isEmpty,
                unusedOptions: coverage.options.filter { $0.calls == 0 }.map { "\($0.step) → \($0.option). «\($0.label)»" },
                hasUnusedOptions: coverage.options.contains { $0.calls == 0 },
                stepRows: coverage.steps.map { StepRow(number: $0.number, step: $0.step, kind: Self.kindLabel($0.kind), calls: $0.calls, shown: $0.shown, unused: $0.calls == 0) })
        }
        gaps = report.gaps.map { group in
            GapRow(count: group.count, words: group.words.joined(separator: " · "), example: group.example,
                   places: group.places.map { "\($0.script)/\($0.step) (\($0.count))" }.joined(separator: ", "),
                   references: group.references.joined(separator: ", "))
        }
        escalationRules = report.escalations.byRule.map { EscalationRow(rule: $0.rule, total: $0.total, available: $0.available, unavailable: $0.unavailable) }
        fallbacksForUnavailable = report.escalations.fallbacksForUnavailable
        let c = report.compliance
        compliance = [
            ComplianceRow(label: "Личные данные до согласия на обработку", count: c.consentSkipped.count, ok: c.consentSkipped.isEmpty, references: Self.references(c.consentSkipped.map(\.reference))),
            ComplianceRow(label: "Заказ изменён при звонке-подтверждении", count: c.changedAtConfirmation.count, ok: c.changedAtConfirmation.isEmpty,
                          references: Self.references(c.changedAtConfirmation.map { "\($0.reference) (заказ \($0.orderReference ?? "?"))" })),
            ComplianceRow(label: "Звонок брошен без итога", count: c.abandoned.count, ok: c.abandoned.isEmpty, references: Self.references(c.abandoned.map { "\($0.reference) (\($0.operatorName))" })),
        ]
        stepTimes = c.stepTimes.map { StepTimeRow(operatorName: $0.operatorName, steps: $0.steps, median: Self.seconds($0.medianSeconds), p90: Self.seconds($0.p90Seconds)) }
        let k = report.confirmations
        confirmation = [
            Figure(label: "Заказов с подтверждением", value: "\(k.orders)"),
            Figure(label: "Звонков-подтверждений", value: "\(k.attempts)"),
            Figure(label: "Без ответа", value: "\(k.unanswered)"),
            Figure(label: "Отменено автоматически", value: "\(k.autoCancelled)"),
        ]
        attemptsRows = k.ordersByAttempts.map { Figure(label: "\($0.attempts)", value: "\($0.orders)") }
        let m = report.mail
        mail = [
            Figure(label: "Писем", value: "\(m.total)"),
            Figure(label: "Отправлено", value: "\(m.sent)"),
            Figure(label: "В очереди", value: "\(m.queued + m.sending)"),
            Figure(label: "Не доставлено", value: "\(m.failed)"),
            Figure(label: "Возможно, пришли дважды", value: "\(m.possiblyDuplicated)"),
        ]
        uncertainMail = m.uncertain.map { item in
            UncertainMailRow(
                reference: item.reference, kindName: Self.mailKindLabel(item.kind),
                doubt: item.state == .sent ? "отправлено; возможно, пришло дважды" : "могло дойти; \(Self.stateLabel(item.state))",
                lostReplies: item.uncertainHandOvers)
        }
        hasUncertainMail = !m.uncertain.isEmpty
    }

    static func mailKindLabel(_ kind: OwnerMailKind) -> String {
        switch kind {
        case .order: "заказ"
        case .message: "сообщение"
        case .notification: "уведомление"
        }
    }

    static func stateLabel(_ state: DeliveryState) -> String {
        switch state {
        case .queued: "в очереди"
        case .sending: "отправляется"
        case .sent: "отправлено"
        case .failed: "не доставлено"
        }
    }

    static func periodText(_ period: AuditReport.Period) -> String {
        switch (period.since, period.until) {
        case (nil, nil): "все звонки"
        case (let since?, nil): "с \(since)"
        case (nil, let until?): "до \(until)"
        case (let since?, let until?): "с \(since) до \(until)"
        }
    }

    /// "путь до заказа 9–14 шагов", or one number when all paths are as long.
    static func pathToOrder(_ size: ScriptSize) -> String {
        guard let longest = size.longestPathToOrder else { return "заказ недостижим" }
        let shortest = size.shortestPathToOrder ?? longest
        return "путь до заказа \(shortest == longest ? "\(longest)" : "\(shortest)–\(longest)") шагов"
    }

    static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded())) %" }
    static func seconds(_ value: Double) -> String { String(format: "%.1f с", value) }

    static func references(_ items: [String]) -> String {
        let listed = items.prefix(referencesListed).joined(separator: ", ")
        return items.count > referencesListed ? listed + " и ещё \(items.count - referencesListed)" : listed
    }

    static func kindLabel(_ kind: String) -> String {
        ["say": "реплика", "consent": "согласие", "capture": "ввод", "escalation": "эскалация", "outcome": "итог"][kind] ?? kind
    }
}
