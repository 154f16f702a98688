/// "Did you mean" suggestions, by edit distance.
public enum Spelling {
    /// The candidate nearest to `word`, if it is near enough to be a typo.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(word.lowercased(), candidate.lowercased(), limit: limit)
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// For a value of a fixed list: the nearest as for a typo, else the
    /// value the word begins or ends with at a word boundary (`transport`
    /// for `transport_company`, `pickup` for `pickup_point`) — a longer
    /// name for the same thing.
    public static func closestValue(to word: String, among values: [String]) -> String? {
        if let typo = closest(to: word, among: values) { return typo }
        let lowered = word.lowercased()
        let boundaries: Set<Character> = ["_", "-", " ", "."]
        return values.filter { value in
            let value = value.lowercased()
            guard lowered.count > value.count else { return false }
            if lowered.hasPrefix(value) { return boundaries.contains(lowered[lowered.index(lowered.startIndex, offsetBy: value.count)]) }
            if lowered.hasSuffix(value) { return boundaries.contains(lowered[lowered.index(lowered.endIndex, offsetBy: -value.count - 1)]) }
            return false
        }.max { $0.count < $1.count }
    }

    /// Edit distance where swapping two neighbours counts as one edit
    /// (`nmae` → `name`), as typos go; gives up past `limit`.
    public static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
