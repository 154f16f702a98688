import Foundation
import ReglamentTestSupport
import Testing

/// `reglament` installed as README says (`scripts/install PREFIX`: the
/// binary alone) and run from a folder that has nothing of the source tree
/// (no `Templates/`, no `Regulations/` but the one example copied in): it
/// checks and compiles an example, renders its handbook, mails the owner
/// from a call, and starts a new regulation. Templates are built into the
/// binary; nothing looks for them by a path.
@Suite(.serialized) struct InstalledBinaryTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-installed-\(UUID().uuidString)")
    var prefix: URL { root.appendingPathComponent("prefix") }
    var installed: URL { prefix.appendingPathComponent("bin/reglament") }
    /// Where the owner works: a folder of its own, the example copied in.
    var workFolder: URL { root.appendingPathComponent("shop") }

    /// The install script with the binary the tests built (no second, release build here).
    func install() throws {
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["REGLAMENT_BINARY"] = ReglamentProcess.executable.path
        let script = ReglamentProcess.packageRoot.appendingPathComponent("scripts/install").path
        let result = try ChildProcess("/bin/bash", [script, prefix.path], directory: workFolder.path, environment: environment)
            .finish(timeout: .seconds(60))
        #expect(result.status == 0, "\(result.combined)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix.path) == ["bin"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix.appendingPathComponent("bin").path) == ["reglament"], "the binary is the install")
        try FileManager.default.copyItem(
            at: ReglamentProcess.packageRoot.appendingPathComponent("Regulations/uyut-lavka"), to: workFolder.appendingPathComponent("uyut-lavka"))
    }

    /// The installed binary, started in the work folder with a plain environment.
    func reglament(_ arguments: [String]) throws -> ChildProcess.Output {
        let environment = [
            "PATH": prefix.appendingPathComponent("bin").path + ":/usr/bin:/bin", "HOME": root.path, "NO_COLOR": "1", "LANG": "C.UTF-8",
        ]
        return try ChildProcess(installed.path, arguments, directory: workFolder.path, environment: environment).finish(timeout: .seconds(120))
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: workFolder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func compilesAnExampleAndRendersItsHandbookAndMailsFromAnyFolder() throws {
        try install()
        #expect(!FileManager.default.fileExists(atPath: workFolder.appendingPathComponent("Templates").path))

        let check = try reglament(["check", "--strict", "uyut-lavka/regulation.yaml"])
        #expect(check.status == 0, "\(check.combined)")

        let compiled = try reglament(["compile", "uyut-lavka/regulation.yaml", "-o", "out"])
        #expect(compiled.status == 0, "\(compiled.combined)")
        let html = try text("out/handbook.html")
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Уютная лавка") && html.contains("Екатерина Лаврова"), "\(html.prefix(300))")
        #expect(try text("out/handbook.md").hasPrefix("# Регламент колл-центра: Уютная лавка"))
        #expect(FileManager.default.fileExists(atPath: workFolder.appendingPathComponent("out/uyut.script.json").path))

        // A night message and a daytime order: the owner's mails, from the built-in mail templates.
        try (MailCommandTests.nightMessage.joined(separator: "\n") + "\n").write(
            to: workFolder.appendingPathComponent("night.answers"), atomically: true, encoding: .utf8)
        let night = try reglament([
            "run", "out/uyut.script.json", "--db", "calls.sqlite", "--now", "2026-11-25T22:40:00+03:00", "--postal", "630099",
            "--answers", "night.answers",
        ])
        #expect(night.status == 0 && night.stdout.contains("СООБЩЕНИЕ ПЕРЕДАНО"), "\(night.stdout.suffix(600))\(night.stderr)")
        try ((["", "1", "1", "Иван Петров", "8 913 555-12-34"] + RunCommandTests.orderAfterPhone).joined(separator: "\n") + "\n").write(
            to: workFolder.appendingPathComponent("order.answers"), atomically: true, encoding: .utf8)
        let order = try reglament(["run", "out/uyut.script.json", "--db", "calls.sqlite", "--now", RunCommandTests.noon, "--answers", "order.answers"])
        #expect(order.status == 0 && order.stdout.contains("ЗАКАЗ ПРИНЯТ"), "\(order.stdout.suffix(600))\(order.stderr)")

        let outbox = workFolder.appendingPathComponent("outbox")
        let mails = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".eml") }
        #expect(mails.count == 2, "\(mails)")
        for mail in mails {
            let eml = try String(contentsOf: outbox.appendingPathComponent(mail), encoding: .utf8)
            #expect(eml.contains("Subject: =?UTF-8?B?") && eml.contains("text/plain") && eml.contains("text/html"), "\(eml.prefix(600))")
        }
    }

    /// `--templates DIR` still replaces the built-in handbook templates.
    @Test func templatesFolderStillOverrides() throws {
        try install()
        let own = workFolder.appendingPathComponent("my-templates")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try "СВОЙ {{title}}".write(to: own.appendingPathComponent("handbook.html.mustache"), atomically: true, encoding: .utf8)
        try "# СВОЙ".write(to: own.appendingPathComponent("handbook.md.mustache"), atomically: true, encoding: .utf8)
        let compiled = try reglament(["compile", "uyut-lavka/regulation.yaml", "-o", "out", "--templates", "my-templates"])
        #expect(compiled.status == 0, "\(compiled.combined)")
        #expect(try text("out/handbook.html") == "СВОЙ Регламент колл-центра: Уютная лавка")
        #expect(try text("out/handbook.md") == "# СВОЙ")
    }

    /// A new owner's first commands, on the installed binary.
    @Test func startsANewRegulation() throws {
        try install()
        let started = try reglament(["init", "my-shop", "--shop", "Лавка «Чайник»"])
        #expect(started.status == 0, "\(started.combined)")
        let check = try reglament(["check", "--strict", "my-shop/regulation.yaml"])
        #expect(check.status == 0, "\(check.combined)")
        let test = try reglament(["test", "my-shop/regulation.yaml"])
        #expect(test.status == 0, "\(test.combined)")
    }
}
