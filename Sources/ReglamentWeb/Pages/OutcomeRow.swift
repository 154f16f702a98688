import Foundation
import ReglamentModel
import ReglamentCompile
import ReglamentRun
import ReglamentWording

/// One order or message on the owner's list, and in its CSV and JSON:
/// the order's fields as read back to the client, the mail as the owner
/// got it (written by the same composer as the outbox's), its delivery
/// state, and the "dealt with" mark.
struct OutcomeRow {
    struct Field {
        let label: String
        let value: String
    }

    struct Mail {
        let of: OwnerMailKind
        let stateValue: DeliveryState
        let kind: String
        let state: String
        let failed: Bool
        let reply: String?
        let subject: String?
        let text: String?
    }

    let reference: String
    let outcome: Outcome
    let outcomeSaid: String
    let isMessage: Bool
    let started: String
    let startedAt: Date
    let operatorName: String
    let version: String
    let fields: [Field]
    let mails: [Mail]
    let dealtWith: String?
    let dealtNote: String?
    /// For a message that promised a callback: by when, and whether it was kept.
    let promisedBy: String?
    let promiseKept: String?
    let promiseBroken: Bool

    /// The message as the owner's mail says it.
    var messageText: String? {
        isMessage ? mails.first { $0.of == .message }?.text : nil
    }

    init(_ listing: OutcomeListing, compiled: CompiledRegulation, composer: (any OutcomeMailComposing)?, now: Date, text: InterfaceText) {
        let call = listing.call
        reference = call.reference
        outcome = call.outcome ?? .closed
        isMessage = call.outcome == .message
        outcomeSaid = isMessage ? text[.outcomeMessage] : text[.outcomeOrder]
        let zone = TimeZone(identifier: compiled.shop.timezone) ?? .gmt
        started = WebTime.moment(call.startedAt, in: zone)
        startedAt = call.startedAt
        operatorName = call.operatorName
        version = String(call.version.prefix(12))
        if let order = listing.order {
            let details = OrderDetails(order, compiled: compiled)
            fields = compiled.fields.compactMap { field in details.spokenValue(of: field).map { Field(label: field.label, value: $0) } }
        } else {
            fields = listing.message?.readableFields.map { Field(label: $0.label, value: $0.value) } ?? []
        }
        let texts = composer?.texts(for: call, order: listing.order, message: listing.message, notifications: [], at: call.endedAt ?? call.startedAt) ?? []
        mails = listing.mails.map { status in
            let composed = texts.first { $0.kind == status.kind }
            return Mail(
                of: status.kind, stateValue: status.state, kind: text.said(status.kind), state: text.said(status.state), failed: status.state == .failed,
                reply: status.lastReply, subject: composed?.subject, text: composed?.text)
        }
        dealtWith = listing.followUp.map { "\(WebTime.moment($0.at, in: zone)), \($0.by)" }
        dealtNote = listing.followUp?.note
        let judged = listing.message.flatMap { PromiseKeeping.judge($0, followUp: listing.followUp, now: now) }
        promisedBy = listing.message.flatMap(PromiseKeeping.deadline).map { WebTime.moment($0, in: zone) }
        promiseKept = judged.map { text.said($0) }
        promiseBroken = judged == .broken || judged == .late
    }
}
