import Testing

@testable import Ingest

@Test(arguments: [
    ("le 11 avril 2016, a souligné", "2016-04-11"),
    ("29 mai 2012. - Un postier", "2012-05-29"),
    ("le 1er mai 2012", "2012-05-01"),
    ("on 28 December 2016 it", "2016-12-28"),
    ("Tuesday, June 9th, 2009 @ 20:28 UTC", "2009-06-09"),
    ("am 9. Juni 2009", "2009-06-09"),
    ("2016-12-28T00:00:19.000+00:00", "2016-12-28"),
    ("publié le 2024-03-01 à midi", "2024-03-01"),
])
func datesAreFound(text: String, expected: String) {
    #expect(DateFinder.firstDate(in: text) == expected)
}

@Test func impossibleDatesAreNotDates() {
    #expect(DateFinder.firstDate(in: "le 31 février 2016") == nil)
    #expect(DateFinder.firstDate(in: "2016-13-01") == nil)
    #expect(DateFinder.firstDate(in: "mai 12 personnes") == nil)
    #expect(DateFinder.format(year: 2024, month: 2, day: 29) == "2024-02-29")
    #expect(DateFinder.format(year: 2023, month: 2, day: 29) == nil)
}

@Test func dateLines() {
    #expect(DateFinder.isDateLine("Tuesday, June 9th, 2009 @ 20:28 UTC"))
    #expect(DateFinder.isDateLine("2016-12-28T00:00:19.000+00:00"))
    #expect(!DateFinder.isDateLine("29 mai 2012. - Un postier travaillant sur le site"))
}
