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
        var mails: [OutboxMail] = []
        if let message, let to = MailAddress(message.recipient, name: message.content["contact_name"]) {
            let view = MessageMailView(message: message, call: call, compiled: compiled)
            let replyTo = message.content["client_email"].flatMap { MailAddress($0, name: message.content["client_name"]) }
            mails.append(mail(kind: .message, call: call, to: to, replyTo: replyTo, subject: view.subject, view: view, at: now))
        }
        if let order, let to = ownerAddress {
            let view = OrderMailView(order: order, call: call, compiled: compiled)
            let replyTo = compiled.value(ofType: .email, in: order.fields).flatMap { MailAddress($0, name: compiled.value(ofType: .fullName, in: order.fields)) }
            mails.append(mail(kind: .order, call: call, to: to, replyTo: replyTo, subject: view.subject, view: view, at: now))
        }
        for notification in notifications {
            guard let to = MailAddress(notification.recipient, name: notification.contactName) else { continue }
            let view = NotificationMailView(notification, order: order, call: call, compiled: compiled)
            mails.append(mail(kind: .notification, call: call, to: to, replyTo: nil, subject: view.subject, view: view, at: now, rule: notification.rule))
        }
        return mails
    }

    /// The owner contact's address, else the shop's.
    private var ownerAddress: MailAddress? {
        let owner = compiled.contacts.first { $0.role == .owner && $0.email != nil }
        return owner.flatMap { MailAddress($0.email ?? "", name: $0.name) } ?? compiled.shop.email.flatMap { MailAddress($0, name: compiled.shop.name) }
    }

    private func mail(
        kind: OwnerMailKind, call: CallRecord, to: MailAddress, replyTo: MailAddress?, subject: String, view: Any, at now: Date,
        rule: String? = nil
    ) -> OutboxMail {
        let message = MailMessage(
            from: from, to: [to], replyTo: replyTo, subject: subject, date: now,
            timeZone: TimeZone(identifier: compiled.shop.timezone) ?? .gmt,
            // A call sends one mail of a kind, and one notification per rule.
            messageID: MailMessage.newID(for: call.reference, kind: rule.map { "\(kind.rawValue)-\($0)" } ?? kind.rawValue, from: from),
            text: templates.render("\(kind.rawValue)-email.txt", view), html: templates.render("\(kind.rawValue)-email.html", view))
        return OutboxMail(
            shop: call.shop, reference: call.reference, kind: kind, messageID: message.messageID, sender: from.address,
            recipients: [to.address], raw: MIMEWriter.render(message), createdAt: now)
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
