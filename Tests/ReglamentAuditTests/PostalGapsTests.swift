import ReglamentModel
import Testing
@testable import ReglamentAudit

@Suite struct PostalGapsTests {
    @Test func gapsAreTheRangesNoZoneCovers() {
        let covered = [PostalRange(lower: 630000, upper: 633999), PostalRange(lower: 101000, upper: 129999), PostalRange(lower: 120000, upper: 140000)]
        let gaps = PostalGaps.gaps(in: covered, within: PostalRange(lower: 101000, upper: 700000))
        #expect(gaps.map(\.description) == ["140001-629999", "634000-700000"])
    }

    @Test func fullCoverageLeavesNoGap() {
        #expect(PostalGaps.gaps(in: [PostalGaps.russia]).isEmpty)
    }
}
