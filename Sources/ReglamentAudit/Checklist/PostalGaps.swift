import ReglamentModel

/// Russian postal indexes no delivery zone covers, as ranges: a client
/// there hears "not in the regulation" at the postal-index question.
public enum PostalGaps {
    /// Russian indexes run from 101000 (Moscow) to 999999.
    public static let russia = PostalRange(lower: 101000, upper: 999999)

    public static func gaps(in covered: [PostalRange], within whole: PostalRange = russia) -> [PostalRange] {
        var gaps: [PostalRange] = []
        var next = whole.lower
        for range in covered.sorted(by: { ($0.lower, $0.upper) < ($1.lower, $1.upper) }) {
            if range.upper < next { continue }
            if range.lower > next { gaps.append(PostalRange(lower: next, upper: min(range.lower - 1, whole.upper))) }
            next = max(next, range.upper + 1)
            if next > whole.upper { break }
        }
        if next <= whole.upper { gaps.append(PostalRange(lower: next, upper: whole.upper)) }
        return gaps
    }
}
