import Foundation
import ReglamentCompile
import ReglamentModel
import ReglamentRun
import ReglamentWording

/// What the message templates read: the client's words and how to reach
/// them, with "do not call" raised where it cannot be missed.
struct MessageMailView {
    let subject: String
    let reference: String
    let shopName: String
    let contactName: String
    let clientName: String
    let contact: String
    let channel: String?
    /// The client must not be phoned: SMS, e-mail or a messenger only.
    let doNotCall: Bool
    let question: String
    let urgent: Bool
    let promise: String?
    let promiseContactTime: String?
    let promiseClientTime: String?
    let clientTimezone: String?
    let clientEmail: String?
    let operatorName: String
    let callTime: String
    let rule: String?

    init(message: MessageRecord, call: CallRecord, compiled: CompiledRegulation) {
        let content = message.content
        reference = call.reference
        shopName = compiled.shop.name
        contactName = content["contact_name"] ?? ""
        clientName = content["client_name"] ?? "(имя не названо)"
        contact = content["contact"] ?? ""
        let channelID = content["channel"]
        channel = channelID.map { id in compiled.fields.lazy.flatMap(\.choices).first { $0.id == id }?.label ?? id }
        let contactWords = contact.lowercased()
        doNotCall = ContactChannels.forbidsCalls(channelID)
            || ["не звон", "только sms", "только смс", "only sms", "do not call"].contains { contactWords.contains($0) }
        question = content["question"] ?? ""
        // "urgent" is how logs before the rules' `urgency:` wrote it.
        urgent = content["urgency"] == Urgency.high.rawValue || content["urgency"] == "urgent"
        promise = content["promise"]
        promiseContactTime = content["promise_contact_time"]
        promiseClientTime = content["promise_client_time"]
        clientTimezone = content["client_timezone"]
        clientEmail = content["client_email"]
        operatorName = content["operator"] ?? call.operatorName
        callTime = DateWording.moment(call.startedAt, inZone: compiled.shop.timezone, withYear: true)
        rule = message.rule
        subject = "[\(call.reference)] " + (urgent ? "СРОЧНО: " : "") + "сообщение от клиента — \(clientName)"
    }
}
