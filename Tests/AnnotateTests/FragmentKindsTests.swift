import Annotate
import Model
import Testing

/// Short quoted fragments inside a sentence: words presented as someone's (`direct`) against
/// labels, slogans and names (`mention`), following the gold guide. One test per kind, each on
/// made-up sentences (no corpus text, no real names).
@Suite struct FragmentKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "fr") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    func kinds(_ text: String, lang: String = "fr") -> [Quotation.Kind] { quotations(text, lang: lang).map(\.kind) }

    /// Kind 1: a verb of judgement or demand, its object, then a quoted qualifier
    /// (`juge les résultats « solides »`): the speaker's verdict, even after a mention cue.
    @Test func qualifierOfTheObjectOfAVerbOfJudgementIsSpeech() {
        let judged = quotations("Interrogé par la radio, le docteur Paul Verrand juge les résultats « solides ».")
        #expect(judged.map(\.kind) == [.direct])
        #expect(judged.first?.speaker == "Paul Verrand")
        #expect(kinds("La direction de la compagnie a regretté une grève « incompréhensible ».") == [.direct])
        #expect(kinds("Le maire sortant, Luc Fabre, a dénoncé une campagne « faite de rumeurs et de coups bas ».") == [.direct])
        #expect(kinds("L'avocate Anne Morel a plaidé longuement, demandant une peine « aménageable ».") == [.direct])
        let english = quotations("Senator Jane Holloway condemned the “reckless” decision on Monday.", lang: "en")
        #expect(english.map(\.kind) == [.direct])
        #expect(english.first?.speaker == "Jane Holloway")
    }

    /// Kind 2: an inflected multi-word speech form (`s'est dite`) is the verb right before the
    /// span, so `dite` is no mention cue there.
    @Test func inflectedPronominalSpeechFormIsAdjacent() {
        #expect(kinds("Dans la salle, la voisine de Marc Delorme s'est dite « soulagée ».") == [.direct])
        #expect(kinds("La réforme dite « Travail » a été adoptée.") == [.mention])
    }

    /// Kind 3: a second `que` / `that` clause coordinated after a quoted one is the same
    /// speaker's words.
    @Test func secondCoordinatedReportedClauseKeepsTheSpeaker() {
        let french = quotations("L'économiste Paul Garnier estime que « le principe n'est pas absurde », mais que la méthode retenue est « la pire possible ».")
        #expect(french.map(\.kind) == [.direct, .direct])
        #expect(french.map(\.speaker) == ["Paul Garnier", "Paul Garnier"])
        let english = quotations("In a statement, the harbour engineer Tom Ashby said the flooding had been \"unprecedented\" and that his crews had worked \"day and night\".", lang: "en")
        #expect(english.map(\.kind) == [.direct, .direct])
        #expect(english.map(\.speaker) == ["Tom Ashby", "Tom Ashby"])
    }

    /// Kind 4: words on a sign named a few words before, read with no person as the subject
    /// (`dont l'une proclamait`, `sur lesquelles on pouvait lire`), are a slogan.
    @Test func wordsOnASignNamedEarlierAreASlogan() {
        #expect(kinds("Des centaines de supporters avaient déployé des banderoles, dont l'une proclamait « Allez Tom, on y croit ».") == [.mention])
        #expect(kinds("Les grévistes ont brandi des pancartes sur lesquelles on pouvait lire « Salaires gelés, patience usée » ou encore « Ici, nous tenons la ligne ».")
                == [.mention, .mention])
        // A named person who holds a sign still speaks.
        #expect(kinds("Brandissant une pancarte, la syndicaliste Inès Garot a lancé : « Nous ne céderons rien, ni aujourd'hui ni demain. »") == [.direct])
    }

    /// Kind 5: a span right before a label noun (`an amber “…” warning`) is a label.
    @Test func spanBeforeALabelNounIsALabel() {
        #expect(kinds("The agency issued an amber “risk to life” warning for the coast.", lang: "en") == [.mention])
        #expect(kinds("She said the firm would go ahead with its \"blue steel\" project next year.", lang: "en") == [.mention])
    }

    /// Kind 6: a capitalised name after a mention cue and an adjective (`le dispositif régional
    /// « … »`), or a cue and its complement (`le mot d'ordre « … »`), is a name.
    @Test func nameAfterAMentionCueAndAModifier() {
        #expect(kinds("Le maire Luc Fabre a précisé que la boutique entrait dans le dispositif régional « Villages vivants ».") == [.mention])
        #expect(kinds("Il animait l'émission dominicale « Les Voix du marché » depuis vingt ans.") == [.mention])
        #expect(kinds("Les syndicats ont appelé à manifester samedi sous le mot d'ordre « Pas de bus sans chauffeur ».") == [.mention])
    }

    /// Kind 7: a speech-verb form after a number is a noun (`300 postes`), no cue; a relative
    /// clause opened by a preposition after the span (`under which …`) holds no cue for it.
    @Test func nounsAndRelativeClausesAreNoCues() {
        #expect(kinds("Le projet prévoit la suppression de 300 postes et la généralisation des bus « sans receveur ».") == [.mention])
        #expect(kinds("The company brought in a new rota, known among staff as the \"long shift\", under which drivers can be told to work nights.", lang: "en")
                == [.mention])
    }

    /// Kind 7b: a search term (`by searching ‘…’`) and a title-cased title right after `called`
    /// are mentions; `jurer que` reports speech.
    @Test func searchTermsAndLongTitlesAreMentions() {
        #expect(kinds("Residents can check the forecast by searching ‘river levels near me’ online.", lang: "en") == [.mention])
        #expect(kinds("There is a study on my desk called “Steel And Sand: The Future of Coastal Towns”, written by Professor Ada Quill.", lang: "en")
                == [.mention])
        #expect(kinds("Dans les couloirs, un conseiller jurait que la réunion s'était « très bien passée ».") == [.direct])
    }

    /// Kind 8: a lowercase span closing a long `que` clause of a known speaker is a fragment of
    /// their words.
    @Test func fragmentClosingALongReportedClause() {
        let found = quotations("La maire Claire Fontanel a rappelé que la région prévoyait la construction d'un nouveau gymnase à Saint-Avit, à dix kilomètres, « d'ici à 2030 ».")
        #expect(found.map(\.kind) == [.direct])
        #expect(found.first?.speaker == "Claire Fontanel")
    }

    /// Kind 8b: a speech verb after a relative clause set off by commas, itself after an
    /// apposition (`le Pr X, pneumologue à Y, qui …, juge`), belongs to the name.
    @Test func verbAfterARelativeClauseAndAnAppositionBelongsToTheName() {
        let found = quotations("Interrogé par nos soins, le Pr Victor Lemaire, cardiologue à l'hôpital de Montbrison, qui n'a pas pris part à l'étude, juge les conclusions « fragiles ».")
        #expect(found.map(\.speaker) == ["Victor Lemaire"])
        let english = quotations("City manager Helen Rusk, whose side have now lost three games in a row, said her players had ‘run out of ideas’ late on.", lang: "en")
        #expect(english.map(\.speaker) == ["Helen Rusk"])
    }

    /// Kind 9: a participle right after a speech noun and its author (`un rapport de X pointant
    /// une « … »`) speaks for the author.
    @Test func participleAfterASpeechNounSpeaksForItsAuthor() {
        let found = quotations("La démission avait suivi la publication d'un rapport de l'inspection générale pointant une « gestion désastreuse » des comptes.")
        #expect(found.map(\.kind) == [.direct])
        #expect(found.first?.speaker?.lowercased().contains("inspection") == true)
    }
}
