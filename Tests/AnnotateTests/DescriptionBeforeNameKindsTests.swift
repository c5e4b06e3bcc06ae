import Annotate
import Model
import Testing

/// A description of one person opening the sentence and set off by a comma, then a name or a
/// pronoun (`A woman who lives opposite, X, called 999.`, `The cockler who inspired it, X, sat
/// down.`, `A local man to his bones, he said, …`): the description is the named person's (their
/// role, and the gender its noun marks) or the pronoun's person's, no one new. A separate unnamed
/// person made of it took the next pronoun of its gender, or the next `the <noun> said`, from the
/// person named. Made-up sentences in the shapes of news reports and features.
@Suite struct DescriptionBeforeNameKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: "Test"))).map(\.speaker)
    }

    /// `A woman who lives by the river, Kim Lowell, called the council. "…," she said.`: the
    /// woman is Kim Lowell, whose given name tells no gender; not an unnamed woman of her own.
    @Test func genderedDescriptionBeforeANameIsThatPerson() {
        let woman = "Councillor Ann Roe opened the meeting. \"We are ready,\" she said.\n\nA woman who lives by the river, Kim Lowell, called the council. \"The water came in at night,\" she said."
        #expect(speakers(woman) == ["Ann Roe", "Kim Lowell"])
        let man = "A man who lives by the harbour, Robin Tasker, stopped the crossings. \"The current is too strong,\" he said."
        #expect(speakers(man) == ["Robin Tasker"])
    }

    /// `The weaver who made the banner, Ros Idle, sat down. "…," the weaver said.`: a description
    /// with a relative clause or a prepositional phrase before a name is that name's role, as
    /// `The weaver, Ros Idle,` is.
    @Test func descriptionWithAClauseBeforeANameIsItsRole() {
        let weaver = "The weaver who made the banner, Ros Idle, sat down at the loom. \"I only follow the thread,\" the weaver said."
        #expect(speakers(weaver) == ["Ros Idle"])
        let tenant = "A tenant on the third floor for thirty years, Ellis Marr, signed the petition first. \"We pay on time,\" the tenant said."
        #expect(speakers(tenant) == ["Ellis Marr"])
    }

    /// `A quiet man all his life, he said, his uncle "…"`: a description said of someone, before
    /// the pronoun of the speech verb, is no one the pronoun means.
    @Test func frontedDescriptionBeforeAPronounIsNoOneNew() {
        let text = "His nephew, Rory Vale, spoke at the service. A quiet man all his life, he said, his uncle \"never raised his voice\"."
        #expect(speakers(text) == ["Rory Vale"])
    }
}
