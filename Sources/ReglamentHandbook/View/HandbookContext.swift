import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentWording

/// What every part of the handbook looks up while it is built: names by
/// id, the shop's and the call center's time zones, the currency.
struct HandbookContext {
    let compiled: CompiledRegulation
    let shopZone: TimeZone
    /// The clock the operators read (`call_center.timezone`, else the shop's).
    let callCenterZone: TimeZone
    let contacts: [String: CompiledContact]
    let classes: [String: CompiledProductClass]
    let fields: [String: CompiledField]
    let escalations: [String: CompiledEscalation]
    let zones: [String: CompiledZone]

    init(_ compiled: CompiledRegulation) {
        self.compiled = compiled
        shopZone = TimeZone(identifier: compiled.shop.timezone) ?? .gmt
        callCenterZone = TimeZone(identifier: compiled.callCenter.timezone) ?? shopZone
        contacts = Dictionary(compiled.contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        classes = Dictionary(compiled.productClasses.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        fields = Dictionary(compiled.fields.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        escalations = Dictionary(compiled.escalations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        zones = Dictionary(compiled.zones.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func money(_ amount: String) -> String {
        MoneyWording.amount(decimal: amount, currency: compiled.shop.currency)
    }

    /// A decimal amount of nothing: "0", "0.00".
    func isZero(_ amount: String) -> Bool {
        Money(decimal: amount)?.minorUnits == 0
    }

    /// A price from the compiled regulation as said: "бесплатно" for nothing.
    func price(_ amount: String) -> String {
        Money(decimal: amount).map { MoneyWording.price($0, currency: compiled.shop.currency) } ?? money(amount)
    }

    /// "Europe/Moscow (UTC+3)" for a zone by name; the shop's when there is none.
    func zoneLabel(_ identifier: String?) -> String {
        ZoneWording.label(identifier.flatMap(TimeZone.init(identifier:)) ?? shopZone)
    }

    /// When the person can be reached, on their own clock: the open days only.
    func hoursOwn(_ availability: Availability) -> String {
        Self.reachable(availability.localWeek.said(closedDays: .leftOut))
    }

    /// The same hours on the call center's clock, turned through the
    /// person's zone and named ("сб 11:00–15:00 МСК"): what operators read.
    func hoursInCallCenterZone(_ availability: Availability) -> String {
        let hours = availability.localWeek.said(in: callCenterZone, from: availability.timeZone, closedDays: .leftOut)
        guard !hours.isEmpty else { return Self.reachable(hours) }
        // The zone goes after the hours, before a note on summer time.
        let zone = ZoneWording.short(callCenterZone)
        guard let note = hours.range(of: " (") else { return "\(hours) \(zone)" }
        return "\(hours[..<note.lowerBound]) \(zone)\(hours[note.lowerBound...])"
    }

    /// A week with no hours says nothing: say what it means.
    private static func reachable(_ hours: String) -> String {
        hours.isEmpty ? "звонки не принимает" : hours
    }

    func className(_ id: String) -> String { classes[id]?.name ?? id }
    func contactName(_ id: String) -> String { contacts[id]?.name ?? id }
    func zoneName(_ id: String) -> String { zones[id]?.name ?? id }

    /// "Керамика и стекло, Свечи" or "—".
    func classList(_ ids: [String]) -> String {
        ids.isEmpty ? "—" : ids.map(className).joined(separator: ", ")
    }

    /// Dated exceptions on the person's own clock: "01.01.2027–08.01.2027",
    /// and the hours open inside them ("10:00–14:00" or "не работает").
    func exceptions(_ availability: Availability?) -> [HoursException] {
        guard let availability else { return [] }
        let zone = availability.timeZone
        return availability.exceptions.map { exception in
            let dates = (try? DateSpan(parsing: exception.dates)).map(DateWording.dates) ?? exception.dates
            let spans: [String] = exception.open.compactMap { span in
                guard let from = try? Date(span.from, strategy: .iso8601), let until = try? Date(span.until, strategy: .iso8601)
                else { return nil }
                let start = WallClock(from, in: zone), end = WallClock(until, in: zone)
                // An end at midnight is the end of the day before.
                return DateWording.clock(start.minute..<(end.minute == 0 ? LocalWeek.minutesPerDay : end.minute))
            }
            // A span of dates has the same hours every day: say them once.
            var said: [String] = []
            for span in spans where !said.contains(span) { said.append(span) }
            return HoursException(dates: dates, hours: said.isEmpty ? "не работает" : said.joined(separator: ", "), exceptionNote: exception.note)
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
