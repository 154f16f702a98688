import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentRun

/// The owner's emails for a call's outcome: a `message` goes to the
/// escalation's contact, an `order` to the owner, each as plain text and
/// HTML, with the call's reference in the subject so the owner's mail
/// client keeps a call's mails together.
public struct OwnerMailComposer: OutcomeMailComposing {
    public let compiled: CompiledRegulation
    public let templates: MailTemplates
    /// The sender: `Reglament <reglament@host>` unless configured.
    public let from: MailAddress

    public init(compiled: CompiledRegulation, templates: MailTemplates, from: MailAddress) {
        self.compiled = compiled
        self.templates = templates
        self.from = from
    }

    public func mails(
        for call: CallRecord, order: OrderRecord?, message: MessageRecord?, notifications: [NotificationRecord], at now: Date
    ) -> [OutboxMail] {
        drafts(for: call, order: order, message: message, notifications: notifications).map { draft in
            let message = MailMessage(
                from: from, to: [draft.to], replyTo: draft.replyTo, subject: draft.subject, date: now,
                timeZone: TimeZone(identifier: compiled.shop.timezone) ?? .gmt,
                // A call sends one mail of a kind, and one notification per rule.
                messageID: MailMessage.newID(
                    for: call.reference, kind: draft.rule.map { "\(draft.kind.rawValue)-\($0)" } ?? draft.kind.rawValue, from: from),
                text: templates.render("\(draft.kind.rawValue)-email.txt", draft.view),
                html: templates.render("\(draft.kind.rawValue)-email.html", draft.view))
            return OutboxMail(
                shop: call.shop, reference: call.reference, kind: draft.kind, messageID: message.messageID, sender: from.address,
                recipients: [draft.to.address], raw: MIMEWriter.render(message), createdAt: now)
        }
    }

    public func texts(
        for call: CallRecord, order: OrderRecord?, message: MessageRecord?, notifications: [NotificationRecord], at now: Date
    ) -> [OwnerMailText] {
        drafts(for: call, order: order, message: message, notifications: notifications).map { draft in
            OwnerMailText(
                kind: draft.kind, rule: draft.rule, recipients: [draft.to.address], subject: draft.subject,
                text: templates.render("\(draft.kind.rawValue)-email.txt", draft.view))
        }
    }

    /// A mail decided on, not yet rendered: who gets it and the view its templates read.
    private struct Draft {
        var kind: OwnerMailKind
        var rule: String?
        var to: MailAddress
        var replyTo: MailAddress?
        var subject: String
        var view: Any
    }

    private func drafts(for call: CallRecord, order: OrderRecord?, message: MessageRecord?, notifications: [NotificationRecord]) -> [Draft] {
        var drafts: [Draft] = []
        if let message, let to = MailAddress(message.recipient, name: message.content["contact_name"]) {
            let view = MessageMailView(message: message, call: call, compiled: compiled)
            let replyTo = message.content["client_email"].flatMap { MailAddress($0, name: message.content["client_name"]) }
            drafts.append(Draft(kind: .message, to: to, replyTo: replyTo, subject: view.subject, view: view))
        }
        if let order, let to = ownerAddress {
            let view = OrderMailView(order: order, call: call, compiled: compiled)
            let replyTo = compiled.value(ofType: .email, in: order.fields).flatMap { MailAddress($0, name: compiled.value(ofType: .fullName, in: order.fields)) }
            drafts.append(Draft(kind: .order, to: to, replyTo: replyTo, subject: view.subject, view: view))
        }
        for notification in notifications {
            guard let to = MailAddress(notification.recipient, name: notification.contactName) else { continue }
            let view = NotificationMailView(notification, order: order, call: call, compiled: compiled)
            drafts.append(Draft(kind: .notification, rule: notification.rule, to: to, subject: view.subject, view: view))
        }
        return drafts
    }

    /// The owner contact's address, else the shop's.
    private var ownerAddress: MailAddress? {
        let owner = compiled.contacts.first { $0.role == .owner && $0.email != nil }
        return owner.flatMap { MailAddress($0.email ?? "", name: $0.name) } ?? compiled.shop.email.flatMap { MailAddress($0, name: compiled.shop.name) }
    }

    /// `Reglament <reglament@HOST>`, or the address given (`--mail-from`, `REGLAMENT_MAIL_FROM`).
    public static func sender(_ given: String?, shopName: String) -> MailAddress? {
        guard let given, !given.isEmpty else {
            return MailAddress("reglament@\(SMTPTransport.clientName.contains(".") ? SMTPTransport.clientName : "localhost")", name: "\(shopName) · Reglament")
        }
        if let open = given.lastIndex(of: "<"), given.hasSuffix(">") {
            let name = given[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["\""])
            return MailAddress(String(given[given.index(after: open)..<given.index(before: given.endIndex)]), name: name)
        }
        return MailAddress(given, name: "\(shopName) · Reglament")
    }
}
