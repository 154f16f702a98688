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

    @Option(help: ArgumentHelp("Give up on an undelivered mail after this long (90m, 48h, 2d); it is then marked failed.", valueName: "TIME"))
    var giveUpAfter = "48h"

    func transport() throws -> any MailTransport {
        do {
            return try MailURL.transport(MailURL.setting(url))
        } catch {
            StandardError.write("reglament: \(error)\n")
            throw ExitStatus.usage
        }
    }

    func policy() throws -> RetryPolicy {
        guard let giveUp = RetryPolicy.duration(giveUpAfter) else {
            StandardError.write("reglament: --give-up-after '\(giveUpAfter)' is not a time such as 90m, 48h or 2d\n")
            throw ExitStatus.usage
        }
        return RetryPolicy(giveUpAfter: giveUp)
    }

    /// Writes the owner's mails for `compiled`, with the regulation's own templates.
    func composer(for compiled: CompiledRegulation) throws -> OwnerMailComposer {
        try Self.composer(for: compiled, from: from)
    }

    /// The composer for the sender given (or `REGLAMENT_MAIL_FROM`, or the default sender).
    static func composer(for compiled: CompiledRegulation, from: String?) throws -> OwnerMailComposer {
        let given = from ?? ProcessInfo.processInfo.environment["REGLAMENT_MAIL_FROM"]
        guard let sender = OwnerMailComposer.sender(given, shopName: compiled.shop.name) else {
            StandardError.write("reglament: --mail-from '\(given ?? "")' is not an address such as 'Shop <calls@shop.example>'\n")
            throw ExitStatus.usage
        }
        do {
            return OwnerMailComposer(compiled: compiled, templates: try MailTemplates(overrides: compiled.mailTemplates ?? [:]), from: sender)
        } catch {
            StandardError.write("reglament: \(error)\n")
            throw ExitStatus.usage
        }
    }
}
