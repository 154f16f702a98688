import CFuzzerDriver
import Foundation
import ReglamentFuzzing

// libFuzzer's entry: one binary for every target, chosen by
// REGLAMENT_FUZZ_TARGET (scripts/fuzz sets it), so the targets share one
// instrumented build.
private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["REGLAMENT_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        fatalError("REGLAMENT_FUZZ_TARGET must be one of: \(names) (got '\(name)')")
    }
    return target
}()

// SwiftPM links an executable with `main` standing for `<module>_main`
// (swiftlang/swift-package-manager#4522), which `-parse-as-library` (needed
// so Swift makes no `main` of its own) leaves undefined: this is it, and it
// hands over to libFuzzer's driver, whose own `main` is then not linked.
@_cdecl("reglament_fuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        target.run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
}
