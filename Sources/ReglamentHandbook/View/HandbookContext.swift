import Foundation
import ReglamentCompile

/// What every part of the handbook looks up while it is built: names by
/// id, the shop's time zone, the currency.
struct HandbookContext {
    let compiled: CompiledRegulation
    let at: Date
    let shopHours: WeeklyHours
    let contacts: [String: CompiledContact]
    let classes: [String: CompiledProductClass]
    let fields: [String: CompiledField]
    let escalations: [String: CompiledEscalation]
    let zones: [String: CompiledZone]

    init(_ compiled: CompiledRegulation, at: Date) {
        self.compiled = compiled
        self.at = at
        shopHours = WeeklyHours(timeZone: TimeZone(identifier: compiled.shop.timezone) ?? .gmt, at: at)
        contacts = Dictionary(compiled.contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        classes = Dictionary(compiled.productClasses.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        fields = Dictionary(compiled.fields.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        escalations = Dictionary(compiled.escalations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        zones = Dictionary(compiled.zones.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func money(_ amount: String) -> String {
        Money.format(amount, currency: compiled.shop.currency)
    }

    func hours(in identifier: String?) -> WeeklyHours {
        guard let identifier, let zone = TimeZone(identifier: identifier) else { return shopHours }
        return WeeklyHours(timeZone: zone, at: at)
    }

    func className(_ id: String) -> String { classes[id]?.name ?? id }
    func contactName(_ id: String) -> String { contacts[id]?.name ?? id }
    func zoneName(_ id: String) -> String { zones[id]?.name ?? id }

    /// "Керамика и стекло, Свечи" or "—".
    func classList(_ ids: [String]) -> String {
        ids.isEmpty ? "—" : ids.map(className).joined(separator: ", ")
    }

    func exceptions(_ availability: Availability?, in hours: WeeklyHours) -> [HoursException] {
        (availability?.exceptions ?? []).map { exception in
            let said = hours.describe(exception)
            return HoursException(dates: said.dates, hours: said.hours, exceptionNote: exception.note)
        }
    }

    /// When the rule applies, in words.
    func condition(of rule: CompiledEscalation) -> String {
        switch rule.when {
        case .notCovered: "вопроса нет в регламенте"
        case .productClass: "вопрос о товаре класса «\(rule.productClass.map(className) ?? "—")»"
        case .orderOver: "заказ дороже \(rule.amount.map(money) ?? "—")"
        case .conflict: "конфликт: клиент недоволен"
        case .returnBeyondLaw: "возврат сверх закона"
        case .ownerRequested: "клиент просит владельца"
        case .any: "любой случай (запасное правило)"
        }
    }

    static func anchor(_ parts: String...) -> String {
        parts.map { part in
            String(part.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        }.joined(separator: "--")
    }
}
