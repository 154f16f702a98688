import Foundation
import ReglamentRun

/// How the audit page says the report's kinds, states and numbers.
extension AuditView {
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
