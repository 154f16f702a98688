import ArgumentParser
import Foundation
import ReglamentCheck
import ReglamentDiagnostics

enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif

    var reporter: any DiagnosticReporter {
        switch self {
        case .text:
            TextReporter(colors: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        case .json:
            JSONReporter()
        case .sarif:
            SARIFReporter(
                toolVersion: ReglamentVersion.current,
                rules: RuleRegistry.catalog
            )
        }
    }
}
