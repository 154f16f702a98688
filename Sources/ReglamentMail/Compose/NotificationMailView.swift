import Foundation
import ReglamentCompile
import ReglamentRun
import ReglamentWording

/// What the notification templates read: which rule fired and why, and
/// the order as far as the call took it. The call went on; nobody waits
/// for an answer to this mail.
struct NotificationMailView {
    let subject: String
    let reference: String
    let orderReference: String
    let shopName: String
    let contactName: String
    let reason: String
    let rule: String
    let summary: String?
    let total: String?
    let operatorName: String
    let callTime: String

    init(_ notification: NotificationRecord, order: OrderRecord?, call: CallRecord, compiled: CompiledRegulation) {
        let details = order.map { OrderDetails($0, compiled: compiled) }
        reference = call.reference
        orderReference = notification.orderReference
        shopName = compiled.shop.name
        contactName = notification.contactName
        reason = notification.reason
        rule = notification.rule
        summary = details?.summary
        total = details?.total.map(compiled.said)
        operatorName = call.operatorName
        callTime = DateWording.moment(call.startedAt, inZone: compiled.shop.timezone, withYear: true)
        subject = "[\(call.reference)] Уведомление: \(notification.reason)"
    }
}
