import Annotate
import Model
import Testing

/// `they` for a collective: a plural pronoun opening a sentence right after one whose subject is
/// a group, a page or a campaign means that subject, not a name inside its complement.
/// Hand-written texts, not from the gold corpus.
@Suite struct CollectiveSubjectTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    /// The speaker name of the first direct quotation of an English `text` (nil when none or unattributed).
    func speakerName(_ text: String) -> String? {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: "en"))).first ?? nil
    }

    /// `A Facebook page for Ann and Lena … Today they are asking …:` and a block quotation: the
    /// page's words, not Lena's.
    @Test func aPageForTwoPeopleIsWhatTheyMeans() {
        let text = "Two reporters, Ann Roe and Lena Fox, were detained last week. A Facebook page for Ann and Lena already has more than two thousand members. Today they are asking the public to stay calm:\n\n> Please write to your representatives and keep the pressure on."
        #expect(speakerName(text) == "A Facebook page for Ann and Lena")
    }

    /// `A campaign called Save the Pier …. They say: "…"`: the campaign, not the pier.
    @Test func aCampaignCalledSomethingIsWhatTheyMeans() {
        let text = "Mayor Paul Reed wants to sell the pier to Tom Ash. A campaign called Save the Pier has collected two thousand signatures. They say: \"The pier belongs to everyone in this town.\""
        #expect(speakerName(text) == "A campaign called Save the Pier")
    }

    /// `The residents' association met …. They said: "…"`: the association.
    @Test func theResidentsAssociationIsWhatTheyMeans() {
        let text = "Paul Reed and Tom Ash own the two cafes on the quay. The residents' association met on Monday night. They said: \"The quay is too noisy after midnight.\""
        #expect(speakerName(text) == "The residents' association")
    }

    /// `The county council has not yet responded. They say …`: a council is an institution that
    /// speaks as one body, not a group speaking through its members; `they` is not the council.
    @Test func anInstitutionIsNotWhatTheyMeans() {
        let text = "Ruth and Dan Okafor started a petition after their daughter was hurt on the bypass. The district council has not yet replied. They say the junction is \"an accident waiting to happen\"."
        #expect(speakerName(text) == nil)
        let page = "Ruth and Dan Okafor started a petition after their daughter was hurt on the bypass. The parents' group has collected four hundred signatures. They say: \"The junction is an accident waiting to happen.\""
        #expect(speakerName(page) == "The parents' group")
    }
}
