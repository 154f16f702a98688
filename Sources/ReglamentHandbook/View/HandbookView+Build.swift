import Foundation
import ReglamentCompile

extension HandbookView {
    /// The handbook of a compiled regulation. Hours are said in each
    /// person's time zone and in the shop's, at standard time, with how
    /// summer time moves them where it does.
    public init(_ compiled: CompiledRegulation) {
        let context = HandbookContext(compiled)
        let shop = compiled.shop
        title = "Регламент колл-центра: \(shop.name)"
        versionFull = compiled.version
        version = String(compiled.version.prefix(12))
        sources = compiled.sources.map(\.path)
        self.shop = ShopFacts(
            name: shop.name, phone: shop.phone, shopSite: shop.site, shopEmail: shop.email,
            timezone: context.zoneLabel(nil), currency: shop.currency, locale: shop.locale,
            hours: shop.hours, hoursExceptions: context.exceptions(shop.availability),
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
        anchor = HandbookContext.anchor("contact", contact.id)
        name = contact.name
        role = RussianLabels.role(contact.role)
        phone = contact.phone ?? "—"
        email = contact.email ?? "—"
        timezone = context.zoneLabel(contact.timezone)
        messagesOnly = contact.availability == nil
        hoursOwn = contact.availability.map(context.hoursOwn) ?? "только сообщения"
        hoursCallCenter = contact.availability.map(context.hoursInCallCenterZone) ?? "только сообщения"
        contactExceptions = context.exceptions(contact.availability)
    }
}

extension AuthorityLimits {
    init(_ authority: CompiledAuthority?, context: HandbookContext) {
        let compensation = authority?.compensationMax
        self.compensation = compensation.map { context.isZero($0) ? "не вправе" : "до \(context.money($0))" }
            ?? "не указано — не обещать"
        discount = authority?.discountMax.map { "до \(Percent.said($0))" } ?? "не указано — не давать"
        may = authority?.may ?? []
        mayNot = authority?.mayNot ?? []
    }
}
