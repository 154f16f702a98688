import Foundation
import ReglamentCompile
import ReglamentRun
import Testing

struct ConfirmationScheduleTests {
    let schedule = ConfirmationSchedule(policy: ConfirmationPolicy(attempts: 3, retryAfterMinutes: 60, cancelAfterUnanswered: 2, callWithinMinutes: nil))
    let noon = Date(timeIntervalSince1970: 1_795_000_000)

    func unanswered(_ minutes: [Int]) -> [ConfirmationAttempt] {
        minutes.map { ConfirmationAttempt(shop: "s", orderReference: "R", callReference: nil, at: noon.addingTimeInterval(Double($0 * 60)), result: .noAnswer) }
    }

    @Test func firstCallIsDueAtOnce() {
        #expect(schedule.decide([], now: noon) == .due)
    }

    @Test func nextCallWaitsForTheRetrySpacing() {
        #expect(schedule.decide(unanswered([0]), now: noon.addingTimeInterval(30 * 60)) == .notBefore(noon.addingTimeInterval(3600)))
        #expect(schedule.decide(unanswered([0]), now: noon.addingTimeInterval(3600)) == .due)
    }

    @Test func tooManyUnansweredCancelsTheOrder() {
        #expect(schedule.decide(unanswered([0, 60]), now: noon.addingTimeInterval(7200)) == .cancel)
    }

    @Test func answeredCallSettlesIt() {
        let attempts = unanswered([0]) + [ConfirmationAttempt(shop: "s", orderReference: "R", callReference: "C", at: noon.addingTimeInterval(3600), result: .confirmed)]
        #expect(schedule.decide(attempts, now: noon.addingTimeInterval(7200)) == .settled(.confirmed))
    }
}
