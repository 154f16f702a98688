import Foundation
import ReglamentRun
import ReglamentWording

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

    /// "с 02.11.2026 00:00 до 09.11.2026 00:00 (Europe/Moscow)": the report's
    /// UTC instants on the shop's clock, as the auditor gave the days.
    static func periodText(_ period: AuditReport.Period) -> String {
        let zone = TimeZone(identifier: period.timezone) ?? .gmt
        func local(_ iso: String) -> String {
            guard let instant = try? Date(iso, strategy: .iso8601) else { return iso }
            let clock = WallClock(instant, in: zone)
            return "\(DateWording.date(clock.date)) \(DateWording.clock(clock.minute))"
        }
        let span = switch (period.since, period.until) {
        case (nil, nil): "все звонки"
        case (let since?, nil): "с \(local(since))"
        case (nil, let until?): "до \(local(until))"
        case (let since?, let until?): "с \(local(since)) до \(local(until))"
        }
        return period.since == nil && period.until == nil ? span : "\(span) (\(period.timezone))"
    }

    /// "путь до заказа 9–14 шагов", or one number when all paths are as long.
    static func pathToOrder(_ size: ScriptSize) -> String {
        guard let longest = size.longestPathToOrder else { return "заказ недостижим" }
        let shortest = size.shortestPathToOrder ?? longest
        // The noun agrees with the larger number: "2 шага", "15–17 шагов".
        return "путь до заказа \(shortest == longest ? "\(longest)" : "\(shortest)–\(longest)") \(RussianNoun.step.form(after: longest))"
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
