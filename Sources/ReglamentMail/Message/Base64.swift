import Foundation

enum Base64 {
    static func encode(_ bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }
    static func encode(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
}
