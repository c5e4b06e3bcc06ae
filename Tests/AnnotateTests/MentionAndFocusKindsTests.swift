import Annotate
import Model
import Testing

/// Quoted spans that read as speech but are mentions (a song sung, a grade given, a term
/// defined, a title after its author or before its kind, a nickname before its apposition), and
/// who a later pronoun or cue means (`For X,` at a sentence's head, a reader who emails, a
/// description past a nickname). One test per kind, each on made-up sentences (no corpus text,
/// no real names).
@Suite struct MentionAndFocusKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    func kinds(_ text: String, lang: String = "en") -> [Quotation.Kind] { quotations(text, lang: lang).map(\.kind) }

    /// Kind 1: the words of a song or chant after a verb of singing (`songVerbs`), even with a
    /// subject before the verb.
    @Test func songOrChantSungIsAMention() {
        #expect(kinds("The visiting fans are singing \"Dunmoor all the way\".") == [.mention])
        #expect(kinds("Later the crowd chanted \"We want more goals\" for ten minutes.") == [.mention])
        #expect(kinds("Les supporters entonnent « Allez les Verts du Nord » à la mi-temps.", lang: "fr") == [.mention])
        // A speech verb is no song: `shouted` keeps the words someone's.
        #expect(kinds("Ray Doyle shouted \"We want more goals\" from the stand.") == [.direct])
    }

    /// Kind 2: a short span after a verb of rating and its object (`ratingVerbs`) is the grade given.
    @Test func gradeGivenAfterARatingVerbIsAMention() {
        #expect(kinds("According to the board, inspectors visited the home twice and rated it \"good\" on both occasions.") == [.mention])
        #expect(kinds("Engineers graded the bridge \"poor\" last year.") == [.mention])
        #expect(kinds("L'agence a classé le quartier « prioritaire » en mars.", lang: "fr") == [.mention])
    }

    /// Kind 3: a short span followed by a comma and a definition marker (`definitionMarkers`)
    /// is a term the text explains; not words said right after a speech verb.
    @Test func termFollowedByItsDefinitionIsAMention() {
        #expect(kinds("Le projet de la direction prévoit notamment des « journées hachées », c'est-à-dire des journées coupées par une longue pause.", lang: "fr") == [.mention])
        #expect(kinds("Le plan prévoit aussi des « heures souples », autrement dit des horaires variables.", lang: "fr") == [.mention])
        #expect(kinds("The scheme relies on \"split shifts\", that is, working days broken by a long unpaid pause.") == [.mention])
        let said = quotations("Paul Roy was asked to sign. He said \"no\", meaning he would not sign.")
        #expect(said.map(\.kind) == [.direct])
        #expect(said.first?.speaker == "Paul Roy")
    }

    /// Kind 4: a title right after an author noun and its complement word, or before an
    /// apposition that names its kind; a nickname before its apposition (`surnom`, `a nickname`).
    @Test func titleAfterAuthorOrBeforeItsKindAndNicknameBeforeItsAppositionAreMentions() {
        #expect(kinds("Nora Pell is the author of \"Quiet Harbour\". She began with \"Low Tide\", her first novel, in 2012.") == [.mention, .mention])
        #expect(kinds("À 40 ans, l'autrice de « Pluie d'été » publie son septième livre. Elle l'avait promis dès « Ciel bas », son premier roman.", lang: "fr") == [.mention, .mention])
        #expect(kinds("L'ancien maire vit mal d'être désigné comme « le patron des amis », surnom dont l'avait affublé la presse.", lang: "fr") == [.mention])
        #expect(kinds("The mayor, Ian Dorsey, was known as \"the Iron Baker\", a nickname his rivals gave him.") == [.mention])
        // A description of the speaker before their verb is no apposition naming a kind.
        let critic = quotations("\"A disaster for the town,\" the film critic said.")
        #expect(critic.map(\.kind) == [.direct])
        #expect(critic.first?.speaker == "the film critic")
    }

    /// Kind 5: `For X,` at the head of a sentence puts X in view for the next pronoun; `for him`
    /// inside a sentence attributes nothing.
    @Test func forPhraseAtTheHeadPutsItsPersonInView() {
        let text = """
        Robin Kettle was halfway through dinner when the pager went off. "You just go," says Kettle.

        Alex Marr, the skipper, had been fishing on the rocks.

        For Kettle, the award is beside the point. "People ask if I was scared," she says.
        """
        #expect(quotations(text).map(\.speaker) == ["Robin Kettle", "Robin Kettle"])
    }

    /// Kind 6: written messages (`emails`, `texts`, `writes in`), and a name with its origin
    /// (`NAME from PLACE`): the speaker is the name.
    @Test func readerWhoEmailsWithAnOriginIsTheSpeaker() {
        let text = """
        14:20 A reader, Brenda from Cobble Lane, emails: "Forty years I have watched this club and never felt like this."

        14:25 Another fan, Tom from Ashby, texts: "Can't look."

        14:30 Sam from Eastfield writes in: "What a match."
        """
        #expect(quotations(text).map(\.speaker) == ["Brenda", "Tom", "Sam"])
    }

    /// Kind 7: a description subject past an apposition that gives a nickname (`The singer,
    /// nicknamed “…” by fans, says her …`) is the named person of that gender, for the next
    /// `she`, not the organisation quoted just before; and `the singer` is not someone whose
    /// description holds the word in a complement (`A source close to the singer`).
    @Test func descriptionPastANicknameAppositionStaysTheSubject() {
        let text = """
        Pop star Lulu Marsh, 40, announced a tour on Monday. "I'm so excited to be back," she said.

        A source close to the singer said: "She has never been happier."

        Her label, Northgate Music, said demand had been "enormous", adding that more dates could follow.

        The singer, nicknamed "Lulu Sparkle" by fans, says her new record is her most personal yet.

        "It's about loss, it's about growing up," she said.
        """
        let found = quotations(text)
        #expect(found.first { $0.text == "Lulu Sparkle" }?.kind == .mention)
        #expect(found.last?.speaker == "Lulu Marsh")
    }
}
