import Foundation
import Hummingbird
import ReglamentAccess
import ReglamentCompile
import ReglamentRun

/// Confirmation calls from the operator's home page, under the
/// regulation's rules (`ConfirmationCall`, as `run --confirm`): a call
/// made, a call nobody answered, or, for a client who asked not to be
/// called, the text to send instead.
struct ConfirmationRoutes {
    let services: WebServices

    struct NoticeView {
        let navigation: Navigation?
        let title: String
        let message: String
    }

    func add(to router: Router<WebContext>) {
        router.post("/shops/:shop/confirmations/:order") { _, context in
            let (user, shop, version) = try services.liveScope(context, roles: [.operator])
            guard let reference = context.parameters.get("order"), try await services.store.order(reference, shop: shop.id) != nil else {
                throw HTTPError(.notFound, message: services.text(context)[.errorNoOrder])
            }
            let spoken = try services.spokenName(of: user, context)
            let now = services.clock()
            let confirmation = ConfirmationCall(
                runner: version.runner, orderReference: reference, operatorName: spoken, noAnswer: context.form["result"] == "no-answer", now: now)
            var begun: CallSession?
            let said: String
            do {
                said = try await confirmation.run { session in
                    begun = session
                    return session
                }
            } catch let error as ConfirmationError {
                throw HTTPError(.conflict, message: error.description)
            }
            if let begun {
                _ = try await services.store.claimCall(begun.record.reference, shop: shop.id, by: user.name.text, at: now)
                return Response.redirect(to: CallRoutes.path(shop.id, begun.record.reference))
            }
            let text = services.text(context)
            let view = NoticeView(navigation: Navigation(context, text), title: text(.confirmationTitle, ["reference": reference]), message: said)
            return page(services.pages.render("notice", view, text))
        }
    }
}

/// A confirmation call due now, as the operator's home page lists it.
struct DueConfirmation {
    let reference: String
    let attempt: Int
    let attempts: Int
    /// The channel the client asked for when it is not a call: the confirmation is a text to send.
    let textChannel: String?

    /// The shop's unconfirmed orders whose next call is due now.
    static func list(_ shop: ServedShop, store: any WebStore, now: Date) async throws -> [DueConfirmation] {
        guard let compiled = shop.live?.compiled, let policy = compiled.scripts.lazy.compactMap(\.confirmation).first else { return [] }
        let schedule = ConfirmationSchedule(policy: policy)
        var due: [DueConfirmation] = []
        for order in try await store.unconfirmedOrders(shop: shop.id) {
            let attempts = try await store.attempts(forOrder: order.reference, shop: shop.id)
            guard schedule.decide(attempts, now: now) == .due else { continue }
            let channel = compiled.value(ofType: .contactChannel, in: order.fields)
            due.append(DueConfirmation(
                reference: order.reference, attempt: attempts.count + 1, attempts: policy.attempts,
                textChannel: ContactChannels.forbidsCalls(channel) ? ContactChannels.all.first { $0.id == channel }?.label : nil))
        }
        return due
    }
}
