import Foundation
import ReglamentAccess
import ReglamentTemplates

/// The workspace's own words (menus, buttons, headings, notices, refusals)
/// in one language, from `Templates/web/text/<code>.json`: one flat
/// `"key": "text"` table per `InterfaceLanguage`, built into the binary and
/// read once at start by `Pages`.
///
/// - A template says `{{t.key}}` (`Pages.render` puts the table in every
///   page's context as `t`, and the language's code as `lang`).
/// - Swift says `text[.key]`, or `text(.key, ["name": value])` to fill the
///   text's `{name}` placeholders; `TextKey` lists every key, so a typo
///   does not compile, and `load()` refuses a table without one of them.
/// - A new word: one key in both tables (the tests compare their keys and
///   placeholders and look up every `{{t.…}}` of the templates) and, when
///   Swift uses it, one case of `TextKey`.
/// - Which language a request gets: `WebServices.text(_:)`.
///
/// What the operator reads to the client, and the engine's messages
/// (field refusals, endings, promises), stay in the regulation's language.
struct InterfaceText: Sendable {
    let language: InterfaceLanguage
    /// Key → text, as the template reads it.
    let table: [String: String]

    subscript(_ key: TextKey) -> String {
        table[key.rawValue] ?? key.rawValue
    }

    /// The text of `key` with each `{name}` replaced by `values[name]`.
    func callAsFunction(_ key: TextKey, _ values: [String: String]) -> String {
        var text = self[key]
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    /// Every language's table, checked to hold every `TextKey`.
    static func load() throws -> [InterfaceLanguage: InterfaceText] {
        var texts: [InterfaceLanguage: InterfaceText] = [:]
        for language in InterfaceLanguage.allCases {
            let path = "web/text/\(language.rawValue).json"
            guard let json = BuiltInTemplates.text(of: path),
                  let table = try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))
            else { throw InterfaceTextProblem(path: path, missing: []) }
            let missing = TextKey.allCases.map(\.rawValue).filter { table[$0] == nil }
            guard missing.isEmpty else { throw InterfaceTextProblem(path: path, missing: missing) }
            texts[language] = InterfaceText(language: language, table: table)
        }
        return texts
    }

    /// The names of a text's `{name}` placeholders.
    static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

struct InterfaceTextProblem: Error, CustomStringConvertible {
    let path: String
    let missing: [String]
    var description: String {
        missing.isEmpty
            ? "the interface text \(path) is not built in or is not a flat JSON object of strings"
            : "the interface text \(path) has no \(missing.joined(separator: ", "))"
    }
}

/// The keys of `Templates/web/text/*.json`, for Swift code (a key only templates use may be left out).
enum TextKey: String, CaseIterable, Sendable {
    case regulationTitle
    case regulationPublished
    case draftTitle
    case draftErrors
    case draftOtherShop
    case draftMissing
    case draftNotLive
    case uploadNoFiles
    case uploadTooMany
    case uploadBadName
    case uploadBadKind
    case uploadTwice
    case uploadNoMain
    case errorFormUnreadable
    case navAdmin
    case navLogout
    case navLanguage
    case navLanguageAsRegulation
    case navLanguageChange
    case roleAdmin
    case roleOperator
    case roleOwner
    case roleAuditor
    case toHome
    case handbook
    case handbookLower
    case outcomesLink
    case auditLink
    case shops
    case caller
    case doNotCall
    case loginTitle
    case loginName
    case loginPassword
    case loginSubmit
    case loginExpired
    case loginTooMany
    case loginWrong
    case homeTitle
    case homeNoShops
    case homeNotServed
    case homePostal
    case homeNewCall
    case homeConfirmations
    case homeConfirmation
    case homeAskedNoCalls
    case homeTextToSend
    case homeCall
    case homeNoAnswer
    case homeAside
    case callTitle
    case callWord
    case callStep
    case callClientTime
    case callRepeatClient
    case callChannel
    case callDrivenBy
    case callTotal
    case callPromised
    case callBackHome
    case callEscalation
    case callAvailable
    case callUnavailable
    case callTransfer
    case callWhisper
    case callNotToRead
    case callSay
    case callEnter
    case callInput
    case callNext
    case callKeys
    case callFAQNothing
    case callFAQTopics
    case callRelease
    case callZoneFirst
    case outcomesTitle
    case outcomesVersion
    case outcomesNoRemarks
    case outcomesWarnings
    case outcomesNewErrors
    case outcomesFrom
    case outcomesTo
    case outcomesOutcome
    case outcomesAll
    case outcomesOrders
    case outcomesMessages
    case outcomesOperator
    case outcomesShow
    case outcomesNone
    case outcomesVersionWord
    case outcomesMail
    case outcomesServerReply
    case outcomesPromisedBy
    case outcomesDealtWith
    case outcomesNote
    case outcomesMarkDealt
    case outcomeOrder
    case outcomeMessage
    case mailOrder
    case mailMessage
    case mailNotification
    case mailQueued
    case mailSending
    case mailSent
    case mailFailed
    case promiseKept
    case promiseLate
    case promiseDue
    case promiseBroken
    case popTitle
    case popRepeatClient
    case popAskedChannel
    case popChannel
    case popTakenBy
    case popOtherOperator
    case popTake
    case popTakenByOther
    case confirmationTitle
    case adminShop
    case adminState
    case adminOpenCalls
    case adminServed
    case adminNotServed
    case adminPeople
    case adminName
    case adminRole
    case adminSpokenName
    case adminSpokenNameLabel
    case adminSave
    case adminShopsPlaceholder
    case adminShopsLabel
    case adminGrant
    case adminRevoke
    case adminNewPassword
    case adminRemove
    case adminAdd
    case adminSpokenNameForOperator
    case adminSpokenNameExample
    case adminPasswordRule
    case adminAllShops
    case adminChooseRole
    case adminNeedShop
    case adminNeedSpokenName
    case adminNoSuchUser
    case adminPasswordShown
    case adminNotYourself
    case adminUnknownChange
    case adminDoneAdded
    case adminDoneSpoken
    case adminDoneRemoved
    case adminDoneGrants
    case errorNotFound
    case errorNotForRole
    case errorNotServed
    case errorNoSpokenName
    case errorFormExpired
    case errorServer
    case errorNoCall
    case errorNoOrder
    case errorNoMessage
    case errorPostal
    case errorDrivenBy
    case errorUnknownVersion
    case errorReport
    case errorHandbook
    case errorLanguage
    case errorBadRequest
}
