import Foundation
import ReglamentCompile
import ReglamentMail
import ReglamentRun

/// A `.script.json` as `reglament run` reads it, edited or cut short by
/// anyone: refused with a reason, or a script every path of which the
/// engine can walk without trapping the operator.
enum CompiledScriptHarness {
    static func run(_ input: [UInt8]) {
        guard let compiled = try? CompiledJSON.decode(Data(input)) else { return }
        readBack(compiled)
    }

    /// A script that was accepted: written again, it is the same script;
    /// walked, no step, option or line breaks.
    static func readBack(_ compiled: CompiledRegulation) {
        let bytes = CompiledJSON.encode(compiled)
        let again: CompiledRegulation
        do { again = try CompiledJSON.decode(bytes) } catch {
            FuzzExpectation.expect(false, "a script written by reglament is read back: \(error)")
            return
        }
        FuzzExpectation.expect(again == compiled, "the script read back is the script written")
        FuzzExpectation.expect(CompiledJSON.encode(again) == bytes, "writing a script twice gives the same bytes")
        walk(compiled)
    }

    /// A short walk (a few paths, each step once) at a fixed Monday noon, through the real engine and mail composer.
    private static func walk(_ compiled: CompiledRegulation) {
        guard let from = OwnerMailComposer.sender(nil, shopName: compiled.shop.name),
              let templates = try? MailTemplates(overrides: compiled.mailTemplates ?? [:])
        else { return }
        let mailer = OwnerMailComposer(compiled: compiled, templates: templates, from: from)
        let explorer = ScriptExplorer(compiled: compiled, mailer: mailer, limits: .init(visitsPerStep: 1, paths: 40))
        _ = explorer.explore(from: monday)
    }

    private static let monday = Date(timeIntervalSince1970: 1_796_040_000)  // Monday 2026-11-30, 12:00 UTC
}
