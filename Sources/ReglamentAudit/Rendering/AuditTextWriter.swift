import Foundation
import ReglamentWording

/// The audit as a terminal summary: the failed checklist items with their
/// fixes, coverage per script, outcomes, the biggest gaps, escalations,
/// compliance, confirmations and mail; `--format json` has every figure.
public struct AuditTextWriter: Sendable {
    /// Gap groups and references shown before "…and N more".
    public var listed = 5

    public init() {}

    public func write(_ report: AuditReport) -> String {
        var out = "Аудит регламента «\(report.shop.name)» (\(report.shop.id)), версия \(report.version.prefix(12))\n"
        out += "Период: \(AuditView.periodText(report.period))\n"
        if let checklist = report.checklist {
            out += "\nЧек-лист: выполнено \(checklist.passed) из \(checklist.items.count)\n"
            for item in checklist.items where !item.passed {
                out += "  ✗ \(item.title) — \(item.location ?? "")\n"
                if let hint = item.hint { out += "      \(hint)\n" }
                if !item.details.isEmpty { out += "      \(item.details.prefix(8).joined(separator: ", "))\(item.details.count > 8 ? " …" : "")\n" }
            }
        } else {
            out += "\nЧек-лист: нужен исходный регламент (.yaml), не скомпилированный сценарий\n"
        }
        let total = report.outcomes.total
        out += "\nЗвонков: \(total.total) — заказ \(total.order), сообщение \(total.message), перевод \(total.transfer), "
        out += "закрыт \(total.closed), без итога \(total.open)\n"
        for transfer in report.outcomes.transfers {
            out += "  перевод \(transfer.rule): ответил \(transfer.answered), не ответил \(transfer.notAnswered), недоступен \(transfer.unavailable)\n"
        }
        for script in report.scripts {
            let size = script.size
            out += "\nСценарий \(script.script) «\(script.title)»: звонков \(script.calls)\n"
            out += "  размер: шагов \(size.steps), ветвлений \(size.branches), исходов \(size.outcomes)"
            out += ", \(AuditView.pathToOrder(size))\n"
            out += "  использовано: шагов \(script.steps.count - script.neverUsedSteps.count) из \(script.steps.count) (\(AuditView.percent(script.stepCoverage))), "
            out += "вариантов \(script.options.count - script.neverUsedOptions.count) из \(script.options.count) (\(AuditView.percent(script.optionCoverage)))\n"
            if !script.neverUsedSteps.isEmpty { out += "  не использованы шаги: \(script.neverUsedSteps.joined(separator: ", "))\n" }
            if !script.neverUsedOptions.isEmpty { out += "  не выбирались варианты: \(script.neverUsedOptions.joined(separator: ", "))\n" }
        }
        out += "\nПробелы регламента (заметки вне сценария): \(report.gaps.reduce(0) { $0 + $1.count }) в \(report.gaps.count) группах\n"
        for group in report.gaps.prefix(listed) {
            let places = group.places.map { "\($0.script)/\($0.step) (\($0.count))" }.joined(separator: ", ")
            out += "  \(group.count) × [\(group.words.joined(separator: " "))] «\(group.example)» — \(places)\n"
        }
        let escalations = report.escalations
        out += "\nЭскалации: \(escalations.total); перевод невозможен (контакт вне часов) → запасной вариант: \(escalations.fallbacksForUnavailable)\n"
        for rule in escalations.byRule { out += "  \(rule.rule): \(rule.total) (доступен \(rule.available), недоступен \(rule.unavailable))\n" }
        let compliance = report.compliance
        out += "\nСоблюдение:\n"
        out += "  личные данные до согласия: \(list(compliance.consentSkipped.map(\.reference)))\n"
        out += "  заказ изменён при подтверждении: \(list(compliance.changedAtConfirmation.map(\.reference)))\n"
        out += "  брошены без итога: \(list(compliance.abandoned.map(\.reference)))\n"
        for time in compliance.stepTimes {
            out += "  время на шаг, \(time.operatorName): медиана \(AuditView.seconds(time.medianSeconds)), p90 \(AuditView.seconds(time.p90Seconds)) (\(RussianNoun.step.counted(time.steps)))\n"
        }
        let confirmations = report.confirmations
        out += "\nПодтверждения: заказов \(confirmations.orders), звонков \(confirmations.attempts), без ответа \(confirmations.unanswered), "
        out += "автоотмена \(confirmations.autoCancelled)\n"
        if !confirmations.ordersByAttempts.isEmpty {
            out += "  звонков на заказ: " + confirmations.ordersByAttempts.map { "\($0.attempts) → \($0.orders)" }.joined(separator: ", ") + "\n"
        }
        let mail = report.mail
        out += "\nПочта: писем \(mail.total) — отправлено \(mail.sent), в очереди \(mail.queued + mail.sending), не доставлено \(mail.failed)\n"
        out += "  возможно, пришли дважды (ответ сервера потерян, отправлены ещё раз с тем же Message-ID): "
        out += list(mail.uncertain.filter { $0.state == .sent }.map(\.reference)) + "\n"
        let waiting = mail.uncertain.filter { $0.state != .sent }
        if !waiting.isEmpty { out += "  ответ сервера потерян, письмо могло дойти (ещё не подтверждено): \(list(waiting.map(\.reference)))\n" }
        return out
    }

    private func list(_ references: [String]) -> String {
        guard !references.isEmpty else { return "0" }
        let shown = references.prefix(listed).joined(separator: ", ")
        return "\(references.count) (\(shown)\(references.count > listed ? ", …" : ""))"
    }
}
