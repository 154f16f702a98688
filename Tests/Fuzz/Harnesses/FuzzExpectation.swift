/// A promise the code under test made about its answer; breaking it is a
/// crash, so libFuzzer keeps the input that did it.
enum FuzzExpectation {
    static func expect(_ condition: Bool, _ promise: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
        guard !condition else { return }
        fatalError("broken promise: \(promise())", file: file, line: line)
    }
}
