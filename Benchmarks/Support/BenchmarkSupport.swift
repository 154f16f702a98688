import Foundation

// What every benchmark executable needs: its flags and its durations as numbers.

/// The value after `flag` on the command line (`--calls 1000` → "1000").
public func value(after flag: String, in arguments: [String]) -> String? {
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

public func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

public func milliseconds(_ duration: Duration, digits: Int = 2) -> String {
    String(format: "%.\(digits)f", seconds(duration) * 1000)
}
