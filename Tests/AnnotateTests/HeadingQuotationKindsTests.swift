import Annotate
import Model
import Testing

/// Quotations in headings (live-blog entry headings, subheads, summary bullets, short standalone
/// lines): words the body quotes again with a cue, and speakers given only by a role or
/// organisation label before a colon. Each kind on a made-up text (invented names and wording),
/// in English and French.
@Suite struct HeadingQuotationKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    func speaker(of prefix: String, in found: [(text: String, kind: Quotation.Kind, speaker: String?)]) -> String?? {
        found.first { $0.text.hasPrefix(prefix) && $0.kind == .direct }.map(\.speaker)
    }

    static let liveBlog = """
    Summary

    Ferry terminal at Harwick closed after overnight flooding

    14:10

    ‘We lost everything in the café’

    Our reporter Dan Ferris is at the quayside.

    Café owner Lorna Pike, 41, told him the water came in at dawn. “We lost everything in the café. The fridges, the stock, the lot,” she said.

    13:20

    Union: ‘Nobody listened to us’

    The Harbour Workers Union says it raised the drainage problem with the port last winter.

    Its branch secretary, Mark Oduya, said: “Nobody listened to us when we asked for new pumps. Now look.”

    12:05

    Mayor: response ‘shambolic’

    Mayor Tessa Quayle wrote on social media:

    “The response from the port authority this morning has been shambolic. I expect answers today.”
    """

    /// A heading quoting the start of, or a word of, a body quotation with a speaker is that
    /// speaker's: an entry heading alone, one after an organisation label (`Union:`), one after
    /// a role label with a one-word fragment the classifier would call a mention.
    @Test func headingQuotationRepeatingTheBodyTakesItsSpeaker() {
        let found = quotations(Self.liveBlog)
        #expect(speaker(of: "We lost everything in the café", in: found) == "Lorna Pike")
        #expect(speaker(of: "Nobody listened to us", in: found) == "Mark Oduya")
        #expect(speaker(of: "shambolic", in: found) == "Tessa Quayle")
        #expect(!found.contains { $0.speaker == "Union" })
        let french = """
        14 h 10

        « On a tout perdu dans le café »

        La gérante du café, Lorna Pichon, 41 ans, raconte que l'eau est entrée à l'aube. « On a tout perdu dans le café. Les frigos, le stock, tout », a-t-elle dit.

        13 h 20

        Le syndicat : « Personne ne nous a écoutés »

        Le secrétaire de la section, Marc Oudin, a déclaré : « Personne ne nous a écoutés quand on demandait des pompes. »
        """
        let frenchFound = quotations(french, lang: "fr")
        #expect(speaker(of: "On a tout perdu dans le café", in: frenchFound) == "Lorna Pichon")
        #expect(speaker(of: "Personne ne nous a écoutés", in: frenchFound) == "Marc Oudin")
    }

    /// A summary bullet with a cue and a named subject keeps that subject; a label heading whose
    /// words the body does not repeat goes to the one under it who holds that role, and an
    /// organisation label with no such person to no one (never to a speaker named `Union`).
    @Test func labelsNameNoSpeakerByThemselves() {
        let bullet = """
        Summary

        Mayor Tessa Quayle calls the response “shambolic”

        12:05

        The port authority said it had pumps on site by noon.
        """
        #expect(speaker(of: "shambolic", in: quotations(bullet)) == "Tessa Quayle")
        let role = """
        16:10

        Councillor: ‘This slope has moved before’

        Local councillor Ewan Marsh says the hillside has slipped three times. “We asked for nets in the spring,” he said.
        """
        #expect(speaker(of: "This slope has moved before", in: quotations(role)) == "Ewan Marsh")
        let organisation = """
        13:20

        Union: ‘Nobody listened’

        The branch met on Tuesday night to discuss the flooding.
        """
        #expect(speaker(of: "Nobody listened", in: quotations(organisation)) == .some(nil))
    }

    /// Near misses: a heading naming a title in quotation marks stays a mention though the body
    /// quotes it; a body paragraph (a full sentence) is no heading, and its speaker stays.
    @Test func headingEchoNearMisses() {
        let title = """
        ‘Harbour Lights’ returns

        “I have missed Harbour Lights every winter,” said the director, Nora Vell.
        """
        let found = quotations(title)
        #expect(found.first?.kind == .mention)
        let sentence = """
        Ruth Amos spoke first. “We were never told,” she said.

        Later Ben Cole said the council “were never told” either.
        """
        #expect(speaker(of: "were never told", in: quotations(sentence)) == "Ben Cole")
    }

    /// A heading whose words the body has only inside another speaker's quotation (he quotes
    /// her) is not his: the heading keeps no speaker rather than the one who mocked the words.
    @Test func wordsQuotedInsideAnotherQuotationAreNoEcho() {
        let mocked = """
        Minister: ‘I shall not step down’

        Opposition leader Col Farrant mocked the minister, Edna Lusk. “She says ‘I shall not step down’ every single week,” he said.
        """
        let found = quotations(mocked)
        #expect(found.contains { $0.text.hasPrefix("She says") && $0.speaker == "Col Farrant" })
        #expect(found.first { $0.text == "I shall not step down" }.map { $0.speaker == nil } == true)
    }

    /// Words after a role label and a colon in a subhead of a round-up (`Le président : « une
    /// prudence assumée »`) are direct, even a fragment the classifier reads as a mention, and go
    /// to the one under the subhead who holds that role; near miss: a label that is no role nor
    /// organisation (`Le mot d'ordre : « … »`) makes nothing direct.
    @Test func fragmentAfterARoleLabelIsTheRoleHoldersWords() {
        let french = """
        Le président du conseil départemental, Gilles Armand-Roques, a présenté jeudi un plan routier de 80 millions d'euros.

        Le président : « une prudence assumée »

        « Nous réparons avant de construire. C'est moins spectaculaire, mais c'est honnête », a déclaré Gilles Armand-Roques en séance.

        Le mot d'ordre : « zéro chantier inutile »

        Le plan sera voté en avril.
        """
        let found = quotations(french, lang: "fr")
        #expect(speaker(of: "une prudence assumée", in: found) == "Gilles Armand-Roques")
        #expect(!found.contains { $0.text == "zéro chantier inutile" && $0.kind == .direct })
        let english = """
        The county council leader, Megan Throssell, set out a budget of £410m on Thursday.

        Council leader: ‘a careful budget’

        “We fix before we build. It is less exciting, but it is honest,” Megan Throssell told the chamber.
        """
        #expect(speaker(of: "a careful budget", in: quotations(english)) == "Megan Throssell")
    }
}
