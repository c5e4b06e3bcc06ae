import Annotate
import Model
import Testing

/// A given name written as hyphenated initials (`J.-P.`, `J.-M.`, `A.-S.`, French compound given
/// names such as Jean-Pierre) is read whole with the surname, in both languages, whichever rule
/// finds the speaker (made-up names).
@Suite struct HyphenatedInitialsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func names(_ text: String, lang: String) -> [String?] {
        TestDocuments.directSpeakerNames(TestDocuments.directQuotations(text, lang: lang, annotator: annotator).0)
    }

    @Test func english() {
        #expect(names("The vote was close. J.-P. Roy said: \"We will vote against this budget.\"", lang: "en") == ["J.-P. Roy"])
        #expect(names("\"It is a good plan,\" said A.-S. Martin.", lang: "en") == ["A.-S. Martin"])
        #expect(names("\"It is not,\" J.-M. Durand replied.", lang: "en") == ["J.-M. Durand"])
    }

    @Test func french() {
        #expect(names("« Nous voterons contre », a déclaré J.-P. Roy.", lang: "fr") == ["J.-P. Roy"])
        #expect(names("J.-M. Durand a déclaré : « Nous voterons pour. »", lang: "fr") == ["J.-M. Durand"])
        #expect(names("« C'est un bon plan », estime A.-S. Martin, adjointe au maire.", lang: "fr") == ["A.-S. Martin"])
    }
}
