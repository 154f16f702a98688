import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentWording

extension CallSession {
    /// What the call's outcome stores and mails: an inbound call's order
    /// (an outbound one only confirms it), and the message.
    public func outcomeRecords(at now: Date) -> (order: OrderRecord?, message: MessageRecord?) {
        (record.direction == .inbound ? orderRecord(at: now) : nil, messageRecord(at: now))
    }

    /// The order an `order` outcome records: every captured field, and each item's classes.
    public func orderRecord(at now: Date) -> OrderRecord? {
        guard outcome == .order else { return nil }
        // Skipped optional fields are stored empty in the log and left out of the order.
        return OrderRecord(
            shop: record.shop, reference: orderReference, fields: fields.filter { !$0.value.isEmpty },
            itemClasses: itemClasses.mapValues { $0.map { $0 ?? [] } }, createdAt: now)
    }

    /// An outbound call confirms the order of another call; an inbound one records its own.
    public var orderReference: String { record.orderReference ?? record.reference }

    /// The message a `message` outcome forwards: to the escalation's
    /// contact, else the owner, else the shop's own address.
    public func messageRecord(at now: Date) -> MessageRecord? {
        guard outcome == .message else { return nil }
        let rule = escalation?.rule
        let contact = messageContact(rule)
        let recipient = contact?.email ?? compiled.shop.email ?? ""
        var content: [String: String] = [
            "client_name": capturedValue(ofType: .fullName) ?? messageItems[.clientName] ?? "",
            "contact": capturedValue(ofType: .phone) ?? messageItems[.contact] ?? "",
            "question": messageItems[.question] ?? notes.joined(separator: "\n"),
            "urgency": rule?.urgency?.rawValue ?? messageItems[.urgency] ?? Urgency.normal.rawValue,
            "operator": record.operatorName,
            "call_started": record.startedAt.formatted(.iso8601),
            "contact_name": contact?.name ?? "",
        ]
        if messageItems[.consent] == MessageItem.refused { content["consent"] = "refused" }
        content["channel"] = capturedValue(ofType: .contactChannel)
        content["client_email"] = capturedValue(ofType: .email)
        if let promise, let text = events.lazy.reversed().compactMap(\.promisedText).first {
            content["promise"] = text
            // The owner reads it: "your time" is the client's, named by its zone.
            content["promise_client_time"] = zone.map { zone in
                promise.client.replacingOccurrences(of: Self.yourTime, with: ZonePhrase.whose(zone.timezone))
            } ?? promise.client
            content["promise_contact_time"] = promise.contact
            if let window = promiseWindow {
                content["promise_from"] = window.from.formatted(.iso8601)
                content["promise_until"] = window.until?.formatted(.iso8601)
            }
        }
        if let zone { content["client_timezone"] = zone.timezone }
        return MessageRecord(
            shop: record.shop, reference: record.reference, rule: rule?.id, recipient: recipient,
            content: content.filter { !$0.value.isEmpty }, createdAt: now)
    }

    /// The notifications of `notify` rules that fired in the call, one per
    /// rule, to the rule's contact; a rule the final order no longer meets
    /// (the piano taken out again) sends nothing, and the reason is the final order's.
    public func notificationRecords(at now: Date) -> [NotificationRecord] {
        let order = self.order
        return notifiedRules.compactMap { id in
            guard let rule = rule(id), let reason = triggerReason(rule, order: order),
                  let contact = contact(rule.contact) ?? messageContact(nil), let email = contact.email ?? compiled.shop.email
            else { return nil }
            return NotificationRecord(
                shop: record.shop, reference: record.reference, orderReference: orderReference, rule: rule.id,
                recipient: email, contactName: contact.name, reason: reason, createdAt: now)
        }
    }
}

extension CallEvent {
    var promisedText: String? {
        if case .promised(let text, _, _, _, _) = kind { return text }
        return nil
    }
}
