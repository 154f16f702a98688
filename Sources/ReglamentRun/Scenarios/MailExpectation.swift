import ReglamentDiagnostics
import ReglamentModel

/// An owner's mail a scenario's call must send: of this kind, to this
/// address, with these words in its subject and its text (substrings, as
/// the owner reads them, before MIME encoding).
///
/// ```yaml
/// mail:
///   - kind: order
///     subject: Новый заказ
///     text: ["НЕ ЗВОНИТЬ", "Telegram"]
/// ```
public struct MailExpectation: Decodable, Sendable {
    public let location: SourceLocation
    public let kind: OwnerMailKind?
    /// A substring of one recipient's address.
    public let to: String?
    public let subject: String?
    public let text: [String]?

    /// Nothing when one of the call's mails has it all; else why not, with what was sent.
    func failures(against mails: [OwnerMailText]) -> [String] {
        let plain = ScenarioRunner.plainSpaces
        let candidates = mails.filter { mail in
            (kind.map { $0 == mail.kind } ?? true) && (to.map { to in mail.recipients.contains { $0.contains(to) } } ?? true)
        }
        let matching = candidates.filter { mail in
            (subject.map { plain(mail.subject).contains(plain($0)) } ?? true)
                && (text ?? []).allSatisfy { plain(mail.text).contains(plain($0)) }
        }
        guard matching.isEmpty else { return [] }
        let wanted = [kind.map { "\($0.rawValue) mail" } ?? "a mail", to.map { "to '\($0)'" }].compactMap { $0 }.joined(separator: " ")
        guard let closest = candidates.first else {
            let sent = mails.map { "\($0.kind.rawValue) to \($0.recipients.joined(separator: ", "))" }
            return ["mail: expected \(wanted), sent \(sent.isEmpty ? "none" : sent.joined(separator: "; "))"]
        }
        var missing: [String] = []
        if let subject, !plain(closest.subject).contains(plain(subject)) { missing.append("subject '\(subject)' (subject is «\(closest.subject)»)") }
        for words in text ?? [] where !plain(closest.text).contains(plain(words)) { missing.append("'\(words)' in the text") }
        return ["mail: \(wanted) has no " + missing.joined(separator: ", no ")]
    }
}

extension OwnerMailKind: SchemaEnum {}
