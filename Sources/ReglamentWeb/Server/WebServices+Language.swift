import Foundation
import ReglamentAccess

/// Which language a request's page is in; every route and the problem
/// pages ask here. The person's choice; else the language of the
/// regulation (`shop.locale`) of the route's shop; on a page of no one shop
/// (home, admin), of the first shop the person may work in; before login,
/// the browser's `Accept-Language`; else Russian.
extension WebServices {
    func language(_ context: WebContext) -> InterfaceLanguage {
        if let user = context.user {
            if let chosen = user.language { return chosen }
            // Only a shop the person may see names the language: another shop's 404 is the same as no shop's.
            let own = context.parameters.get("shop").flatMap(workspace.shop).flatMap { user.mayWork(in: $0.id) ? $0 : nil }
            for shop in own.map({ [$0] }) ?? workspace.shops.filter({ user.mayWork(in: $0.id) }) {
                if let locale = shop.live?.compiled.shop.locale { return InterfaceLanguage(locale: locale) ?? .russian }
            }
            return .russian
        }
        return context.acceptLanguage.flatMap(Self.bestMatch) ?? .russian
    }

    /// The workspace's words for this request.
    func text(_ context: WebContext) -> InterfaceText {
        pages.text(language(context))
    }

    /// The interface language an `Accept-Language` header prefers most (`en-GB,en;q=0.9,ru;q=0.8`); nil for none of them.
    static func bestMatch(_ header: String) -> InterfaceLanguage? {
        let ranked = header.split(separator: ",").enumerated().compactMap { index, part -> (language: InterfaceLanguage, q: Double, index: Int)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, let language = InterfaceLanguage(locale: tag) else { return nil }
            let q = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return q > 0 ? (language, q, index) : nil
        }
        return ranked.min { ($1.q, $0.index) < ($0.q, $1.index) }?.language
    }
}
