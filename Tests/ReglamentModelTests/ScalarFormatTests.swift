import ReglamentModel
import Testing

struct ScalarFormatTests {
    @Test(arguments: ["09:00-21:00", "9:00-18:00", "10:00-14:00, 15:00-19:00", "24h", "closed", "00:00-24:00"])
    func validTimeRanges(text: String) throws {
        _ = try TimeRanges(parsing: text)
    }

    @Test(arguments: ["9-18", "21:00-09:00", "10:00-14:00, 13:00-19:00", "25:00-26:00", "09:60-10:00", "", "утро"])
    func invalidTimeRanges(text: String) {
        #expect(throws: FormatProblem.self) { try TimeRanges(parsing: text) }
    }

    @Test func timeRangesKeepTheirMinutes() throws {
        let hours = try TimeRanges(parsing: "10:00-14:00, 15:30-19:00")
        #expect(hours.ranges.map(\.start.minutes) == [600, 930])
        #expect(hours.description == "10:00-14:00, 15:30-19:00")
    }

    @Test func daySets() throws {
        #expect(try DaySet(parsing: "mon-fri").days.count == 5)
        #expect(try DaySet(parsing: "sat,sun").days == [.saturday, .sunday])
        #expect(try DaySet(parsing: "daily").days.count == 7)
        #expect(throws: FormatProblem.self) { try DaySet(parsing: "fri-mon") }
        #expect(throws: FormatProblem.self) { try DaySet(parsing: "пн-пт") }
    }

    @Test func dateSpans() throws {
        let span = try DateSpan(parsing: "2027-01-01..2027-01-08")
        #expect(span.contains(CalendarDate(year: 2027, month: 1, day: 5)))
        #expect(try DateSpan(parsing: "2028-02-29").first.day == 29)
        #expect(throws: FormatProblem.self) { try DateSpan(parsing: "2027-02-29") }
        #expect(throws: FormatProblem.self) { try DateSpan(parsing: "2027-01-08..2027-01-01") }
        #expect(throws: FormatProblem.self) { try DateSpan(parsing: "31.12.2026") }
    }

    @Test func timeZones() throws {
        #expect(try TimeZoneID(parsing: "Asia/Novosibirsk").identifier == "Asia/Novosibirsk")
        #expect(throws: FormatProblem.self) { try TimeZoneID(parsing: "MSK") }
        do {
            _ = try TimeZoneID(parsing: "Europe/Moskow")
            Issue.record("a misspelt zone was accepted")
        } catch {
            #expect(error.hint == "did you mean 'Europe/Moscow'?")
        }
    }

    @Test(arguments: [
        ("+7 495 123-45-67", "+74951234567"), ("8 (800) 555-35-35", "+78005553535"),
        ("+49 30 1234567", "+49301234567"), ("89161234567", "+79161234567"),
    ])
    func phoneNumbers(text: String, e164: String) throws {
        #expect(try PhoneNumber(parsing: text).e164 == e164)
    }

    @Test(arguments: ["123", "+7 495 123", "8-495-abc", "495 123 45 67", "+0 123 456 789"])
    func invalidPhoneNumbers(text: String) {
        #expect(throws: FormatProblem.self) { try PhoneNumber(parsing: text) }
    }

    @Test func emails() throws {
        _ = try EmailAddress(parsing: "owner@uyut-lavka.ru")
        for bad in ["owner.example.ru", "owner@", "@shop.ru", "a b@shop.ru", "owner@shop", "owner@shop..ru"] {
            #expect(throws: FormatProblem.self, "\(bad)") { try EmailAddress(parsing: bad) }
        }
    }

    @Test func postalRanges() throws {
        let range = try PostalRange(parsing: "630000-633999")
        #expect(range.contains(630091) && !range.contains(634000))
        #expect(try PostalRange(parsing: "101000").lower == 101000)
        #expect(range.overlaps(try PostalRange(parsing: "633999-640000")))
        #expect(try PostalRange(parsing: " 630000-633999 ").upper == 633999)
        for bad in ["63000-633999", "633999-630000", "abc", "630000-", "-630000", "630000--633999", "630000-633999-640000", "+63000", "６３００００"] {
            #expect(throws: FormatProblem.self, "\(bad)") { try PostalRange(parsing: bad) }
        }
    }

