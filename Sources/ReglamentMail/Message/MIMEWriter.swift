import Foundation

/// Writes a `MailMessage` as RFC 5322 + MIME: headers folded within 78
/// characters, non-ASCII header text as RFC 2047 encoded-words, the text
/// and HTML bodies as quoted-printable UTF-8 in a multipart/alternative.
public enum MIMEWriter {
    static let foldAt = 78

    public static func render(_ message: MailMessage) -> Data {
        var headers: [(String, [String])] = [
            ("Date", [dateHeader(message.date, in: message.timeZone)]),
            ("From", message.from.headerWords),
            ("To", message.to.enumerated().flatMap { index, address in
                var words = address.headerWords
                if index < message.to.count - 1 { words[words.count - 1] += "," }
                return words
            }),
        ]
        if let replyTo = message.replyTo { headers.append(("Reply-To", replyTo.headerWords)) }
        headers += [
            ("Subject", EncodedWord.text(message.subject)),
            ("Message-ID", [HeaderText.singleLine(message.messageID)]),
            ("MIME-Version", ["1.0"]),
        ]
        var output = headers.map { fold(name: $0.0, words: $0.1) }.joined()
        let textPart = part(type: "text/plain", body: message.text)
        if let html = message.html {
            let boundary = "=_reglament_" + String(message.messageID.utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }, radix: 36)
            output += "Content-Type: multipart/alternative; boundary=\"\(boundary)\"\r\n\r\n"
            output += "--\(boundary)\r\n" + textPart + "\r\n--\(boundary)\r\n" + part(type: "text/html", body: html) + "\r\n--\(boundary)--\r\n"
        } else {
            output += textPart + "\r\n"
        }
        return Data(output.utf8)
    }

    /// A body part's headers and its body: quoted-printable when it is mostly
    /// ASCII (readable as it is), base64 when it is mostly Cyrillic (a third
    /// of the size). The boundary starts with `=_`, which neither writes at a line start.
    private static func part(type: String, body: String) -> String {
        let bytes = Array(body.utf8)
        let nonASCII = bytes.lazy.filter { $0 >= 0x80 }.count
        let header = "Content-Type: \(type); charset=utf-8\r\nContent-Transfer-Encoding: "
        if nonASCII * 4 > bytes.count {
            let lines = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
            let encoded = Array(Base64.encode(lines).utf8)
            let wrapped = stride(from: 0, to: encoded.count, by: 76).map { start in
                String(decoding: encoded[start..<min(start + 76, encoded.count)], as: UTF8.self)
            }
            return header + "base64\r\n\r\n" + wrapped.joined(separator: "\r\n")
        }
        return header + "quoted-printable\r\n\r\n" + QuotedPrintable.encode(body)
    }

    /// `Name: word word` folded before a word that would pass the limit.
    static func fold(name: String, words: [String]) -> String {
        var output = name + ":"
        var lineLength = output.count
        for word in words {
            if lineLength + 1 + word.count > foldAt, lineLength > name.count + 1 {
                output += "\r\n"
                lineLength = 0
            }
            output += " " + word
            lineLength += 1 + word.count
        }
        return output + "\r\n"
    }

    /// `Wed, 25 Nov 2026 12:00:00 +0300`.
    static func dateHeader(_ date: Date, in timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
