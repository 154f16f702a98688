import ReglamentCheck
import ReglamentDiagnostics
import ReglamentModel
import ReglamentWording

/// Compiles a regulation that checks without errors into the explicit
/// form the runner reads. A regulation with errors is refused with them,
/// exactly as `reglament check` reports them.
public struct Compiler: Sendable {
    public var checker: Checker

    public init(checker: Checker = Checker()) {
        self.checker = checker
    }

    public func compile(file: String) -> CompileResult {
        compile(checker.check(file: file))
    }

    public func compile(_ bytes: [UInt8], file: String) -> CompileResult {
        compile(checker.check(bytes, file: file))
    }

    public func compile(_ checked: CheckResult) -> CompileResult {
        guard !checked.hasErrors, let regulation = checked.regulation, let index = checked.index else {
            return CompileResult(compiled: nil, regulation: checked.regulation, diagnostics: checked.diagnostics, files: checked.files)
        }
        // Hashing the sources reads them again from disk; it needs nothing
        // the build makes, so it runs beside it.
        let files = checked.files
        let (digests, built) = Parallel.both(
            { SourceDigests.compute(files: files) },
            { build(regulation, index: index, files: files) })
        var compiled = built
        (compiled.version, compiled.sources) = digests
        return CompileResult(compiled: compiled, regulation: regulation, diagnostics: checked.diagnostics, files: checked.files)
    }

    private func build(_ regulation: Regulation, index: RegulationIndex, files: [String]) -> CompiledRegulation {
        let currency = regulation.shop.currency?.value ?? "RUB"
        let facts = FactTable(regulation, currency: currency)
        let paths = SourcePaths(mainFile: files.first ?? "")
        // Zones, answers and scripts are most of a large regulation and
        // independent of one another: they are built on every core.
        let zones = Parallel.map(regulation.delivery.zones) { zone in
            let terms = ZoneTerms(zone, index: index, currency: currency)
            return compiledZone(zone, terms: terms, classes: regulation.productClasses ?? [])
        }
        let steps = StepBuilder(regulation: regulation, facts: facts, sourcePaths: paths, index: index)
        return CompiledRegulation(
            format: CompiledRegulation.formatName,
            version: "",
            sources: [],
            shop: shop(regulation.shop, currency: currency, facts: facts),
            callCenter: callCenter(of: regulation),
            facts: facts.facts,
            contacts: regulation.contacts.map(contact),
            payment: regulation.payment.map { method in
                CompiledPayment(
                    id: method.id.text, name: method.name.value, max: method.max.map { "\($0.value)" }, note: method.note?.value,
                    with: method.with.map { $0.map(\.text) }, clients: method.clients?.value)
            },
            productClasses: (regulation.productClasses ?? []).map { productClass in
                CompiledProductClass(
                    id: productClass.id.text, name: productClass.name.value, description: productClass.description?.value,
                    specialists: (productClass.specialists ?? []).map(\.text), keywords: ProductKeywords.stems(of: productClass))
            },
            deliveryMethods: regulation.delivery.methods.map(deliveryMethod),
            zones: zones,
            fields: regulation.order.fields.map { field in
                let rule = FieldRules.rule(for: field.type.value)
                return CompiledField(
                    id: field.id.text, type: field.type.value, label: field.label.value,
                    prompt: facts.line(field.prompt?.value ?? field.label.value), required: field.isRequired,
                    personal: field.isPersonal, rule: rule.rule,
                    normalization: rule.normalization, choices: FieldRules.choices(for: field, payment: regulation.payment))
            },
            consent: facts.line(regulation.order.consent.value),
            messageConsent: regulation.order.messageConsent.map { facts.line($0.value) },
            faq: Parallel.map(regulation.faq) { entry in
                let answer = facts.line(entry.answer.value)
                return CompiledFAQ(
                    id: entry.id.text, topic: entry.topic.text, topicTitle: FAQTopicTitle.title(of: entry.topic.text, in: regulation.faq),
                    questions: entry.questions.map(\.value), answer: answer,
                    dependsOnZone: answer.slots.contains { $0.source == .zone })
            },
            escalations: regulation.escalations.map { escalation($0, index: index, facts: facts) },
            authority: regulation.authority.map { authority in
                CompiledAuthority(
                    compensationMax: authority.compensationMax.map { "\($0.value)" },
                    discountMax: authority.discountMax.map { "\($0.value)" },
                    may: (authority.may ?? []).map(\.value), mayNot: (authority.mayNot ?? []).map(\.value))
            },
            mailTemplates: MailTemplateOverrides.read(regulation.templates, folder: paths.folder),
            scripts: Parallel.map(regulation.scripts) { steps.build($0) })
    }

