import Foundation
import ReglamentMail
import Testing

/// `sendmail:` speaks the Unix convention: the mail on standard input with
/// LF line ends, `-i -f SENDER -- RECIPIENTS`, and the exit status decides.
/// The program here is a stand-in for the local mail system that records
/// what it was given and exits as told.
struct SendmailTransportTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-sendmail-\(UUID().uuidString)")

    func program(exiting status: Int32, after seconds: Int = 0) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("sendmail").path
        try """
            #!/bin/sh
            printf '%s\\n' "$@" > "\(folder.path)/arguments"
            cat > "\(folder.path)/mail"
            sleep \(seconds)
            echo "queued by the stand-in"
            exit \(status)
            """.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test func theMailGoesInOnStandardInput() async throws {
        let transport = try MailURL.transport("sendmail:\(try program(exiting: 0))")
        let message = Data("Subject: x\r\n\r\n.line with a dot\r\nend\r\n".utf8)
        let reply = try await transport.open().send(message, from: "calls@uyut.example", to: ["katya@uyut-lavka.ru"]) {}
        #expect(reply.contains("queued by the stand-in"))
        #expect(try String(contentsOf: folder.appendingPathComponent("arguments"), encoding: .utf8) == "-i\n-f\ncalls@uyut.example\n--\nkatya@uyut-lavka.ru\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("mail"), encoding: .utf8) == "Subject: x\n\n.line with a dot\nend\n")
    }

    @Test(arguments: [(Int32(75), false), (Int32(67), true)])
    func theExitStatusDecides(status: Int32, permanent: Bool) async throws {
        let session = try await MailURL.transport("sendmail:\(try program(exiting: status))").open()
        await #expect {
            _ = try await session.send(Data("Subject: x\r\n\r\nbody\r\n".utf8), from: "a@b.example", to: ["c@d.example"]) {}
        } throws: { error in
            guard let error = error as? DeliveryError else { return false }
            return error.isPermanent == permanent && error.description.contains("exited with \(status)")
        }
    }

    @Test func aMailSystemThatHangsIsStopped() async throws {
        let session = try await SendmailTransport(program: try program(exiting: 0, after: 300), timeout: .seconds(1)).open()
        let started = ContinuousClock.now
        await #expect {
            _ = try await session.send(Data("Subject: x\r\n\r\nbody\r\n".utf8), from: "a@b.example", to: ["c@d.example"]) {}
        } throws: { error in
            (error as? DeliveryError)?.isUnreachable == true && "\(error)".contains("did not finish within 1 s")
        }
        // Far below the stand-in's 300 s, far above the 1 s deadline: a busy
        // machine (a build beside the tests) once took 25 s to get here.
        #expect(ContinuousClock.now - started < .seconds(120), "stopped, not waited out")
    }

    @Test func aMissingProgramIsSaidSo() async throws {
        await #expect {
            _ = try await MailURL.transport("sendmail:/no/such/sendmail").open()
        } throws: { error in
            "\(error)".contains("/no/such/sendmail")
        }
    }
}
