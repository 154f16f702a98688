import NIOCore
import NIOEmbedded
import ReglamentMail

/// What a mail server sends back, in whatever pieces the network cuts it
/// into: the same replies (or the same refusal) however it is cut, and a
/// refusal rather than a trap for anything that is not SMTP.
enum SMTPReplyHarness {
    static func run(_ input: [UInt8]) {
        guard let cut = input.first else { return }
        let bytes = Array(input.dropFirst())
        let whole = replies(of: [bytes])
        let at = Int(cut) % (bytes.count + 1)
        let pieces = replies(of: [Array(bytes[..<at]), Array(bytes[at...])])
        FuzzExpectation.expect(whole == pieces, "the replies do not depend on where the bytes were cut (at \(at)): \(whole) vs \(pieces)")
    }

    /// The replies decoded, then the error that stopped decoding (if any).
    private static func replies(of chunks: [[UInt8]]) -> [String] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(SMTPReplyDecoder()))
        // Closed however decoding ends: an open pipeline holds itself (and every input) in memory.
        defer { _ = try? channel.finish(acceptAlreadyClosed: true) }
        var seen: [String] = []
        do {
            for chunk in chunks {
                try channel.writeInbound(channel.allocator.buffer(bytes: chunk))
                while let reply = try channel.readInbound(as: SMTPReply.self) { seen.append(reply.description) }
            }
            _ = try channel.finish(acceptAlreadyClosed: true)
            while let reply = try channel.readInbound(as: SMTPReply.self) { seen.append(reply.description) }
        } catch {
            // Replies decoded before the refusal were passed on before it.
            while let reply = try? channel.readInbound(as: SMTPReply.self) { seen.append(reply.description) }
            seen.append("refused: \(error)")
        }
        return seen
    }
}
