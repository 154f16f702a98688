import ArgumentParser
import Foundation
import ReglamentCompile
import ReglamentMail
import ReglamentRun

/// The mail settings `run` and `outbox` share.
struct MailOptions: ParsableArguments {
    @Option(name: .customLong("mail"), help: ArgumentHelp(
        "Where mail goes: dir:PATH (default dir:outbox), sendmail:PROGRAM, smtp://[user:pass@]host:port[?tls=required], smtps://…; or REGLAMENT_MAIL.",
        valueName: "URL"))
    var url: String?

    @Option(name: .customLong("mail-from"), help: ArgumentHelp("The sender, e.g. 'Уют-Лавка <calls@uyut.example>'; or REGLAMENT_MAIL_FROM.", valueName: "ADDRESS"))
    var from: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Give up on an undelivered mail after this long (90m, 48h, 2d; default: 48h); it is then marked failed.", valueName: "TIME"),
        transform: TimeAmount.some)
    var giveUpAfter = TimeAmount.hours(48)

    func transport() throws -> any MailTransport {
        try MailURL.transport(MailURL.setting(url))
    }

    var policy: RetryPolicy { RetryPolicy(giveUpAfter: giveUpAfter.duration) }

    /// Writes the owner's mails for `compiled`, with the regulation's own templates.
    func composer(for compiled: CompiledRegulation) throws -> OwnerMailComposer {
        try Self.composer(for: compiled, from: from)
    }

    /// The composer for the sender given (or `REGLAMENT_MAIL_FROM`, or the default sender).
    static func composer(for compiled: CompiledRegulation, from: String?) throws -> OwnerMailComposer {
        let given = from ?? ProcessInfo.processInfo.environment["REGLAMENT_MAIL_FROM"]
        guard let sender = OwnerMailComposer.sender(given, shopName: compiled.shop.name) else {
            throw CommandFailure.badValue(option: "--mail-from", value: given ?? "", expected: "an address such as 'Shop <calls@shop.example>'")
        }
        return OwnerMailComposer(compiled: compiled, templates: try MailTemplates(overrides: compiled.mailTemplates ?? [:]), from: sender)
    }
}
