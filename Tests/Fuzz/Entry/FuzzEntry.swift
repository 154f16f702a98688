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

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    target.run(Array(UnsafeBufferPointer(start: data, count: count)))
    return 0
}
