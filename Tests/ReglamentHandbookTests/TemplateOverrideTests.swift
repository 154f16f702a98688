import Foundation
import ReglamentHandbook
import ReglamentTemplates
import Testing

/// A regulation's own templates replace Reglament's; a broken one is an
/// error naming its file, never a crash.
@Suite struct TemplateOverrideTests {
    @Test func overrideIsUsedAndTheOtherTemplateStays() throws {
        let folder = try HandbookFixtures.temporaryFolder()
        try "СВОЙ ШАБЛОН {{title}} {{#zones}}{{/zones}}{{#delivery}}{{#zones}}[{{name}}]{{/zones}}{{/delivery}}"
            .write(to: folder.appendingPathComponent("mine.html.mustache"), atomically: true, encoding: .utf8)
        let renderer = HandbookFixtures.renderer(overrides: ["handbook.html": "mine.html.mustache"], relativeTo: folder)
        let handbook = try renderer.render(try HandbookFixtures.compiled("uyut-lavka"))
        #expect(handbook.html.hasPrefix("СВОЙ ШАБЛОН Регламент колл-центра: Уютная лавка [Москва][Московская область]"))
        #expect(handbook.markdown.hasPrefix("# Регламент колл-центра: Уютная лавка"))
    }

    @Test func brokenOverrideIsAnErrorWithItsPathAndPlace() throws {
        let folder = try HandbookFixtures.temporaryFolder()
        let file = folder.appendingPathComponent("broken.md.mustache")
        try "# {{title}}\n\n{{#zones}}\n- {{name}}\n".write(to: file, atomically: true, encoding: .utf8)
        let renderer = HandbookFixtures.renderer(overrides: ["handbook.md": file.path])
        let compiled = try HandbookFixtures.compiled("uyut-lavka")
        let error = try #require(throws: HandbookError.self) { try renderer.render(compiled) }
        guard case .templateInvalid(let path, let line, _, let reason) = error else {
            Issue.record("expected an invalid template, got \(error)")
            return
        }
        #expect(path == file.path)
        #expect(line >= 3)
        #expect(reason == "a section is opened and never closed")
        #expect(error.description.hasPrefix("\(file.path):"))
    }

    @Test func unknownPragmaIsAnError() throws {
        let folder = try HandbookFixtures.temporaryFolder()
        let file = folder.appendingPathComponent("pragma.html.mustache")
        try "{{% CONTENT_TYPE: PDF}}\n{{title}}".write(to: file, atomically: true, encoding: .utf8)
        let renderer = HandbookFixtures.renderer(overrides: ["handbook.html": file.path])
        let error = try #require(throws: HandbookError.self) { try renderer.render(try HandbookFixtures.compiled("uyut-lavka")) }
        #expect(error.path == file.path)
        #expect(error.description.contains("unknown pragma or content type"))
    }

    @Test func missingOverrideIsAnErrorWithItsPath() throws {
        let folder = try HandbookFixtures.temporaryFolder()
        let renderer = HandbookFixtures.renderer(overrides: ["handbook.html": "no-such.mustache"], relativeTo: folder)
        let error = try #require(throws: HandbookError.self) { try renderer.render(try HandbookFixtures.compiled("uyut-lavka")) }
        #expect(error == .templateUnreadable(path: folder.appendingPathComponent("no-such.mustache").path, reason: "no such file"))
    }

    /// The binary's templates are the package's `Templates/`, every file and
    /// byte of it, as the build left them (the EmbedTemplates plugin).
    @Test func builtInTemplatesAreThePackages() throws {
        let folder = HandbookFixtures.templates.standardizedFileURL
        var files: [String] = []
        let walk = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in walk where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let name = String(url.standardizedFileURL.path.dropFirst(folder.path.count + 1))
            files.append(name)
            #expect(BuiltInTemplates.text(of: name) == (try String(contentsOf: url, encoding: .utf8)), "\(name)")
        }
        #expect(BuiltInTemplates.paths == files.sorted())
        #expect(files.contains("handbook.html.mustache"))
    }

    /// `--templates DIR` replaces the built-in templates, and a template
    /// missing from DIR is an error naming DIR's file (no silent fallback).
    @Test func templatesFolderReplacesTheBuiltInOnes() throws {
        let folder = try HandbookFixtures.temporaryFolder()
        try "ИЗ ПАПКИ {{title}}".write(to: folder.appendingPathComponent("handbook.html.mustache"), atomically: true, encoding: .utf8)
        let compiled = try HandbookFixtures.compiled("uyut-lavka")
        let error = try #require(throws: HandbookError.self) { try HandbookRenderer(templates: .folder(folder)).render(compiled) }
        #expect(error == .templateUnreadable(path: folder.appendingPathComponent("handbook.md.mustache").path, reason: "no such file"))
        try "# ИЗ ПАПКИ".write(to: folder.appendingPathComponent("handbook.md.mustache"), atomically: true, encoding: .utf8)
        let handbook = try HandbookRenderer(templates: .folder(folder)).render(compiled)
        #expect(handbook.html == "ИЗ ПАПКИ Регламент колл-центра: Уютная лавка")
        #expect(handbook.markdown == "# ИЗ ПАПКИ")
    }
}
