import Foundation
import NIOCore

/// The body of DATA: every line ends in CRLF, and a line that starts with a
/// dot gets a second one, so no line of the mail can end the transaction early.
enum DotStuffing {
    static func body(_ message: Data) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(message.count + message.count / 64 + 2)
        var atLineStart = true
        var previous: UInt8 = 0
        for byte in message {
            if atLineStart, byte == UInt8(ascii: ".") { buffer.writeInteger(UInt8(ascii: ".")) }
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") { buffer.writeInteger(UInt8(ascii: "\r")) }
            buffer.writeInteger(byte)
            atLineStart = byte == UInt8(ascii: "\n")
            previous = byte
        }
        if !atLineStart { buffer.writeString("\r\n") }
        return buffer
    }
}
