import NIOCore

/// Bytes from the server → whole replies, joining the lines of a
/// multi-line reply.
// `package`: the fuzz harness (Tests/Fuzz) feeds it arbitrary bytes.
package struct SMTPReplyDecoder: ByteToMessageDecoder {
    package typealias InboundOut = SMTPReply
    /// RFC 5321 allows 512; a longer line is not a mail server.
    static let maximumLine = 4096

    package init() {}

    private var code: Int?
    private var lines: [String] = []

    package mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maximumLine { throw SMTPError.malformedReply("a reply line longer than \(Self.maximumLine) bytes") }
            return .needMoreData
        }
        // The same limit whether the line came in one piece or several.
        if newline - buffer.readerIndex > Self.maximumLine { throw SMTPError.malformedReply("a reply line longer than \(Self.maximumLine) bytes") }
        var bytes = buffer.readBytes(length: newline - buffer.readerIndex + 1) ?? []
        while bytes.last == UInt8(ascii: "\n") || bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        let line = String(decoding: bytes, as: UTF8.self)
        let digits = line.prefix(3)
        guard digits.count == 3, digits.allSatisfy(\.isNumber), let value = Int(digits) else {
            throw SMTPError.malformedReply(String(line.prefix(100)))
        }
        if let code, code != value { throw SMTPError.malformedReply("reply lines with codes \(code) and \(value)") }
        code = value
        lines.append(String(line.dropFirst(4)))
        if line.dropFirst(3).first == "-" { return .continue }
        context.fireChannelRead(wrapInboundOut(SMTPReply(code: value, lines: lines)))
        code = nil
        lines = []
        return .continue
    }

    package mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}

enum SMTPError: Error, CustomStringConvertible {
    case malformedReply(String)
    case connectionClosed
    case timedOut(seconds: Int64)

    var description: String {
        switch self {
        case .malformedReply(let line): "the server's reply is not SMTP: \(line)"
        case .connectionClosed: "the server closed the connection"
        case .timedOut(let seconds): "no reply from the server within \(seconds) s"
        }
    }
}