    @Test func money() throws {
        #expect(try Money(parsing: "1500").minorUnits == 150_000)
        #expect(try Money(parsing: "1500.5").minorUnits == 150_050)
        #expect(try Money(parsing: "99.99").description == "99.99")
        #expect(try Money(parsing: "0.05").minorUnits == 5)
        for bad in ["-5", "1 500", "1500 руб", "1.234", "", ".5", "15.", "1.2.3", "+5", "1234567890123"] {
            #expect(throws: FormatProblem.self, "\(bad)") { try Money(parsing: bad) }
        }
    }

    @Test func percentsDurationsAndDays() throws {
        #expect(try Percent(parsing: "5%").value == 5)
        #expect(try Percent(parsing: "12.5").value == 12.5)
        #expect(throws: FormatProblem.self) { try Percent(parsing: "150%") }
        #expect(try TimeSpan(parsing: "1h30m").minutes == 90)
        #expect(try TimeSpan(parsing: "1d").minutes == 1440)
        #expect(throws: FormatProblem.self) { try TimeSpan(parsing: "30m1h") }
        #expect(throws: FormatProblem.self) { try TimeSpan(parsing: "2 hours") }
        #expect(throws: FormatProblem.self) { try TimeSpan(parsing: "h") }
        #expect(throws: FormatProblem.self) { try TimeSpan(parsing: "1234567m") }
        #expect(try TimeSpan(parsing: "123456m").minutes == 123_456)
        #expect(try DayCount(parsing: "7-14").most == 14)
        #expect(try DayCount(parsing: "2") == DayCount(fewest: 2, most: 2))
        for bad in ["14-7", "+3", "7-", "-7", "1-2-3", "400", "два"] {
            #expect(throws: FormatProblem.self, "\(bad)") { try DayCount(parsing: bad) }
        }
    }

    @Test func identifiers() throws {
        _ = try Identifier(parsing: "night-line_2")
        for bad in ["Night", "ночь", "-x", "a b", ""] {
            #expect(throws: FormatProblem.self, "\(bad)") { try Identifier(parsing: bad) }
        }
    }

    @Test func spelling() {
        #expect(Spelling.closest(to: "delivry", among: ["delivery", "payment"]) == "delivery")
        #expect(Spelling.closest(to: "xyz", among: ["delivery", "payment"]) == nil)
        #expect(Spelling.editDistance("kitten", "sitting") == 3)
    }

    /// A longer name for a value of a fixed list is met with the value it starts or ends with.
    @Test func aValueWrittenLongerIsRecognised() {
        let kinds = ["courier", "pickup", "post", "transport"]
        #expect(Spelling.closestValue(to: "transport_company", among: kinds) == "transport")
        #expect(Spelling.closestValue(to: "pickup-point", among: kinds) == "pickup")
        #expect(Spelling.closestValue(to: "russian_post", among: kinds) == "post")
        #expect(Spelling.closestValue(to: "curier", among: kinds) == "courier")
        #expect(Spelling.closestValue(to: "postman", among: kinds) == nil, "not at a word boundary")
        #expect(Spelling.closestValue(to: "drone", among: kinds) == nil)
    }
}

@Test func filePathParts() {
    #expect(FilePathText.folder(of: "x") == "")
    #expect(FilePathText.folder(of: "shops/x.yaml") == "shops")
    #expect(FilePathText.folder(of: "/x") == "/")
    #expect(FilePathText.name(of: "x") == "x")
    #expect(FilePathText.name(of: "/a/b/c.yaml") == "c.yaml")
    #expect(FilePathText.resolve("geo.yaml", relativeTo: "x") == "geo.yaml")
    #expect(FilePathText.resolve("geo.yaml", relativeTo: "shops/x.yaml") == "shops/geo.yaml")
    #expect(FilePathText.resolve("/etc/geo.yaml", relativeTo: "shops/x.yaml") == "/etc/geo.yaml")
}
