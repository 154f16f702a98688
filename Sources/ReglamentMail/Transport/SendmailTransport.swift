import Foundation

/// `sendmail:/usr/sbin/sendmail`: the Unix way, the local mail system
/// takes the mail on standard input (`-i`: a lone dot does not end it).
/// Exit 0 is accepted; 75 (EX_TEMPFAIL) is worth another try; any other
/// status is a refusal.
public struct SendmailTransport: MailTransport, MailSession {
    public let program: String

    public init(program: String) {
        self.program = program
    }

    public func open() async throws -> any MailSession {
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw DeliveryError.permanent("sendmail program '\(program)' is missing or not executable")
        }
        return self
    }

    public func send(_ message: Data, from sender: String, to recipients: [String], handOver: @Sendable () async throws -> Void) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-i", "-f", sender, "--"] + recipients
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        let finished = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { finished.continuation.yield($0.terminationStatus); finished.continuation.finish() }
        do {
            try process.run()
        } catch {
            throw DeliveryError.unreachable("cannot start \(program): \(error.localizedDescription)")
        }
        try await handOver()
        // The local convention is LF line ends.
        let text = Data(String(decoding: message, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n").utf8)
        try? input.fileHandleForWriting.write(contentsOf: text)
        try? input.fileHandleForWriting.close()
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        var status: Int32 = -1
        for await code in finished.stream { status = code }
        let reply = "\(program) exited with \(status)" + (said.isEmpty ? "" : ": \(said.prefix(300))")
        switch status {
        case 0: return said.isEmpty ? "accepted by \(program)" : reply
        case 75: throw DeliveryError.transient(reply)
        default: throw DeliveryError.permanent(reply)
        }
    }

    public func close() async {}
}
