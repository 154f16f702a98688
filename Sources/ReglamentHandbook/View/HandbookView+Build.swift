import Foundation
import ReglamentCompile

extension HandbookView {
    /// The handbook of a compiled regulation. Hours are said in each
    /// person's time zone and in the shop's, with the UTC offsets in force
    /// at `at` (Russian zones keep one offset all year).
    public init(_ compiled: CompiledRegulation, at: Date = Date()) {
        let context = HandbookContext(compiled, at: at)
        let shop = compiled.shop
        title = "Регламент колл-центра: \(shop.name)"
        versionFull = compiled.version
        version = String(compiled.version.prefix(12))
        sources = compiled.sources.map(\.path)
        self.shop = ShopFacts(
            name: shop.name, phone: shop.phone, shopSite: shop.site, shopEmail: shop.email,
            timezone: context.shopHours.zoneLabel(), currency: shop.currency, locale: shop.locale,
            hours: shop.hours, hoursExceptions: context.exceptions(shop.availability, in: context.shopHours),
            shopAbout: shop.about
        )
        contacts = compiled.contacts.map { ContactRow($0, context: context) }
        payment = compiled.payment.map { method in
            PaymentRow(
                name: method.name,
                limit: method.max.map { "до \(context.money($0))" } ?? "без ограничения",
                paymentNote: method.note
            )
        }
        productClasses = compiled.productClasses.map { productClass in
            ProductClassRow(
                name: productClass.name, classDescription: productClass.description,
                specialists: productClass.specialists.isEmpty
                    ? "—" : productClass.specialists.map(context.contactName).joined(separator: ", ")
            )
        }
        delivery = DeliveryTables(context)
        order = OrderRules(
            consent: SpokenLine(compiled.consent),
            fields: compiled.fields.map { field in
                OrderRules.FieldRow(
                    label: field.label, required: field.required ? "да" : "нет", personal: field.personal,
                    prompt: SpokenLine(field.prompt), rule: field.rule,
                    choices: field.choices.isEmpty ? "—" : field.choices.map(\.label).joined(separator: ", ")
                )
            }
        )
        faqTopics = FAQTopic.topics(of: compiled.faq, context: context)
        escalations = compiled.escalations.map { EscalationRow($0, context: context) }
        authority = AuthorityLimits(compiled.authority, context: context)
        scripts = compiled.scripts.map { ScriptView($0, context: context) }
        contents = [
            ContentsEntry(anchor: "shop", title: "Магазин"),
            ContentsEntry(anchor: "contacts", title: "Контакты"),
            ContentsEntry(anchor: "payment", title: "Оплата"),
            ContentsEntry(anchor: "delivery", title: "Доставка"),
            ContentsEntry(anchor: "order", title: "Оформление заказа"),
            ContentsEntry(anchor: "faq", title: "Частые вопросы"),
            ContentsEntry(anchor: "escalations", title: "Эскалации"),
            ContentsEntry(anchor: "authority", title: "Полномочия оператора"),
        ] + scripts.map { ContentsEntry(anchor: $0.anchor, title: "Сценарий: \($0.title)") }
    }
}

extension ContactRow {
    init(_ contact: CompiledContact, context: HandbookContext) {
        let own = context.hours(in: contact.timezone)
        anchor = HandbookContext.anchor("contact", contact.id)
        name = contact.name
        role = RussianLabels.role(contact.role)
        phone = contact.phone ?? "—"
        email = contact.email ?? "—"
        timezone = own.zoneLabel()
        messagesOnly = contact.availability == nil
        hoursOwn = contact.availability.map { own.describe($0.utcWeek) } ?? "только сообщения"
        hoursShop = contact.availability.map { context.shopHours.describe($0.utcWeek) } ?? "только сообщения"
        contactExceptions = context.exceptions(contact.availability, in: own)
    }
}

extension AuthorityLimits {
    init(_ authority: CompiledAuthority?, context: HandbookContext) {
        let compensation = authority?.compensationMax
        self.compensation = compensation.map { Money.isZero($0) ? "не вправе" : "до \(context.money($0))" }
            ?? "не указано — не обещать"
        discount = authority?.discountMax.map { "до \(Money.percent($0))" } ?? "не указано — не давать"
        may = authority?.may ?? []
        mayNot = authority?.mayNot ?? []
    }
}
