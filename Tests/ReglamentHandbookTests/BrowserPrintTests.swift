import Foundation
import ReglamentTestSupport
import Testing

/// A real browser prints the handbook: the HTML is read without the
/// network and its print CSS gives each section its own page. Needs
/// `chromium` (installed by `scripts/bootstrap --tests`); skipped without it.
@Suite struct BrowserPrintTests {
    static let browser: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }()

    @Test(.enabled(if: browser != nil, "no chromium or google-chrome on PATH: run scripts/bootstrap --tests"))
    func printsToPDFWithAPagePerSection() throws {
        let browser = try #require(Self.browser)
        let folder = try HandbookFixtures.temporaryFolder()
        let renderer = HandbookFixtures.renderer()
        try renderer.write(try renderer.render(try HandbookFixtures.compiled("hifi-dom")), to: folder)
        let pdf = folder.appendingPathComponent("handbook.pdf")

        let printed = try ChildProcess.run(browser, [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-pdf-header-footer",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(pdf.path)", folder.appendingPathComponent("handbook.html").absoluteString,
        ], timeout: .seconds(90))
        #expect(printed.status == 0, "\(printed.stderr.suffix(1000))")

        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        let text = String(decoding: bytes, as: UTF8.self)
        let pages = text.components(separatedBy: "/Type /Page").count - 1 - (text.components(separatedBy: "/Type /Pages").count - 1)
        #expect(pages >= 9, "contents, shop, contacts, payment, delivery, order, FAQ, escalations, authority, scripts: \(pages) pages")
    }
}
