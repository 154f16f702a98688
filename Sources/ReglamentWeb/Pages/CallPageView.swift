import Foundation
import ReglamentAccess
import ReglamentRun
import ReglamentWording

/// The call page's values: the step as the engine shows it, laid out for
/// the browser. Only `line` (and the whisper, to the contact) is read out.
struct CallPageView {
    struct Option {
        let number: Int
        let label: String
    }

    struct Answer {
        let question: String
        let text: String
    }

    let navigation: Navigation?
    let title: String
    let shopID: String
    let shopName: String
    let reference: String
    let csrf: String
    let stepNumber: Int
    let line: String?
    let notice: String?
    let prompt: String?
    let rule: String?
    let options: [Option]
    let contact: String?
    let contactAvailable: Bool
    let contactStatus: String?
    let contactPhone: String?
    let whisper: String?
    let refusal: String?
    let typed: String
    let faqQuery: String?
    let answers: [Answer]
    let faqTopics: [String]
    let clientTime: String?
    let ending: CallEnding?
    /// Someone else drives the call (the page only shows it), said.
    let drivenBy: String?
    let mayAct: Bool
    /// A digit alone chooses (not at a question that takes several numbers).
    let digitChooses: Bool
    let isAdmin: Bool
    /// The caller's number and history, when the telephone system announced the call.
    let caller: String?
    let client: RepeatClient?

    init(
        _ call: LoadedCall, navigation: Navigation?, viewer: UserAccount, now: Date, text: InterfaceText, caller: String? = nil, client: RepeatClient? = nil
    ) {
        self.caller = caller
        self.client = client
        let session = call.session
        let view = session.view
        let compiled = call.version.compiled
        self.navigation = navigation
        title = text(.callTitle, ["reference": call.reference])
        shopID = compiled.shop.id
        shopName = compiled.shop.name
        reference = call.reference
        csrf = navigation?.csrf ?? ""
        stepNumber = view.number
        line = view.line.flatMap { $0.isEmpty ? nil : $0 }
        notice = view.notice
        prompt = view.prompt
        rule = view.rule
        options = view.options.enumerated().map { Option(number: $0.offset + 1, label: $0.element) }
        contact = view.contact
        contactAvailable = view.contactAvailable == true
        contactStatus = view.contactStatus
        contactPhone = view.contactPhone
        whisper = view.contactAvailable == true ? view.whisper : nil
        refusal = call.refusal
        typed = call.typed ?? ""
        faqQuery = call.faqQuery
        answers = call.faqQuery.map { words in
            call.version.faq.search(words).prefix(3).map { entry in
                Answer(
                    question: entry.questions.first ?? entry.topicTitle,
                    // Terms that differ by zone are said once the client's zone is known.
                    text: entry.dependsOnZone && session.zone == nil
                        ? text[.callZoneFirst]
                        : session.fill(entry.answer))
            }
        } ?? []
        faqTopics = view.faq.compactMap { id in compiled.faq.first { $0.id == id }.map { $0.questions.first ?? $0.topicTitle } }
        clientTime = session.zone.flatMap { TimeZone(identifier: $0.timezone) }.map { zone in
            "\(Self.clock(now, in: zone)) \(ZoneWording.short(zone)) (\(session.zone?.name ?? ""))"
        }
        ending = session.ending
        let other = call.driver.flatMap { $0 == viewer.name.text ? nil : $0 }
        drivenBy = other.map { text(.callDrivenBy, ["name": $0]) }
        mayAct = other == nil && viewer.role == .operator && !session.isOver
        digitChooses = !view.choosesSeveral
        isAdmin = viewer.role == .admin
    }

    private static func clock(_ now: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: now)
        return DateWording.clock((parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }
}
