import Annotate
import Model
import Testing

/// Quoted spans told apart as speech or mention by the words around them: a long title-cased
/// title, a person's other name after `dit`, `alias` or `aka`, a name given with an imperfect of
/// habit (`que les anciens appelaient le « … »`), the words on a sheet, billboard or mural, one
/// word after `treated as` closing a long reported clause, a title-cased name closed by a period
/// alone, a person's words after a clause that names a sign, a word whose source a `selon lui`
/// before it gives. Made-up sentences (no corpus text, no real names), each kind with near misses
/// that keep their kind.
@Suite struct TitleAliasAndInscriptionKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    func kinds(_ text: String, lang: String = "en") -> [Quotation.Kind] { quotations(text, lang: lang).map(\.kind) }

    /// Kind 1: a title-cased span of seven words or more with no sentence punctuation (a song, a
    /// film) is a title; a speaker and a speech verb right next to one keep it their words, and
    /// a sentence in ordinary case stays speech.
    @Test func longTitleCasedSpanIsAMention() {
        #expect(kinds("The brass band struck up “Oh What a Lovely Morning It Is by the Sea” as the ribbon was cut.") == [.mention])
        #expect(kinds("As the coffin left the church, the organist played “Abide With Me Till the Last Light Fades”.") == [.mention])
        #expect(kinds("The crowd joined in when the choir launched into “We Shall Walk Along the Old Mill Road”.") == [.mention])
        #expect(kinds("12.41pm: The DJ has put on “Walking On Sunshine Down by the Harbour Wall” and the queue is dancing.") == [.mention])
        let posted = quotations("“Thanks To Every Single Volunteer Who Turned Out Today,” the club wrote on Facebook.")
        #expect(posted.map(\.kind) == [.direct])
        #expect(posted.first?.speaker == "the club")
        let said = quotations("“We will walk along the old mill road until it is fixed,” said Ada Finch.")
        #expect(said.map(\.kind) == [.direct])
        #expect(said.first?.speaker == "Ada Finch")
    }

    /// Kind 2: a name-like span right after `dit`, `dite`, `alias` or `aka`, set off by a comma
    /// after a name, is the person's other name; `« … », dit X` and a verb's object in lower case
    /// stay X's words.
    @Test func nicknameAfterAnAliasWordIsAMention() {
        #expect(kinds("Le fondateur, Jean-Marc Roy, dit « Bouboule », a ouvert la salle en 1972.", lang: "fr") == [.mention])
        #expect(kinds("Le propriétaire, petit-fils de Paul Durand, dit « Popaul », ne conteste pas tout.", lang: "fr") == [.mention])
        #expect(kinds("The club's founder, Tom Hale, aka “Big Tom”, ran the bar for forty years.") == [.mention])
        #expect(kinds("Le braqueur, Marc Viel, alias « le Chat », a été arrêté mardi.", lang: "fr") == [.mention])
        let said = quotations("« Je ne partirai pas », dit Paul Durand.", lang: "fr")
        #expect(said.map(\.kind) == [.direct])
        #expect(said.first?.speaker == "Paul Durand")
        let regret = quotations("Le maire, Paul Durand, dit « regretter » la décision.", lang: "fr")
        #expect(regret.map(\.kind) == [.direct])
        #expect(regret.first?.speaker == "Paul Durand")
    }

    /// Kind 3: the imperfect of a naming verb (`appelaient`, `nommaient`: what people used to
    /// call it) gives the name a thing went by; a past tense of one act (`a appelé`) gives a
    /// speaker's words.
    @Test func nameGivenWithAnImperfectOfHabitIsAMention() {
        #expect(kinds("On entend de loin ce grondement que les anciens appelaient le « ronron », du nom des métiers.", lang: "fr") == [.mention])
        #expect(kinds("Les pêcheurs redoutent ce que les marins nommaient le « pot au noir ».", lang: "fr") == [.mention])
        #expect(kinds("Le vent du nord, que les bergers appelaient la « bise noire », soufflait trois jours.", lang: "fr") == [.mention])
        #expect(kinds("Il se souvient de ce coin de rivière que les gamins du village nommaient « le trou du diable ».", lang: "fr") == [.mention])
        let called = quotations("Paul Roy a dénoncé ce que le ministre a appelé une « erreur de calcul ».", lang: "fr")
        #expect(called.map(\.kind) == [.direct])
        // Near miss: `appeler à` is a call for something, whose words open with the preposition.
        let mobilisation = quotations("Les syndicats appelaient « à la mobilisation générale » dès lundi.", lang: "fr")
        #expect(mobilisation.map(\.kind) == [.direct])
        #expect(mobilisation.first?.speaker == "Les syndicats")
    }

    /// Kind 4: words on a sheet, a billboard, a tarp or a mural (`carrierNouns`) are a slogan;
    /// a statement that reads words keeps them speech.
    @Test func wordsOnASheetOrBillboardAreAMention() {
        #expect(kinds("A bedsheet hanging from a balcony on Mill Lane reads: “Plug it in or move it on”.") == [.mention])
        #expect(kinds("A billboard on the ring road reads “Drive less, live more”.") == [.mention])
        #expect(kinds("Un drap tendu entre deux fenêtres proclame : « Des arbres, pas des parkings ».", lang: "fr") == [.mention])
        #expect(kinds("A mural on the school wall reads: “Every child counts, every single day”.") == [.mention])
        #expect(kinds("The statement reads: “We regret the delay and apologise to passengers.”") == [.direct])
    }

    /// Kind 5: one lowercase word right after a naming particle (`treated as`, `considéré
    /// comme`) closing a long reported clause is the speaker's word; a name in common use and a
    /// scare quote in narration stay mentions.
    @Test func oneWordAfterANamingParticleInAReportedClauseIsDirect() {
        let police = quotations("In a statement, police said they were keeping an open mind but that the fire was being treated as “suspicious” at this stage.")
        #expect(police.map(\.kind) == [.direct])
        #expect(police.first?.speaker == "police")
        let crews = quotations("Fire crews said they had stayed at the scene overnight and that the cause was being treated as “deliberate” for now.")
        #expect(crews.map(\.kind) == [.direct])
        #expect(kinds("The lane, known locally as “the dip”, floods every winter.") == [.mention])
        #expect(kinds("Critics dismissed the so-called “reform” as a gimmick.") == [.mention])
    }

    /// Kind 6: a title-cased span opening with an article and closed by a period alone, that no
    /// one is found to say, is a name (`“The Lanterns.” That was our first draft.`); the same
    /// words in ordinary case stay speech.
    @Test func titleCasedNameClosedByAPeriodIsAMention() {
        #expect(kinds("“The Lanterns.” The first set of letters was too round, and we threw them out.") == [.mention])
        #expect(kinds("“The Long Grass.” That was the working name of the first draft.") == [.mention])
        #expect(kinds("“The potatoes.” That was all he would say about the menu.") == [.direct])
        // Near miss: a speech verb in the next sentence may find who said it.
        let holt = quotations("“The End.” That was all Mr Holt said when asked about the play.")
        #expect(holt.map(\.kind) == [.direct])
        #expect(holt.first?.speaker == "Holt")
        // Not a sentence about something else in which someone speaks.
        #expect(kinds("“The Lanterns.” The first letters were too round, and my assistant said they looked grown, not drawn.") == [.mention])
    }

    /// Kind 7: a person named by a noun (`one man`, `a pensioner`) who speaks right before the
    /// span keeps their words, though a carrier (`signs`, `banners`) stands in a clause before;
    /// words a carrier itself shows stay a slogan.
    @Test func personSpeakingAfterACarrierClauseIsDirect() {
        let man = quotations("When we tested the new signs with older drivers, one man said, “Oh, so that is what that means,” and laughed.")
        #expect(man.map(\.kind) == [.direct])
        #expect(man.first?.speaker == "one man")
        let pensioner = quotations("Outside, beneath the protest banners, a pensioner told me, “We have been here since six,” and went back to her flask.")
        #expect(pensioner.map(\.kind) == [.direct])
        #expect(pensioner.first?.speaker == "a pensioner")
        let resident = quotations("As volunteers put up the signs, one resident said, “It is about time somebody listened,” and smiled.")
        #expect(resident.map(\.kind) == [.direct])
        #expect(resident.first?.speaker == "one resident")
        #expect(kinds("Des banderoles ont fleuri sur les grilles, dont l'une proclamait « Rendez-nous notre gare ».", lang: "fr") == [.mention])
        #expect(kinds("The protesters carried placards reading “Hands off our pool”.") == [.mention])
        #expect(kinds("A banner held by two fans read “Bring back our club”.") == [.mention])
    }

    /// Kind 8: a source preposition (`selon lui`, `according to`) between a distant verb and a
    /// one-word span gives the source of that word, the subject the pronoun stands for; a
    /// speaker's own `selon lui` keeps the speaker.
    @Test func sourcePrepositionBetweenADistantVerbAndTheSpanGivesItsSource() {
        let ministry = quotations("Le ministère de la Santé a lancé jeudi une campagne nationale contre les produits éclaircissants, dont plusieurs contiennent, selon lui, des doses « toxiques » de plomb.", lang: "fr")
        #expect(ministry.map(\.kind) == [.direct])
        #expect(ministry.first?.speaker == "Le ministère de la Santé")
        let prefecture = quotations("La préfecture a publié mardi un bilan des crues, qui ont touché, selon elle, des quartiers « jamais inondés » jusqu'ici.", lang: "fr")
        #expect(prefecture.map(\.kind) == [.direct])
        #expect(prefecture.first?.speaker == "La préfecture")
        let said = quotations("Paul Roy a déclaré que la réforme était, selon lui, « mal ficelée ».", lang: "fr")
        #expect(said.map(\.kind) == [.direct])
        #expect(said.first?.speaker == "Paul Roy")
    }
}