    // MARK: - Sections

    private func shop(_ shop: Shop, currency: String, facts: FactTable) -> CompiledShop {
        CompiledShop(
            id: shop.id.text, name: shop.name.value, phone: shop.phone.value.written,
            numbers: [shop.phone.value.e164] + (shop.lines ?? []).map(\.value.e164), site: shop.site?.value,
            email: shop.email?.value.address, timezone: shop.timezone.value.identifier,
            locale: shop.locale?.value ?? "ru-RU", currency: currency, about: shop.about.map { facts.line($0.value).text },
            hours: LocalWeek(shop.hours.week).said(), availability: AvailabilityBuilder.build(shop.hours, in: shop.timezone.value))
    }

    private func callCenter(of regulation: Regulation) -> CompiledCallCenter {
        let center = regulation.callCenter, zone = regulation.callCenterTimeZone
        return CompiledCallCenter(
            timezone: zone.identifier, hours: center?.hours.map { LocalWeek($0.week).said() },
            availability: center?.hours.map { AvailabilityBuilder.build($0, in: zone) })
    }

    private func compiledZone(_ zone: DeliveryZone, terms options: ZoneTerms, classes: [ProductClass]) -> CompiledZone {
        let terms = options.compiled(classes: classes)
        return CompiledZone(
            id: zone.id.text, name: zone.name.value, timezone: zone.timezone.value.identifier,
            postal: (zone.postal ?? []).map { range in
                let value = range.value
                return "\(PostalRange.six(value.lower))-\(PostalRange.six(value.upper))"
            },
            cities: (zone.cities ?? []).map(\.value), options: options.options,
            terms: terms.terms, termsByClass: terms.byClass)
    }

    private func contact(_ contact: Contact) -> CompiledContact {
        let availability: Availability? = if let hours = contact.hours, let zone = contact.timezone {
            AvailabilityBuilder.build(hours, in: zone.value)
        } else {
            nil
        }
        return CompiledContact(
            id: contact.id.text, name: contact.name.value, role: contact.role?.value,
            phone: contact.phone?.value.written, email: contact.email?.value.address,
            timezone: contact.timezone?.value.identifier, hours: contact.hours.map { LocalWeek($0.week).said() },
            availability: availability)
    }

    private func deliveryMethod(_ method: DeliveryMethod) -> CompiledDeliveryMethod {
        CompiledDeliveryMethod(
            id: method.id.text, name: method.name.value, kind: method.kind.value,
            excludes: (method.excludes ?? []).map(\.text),
            points: (method.points ?? []).map { point in
                CompiledPickupPoint(
                    id: point.id.text, name: point.name.value, address: point.address.value,
                    excludes: (point.excludes ?? []).map(\.text), hours: point.hours.map { LocalWeek($0.week).said() })
            })
    }

    private func escalation(_ rule: EscalationRule, index: RegulationIndex, facts: FactTable) -> CompiledEscalation {
        let contact = rule.to.flatMap { index.contacts[$0] }
        let availability: Availability? = if let contact, let hours = contact.hours, let zone = contact.timezone {
            AvailabilityBuilder.build(hours, in: zone.value)
        } else {
            nil
        }
        return CompiledEscalation(
            id: rule.id.text, when: rule.when.value, productClass: rule.productClass?.text,
            amount: rule.amount.map { "\($0.value)" }, action: rule.action.value, contact: rule.to?.text,
            whisper: rule.whisper.map { facts.line($0.value) }, availability: availability,
            fallback: rule.fallback?.text, promise: rule.promise.map { facts.line($0.value) }, urgency: rule.urgency?.value)
    }
}

/// What `Compiler` gives back: the compiled regulation, or the diagnostics
/// that stopped it (warnings come along either way).
public struct CompileResult: Sendable {
    public var compiled: CompiledRegulation?
    public var regulation: Regulation?
    public var diagnostics: [Diagnostic]
    public var files: [String]
}
