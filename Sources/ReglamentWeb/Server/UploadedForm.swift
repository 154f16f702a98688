import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit

/// A file a form sent: the name the browser gave and its bytes.
public struct UploadedFile: Sendable, Equatable {
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// `multipart/form-data`, as a browser sends a form with files: the text
/// fields (the first of a repeated name counts, as in `FormFields`) and the files.
enum UploadedForm {
    static func boundary(of contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        return parameter("boundary", in: contentType)
    }

    static func parse(_ body: ByteBuffer, boundary: String) throws -> (fields: [String: String], files: [UploadedFile]) {
        let parser = MultipartParser(boundary: boundary)
        var fields: [String: String] = [:]
        var files: [UploadedFile] = []
        var disposition = ""
        var bytes: [UInt8] = []
        parser.onHeader = { name, value in
            if name.lowercased() == "content-disposition" { disposition = value }
        }
        parser.onBody = { buffer in bytes += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            if let file = parameter("filename", in: disposition) {
                // A file input left empty still sends a part, without a name or bytes.
                if !file.isEmpty { files.append(UploadedFile(name: file, bytes: bytes)) }
            } else if let name = parameter("name", in: disposition), fields[name] == nil {
                fields[name] = String(decoding: bytes, as: UTF8.self)
            }
            disposition = ""
            bytes = []
        }
        do { try parser.execute(body) } catch {
            throw HTTPError(.badRequest, message: "Форму не удалось прочитать: отправьте её со страницы ещё раз.")
        }
        return (fields, files)
    }

    /// `key=value` or `key="value"` of a header like `form-data; name="files"; filename="a;b.yaml"`.
    static func parameter(_ key: String, in header: String) -> String? {
        var rest = Substring(header)
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop(while: { $0 == " " || $0 == "\t" })
            guard let equals = rest.firstIndex(of: "=") else { return nil }
            let name = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = rest[rest.index(after: equals)...]
            var text = ""
            if value.first == "\"" {
                value = value.dropFirst()
                var escaped = false
                var end = value.endIndex
                for index in value.indices {
                    let character = value[index]
                    if escaped { text.append(character); escaped = false } else if character == "\\" { escaped = true } else if character == "\"" {
                        end = index
                        break
                    } else { text.append(character) }
                }
                rest = end < value.endIndex ? value[value.index(after: end)...] : ""
            } else {
                let end = value.firstIndex(of: ";") ?? value.endIndex
                text = value[..<end].trimmingCharacters(in: .whitespaces)
                rest = value[end...]
            }
            if name == key { return text }
        }
        return nil
    }
}
