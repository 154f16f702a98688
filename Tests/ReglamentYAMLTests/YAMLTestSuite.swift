import Foundation
import Testing

/// The official YAML test suite, cloned beside the repository as
/// `shared/yaml-test-suite`: one folder per case (some with numbered
/// variants, `SM9W/00`), each with `in.yaml`, the expected `test.event`, and
/// an `error` file when the YAML is invalid.
enum YAMLTestSuite {
    static let directory: URL = URL(filePath: #filePath)
        .deletingLastPathComponent()  // ReglamentYAMLTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package
        .appending(path: "../shared/yaml-test-suite")
        .standardized

    static let isPresent = FileManager.default.fileExists(atPath: directory.appending(path: "229Q/in.yaml").path)

    static let cases = cases(in: directory)

    /// The cases by their id folders (`229Q`, `2JQS/00`): the published
    /// suite's `name/` and `tags/` index folders hold symbolic links to the
    /// same cases, which are not cases of their own.
    static func cases(in directory: URL) -> [YAMLTestSuiteCase] {
        let files = FileManager.default
        guard let folders = try? files.contentsOfDirectory(atPath: directory.path) else { return [] }
        var cases: [YAMLTestSuiteCase] = []
        for folder in folders.sorted() where isCaseID(folder) {
            let url = directory.appending(path: folder)
            if files.fileExists(atPath: url.appending(path: "in.yaml").path) {
                cases.append(YAMLTestSuiteCase(name: folder, directory: url))
            } else if let variants = try? files.contentsOfDirectory(atPath: url.path) {
                for variant in variants.sorted() where files.fileExists(atPath: url.appending(path: "\(variant)/in.yaml").path) {
                    cases.append(YAMLTestSuiteCase(name: "\(folder)/\(variant)", directory: url.appending(path: variant)))
                }
            }
        }
        return cases
    }

    static func isCaseID(_ name: String) -> Bool {
        name.count == 4 && name.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) }
    }
}

struct YAMLTestSuiteCase: Sendable, CustomTestStringConvertible {
    let name: String
    let directory: URL

    var testDescription: String { name }

    var isInvalid: Bool { FileManager.default.fileExists(atPath: directory.appending(path: "error").path) }

    var input: [UInt8] { contents("in.yaml") }

    var expectedEvents: String { String(decoding: contents("test.event"), as: UTF8.self) }

    private func contents(_ file: String) -> [UInt8] {
        (try? Data(contentsOf: directory.appending(path: file))).map(Array.init) ?? []
    }
}
