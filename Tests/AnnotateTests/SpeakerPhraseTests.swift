import Annotate
import Model
import Testing

/// Which words name the speaker: antecedents, organisations, pronouns. Hand-written texts, one
/// per kind of sentence a tester saw go wrong.
@Suite struct SpeakerPhraseTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String) -> [String?] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == .direct }.map { q in q.speakerID.flatMap { transcript.speaker(id: $0)?.name } }
    }

    /// Two people who share a surname and whose given names start alike stay two speakers; an
    /// initial still names the one it abbreviates.
    @Test func similarGivenNamesAreDifferentPeople() {
        let english = #""One here," said Marie Dupont. "Two here," said Mario Dupont. "Three," said Jon Smith. "Four," said John Smith. "Five," said J. Smith."#
        #expect(speakers(english, lang: "en") == ["Marie Dupont", "Mario Dupont", "Jon Smith", "John Smith", "John Smith"])
        let french = "« Un », a dit Jean Martin. « Deux », a dit Jeanne Martin. « Trois », a dit J. Roy. « Quatre », a dit Jean Roy."
        #expect(speakers(french, lang: "fr") == ["Jean Martin", "Jeanne Martin", "J. Roy", "J. Roy"])
        // The same given name with a middle name left out is the same person.
        let middle = #""Six," said Anna Lee Carter. "Seven," said Anna Carter."#
        #expect(speakers(middle, lang: "en") == ["Anna Lee Carter", "Anna Lee Carter"])
    }

    /// A gendered honorific before a surname that two people share names the one of that gender,
    /// not the one named last.
    @Test func aGenderedHonorificPicksThePersonOfThatGender() {
        let french = "« Nous voulons un vote », a déclaré Paul Martin, agriculteur. « Pas si vite », a ajouté Claire Martin, retraitée. « Je demande un moratoire », a insisté M. Martin. « Moi aussi », a dit Mme Martin."
        #expect(speakers(french, lang: "fr") == ["Paul Martin", "Claire Martin", "Paul Martin", "Claire Martin"])
        let english = #""We want a vote," said Paul Smith. "Not so fast," said Claire Smith. "I want a pause," said Mr Smith. "Me too," said Ms Smith."#
        #expect(speakers(english, lang: "en") == ["Paul Smith", "Claire Smith", "Paul Smith", "Claire Smith"])
    }

    /// A fragment after a modal is what someone should or could say or do, not their words; with
    /// no cue it has no speaker (a pronoun subject would otherwise own it).
    @Test func aFragmentAfterAModalIsNobodysWords() {
        let english = #"Tom Ward, the minister, should act. He should take back the message to the Treasury, "We will not accept any more delays this winter.""#
        #expect(speakers(english, lang: "en") == [nil])
        // Without the modal the pronoun subject owns it.
        let done = #"Anna Roy met the Treasury team. She took back the message to them, "We will not accept any more delays this winter.""#
        #expect(speakers(done, lang: "en") == ["Anna Roy"])
    }

    /// `X de Y, qui affirme « … »`: the relative clause's antecedent is Y when X is no person.
    @Test func relativeAntecedentIsTheNearestSpeaker() {
        let text = "Les habitants redoutent des représailles de la milice locale, qui affirme « défendre le village contre tous »."
        #expect(speakers(text, lang: "fr") == ["la milice locale"])
    }

    /// `le ministre de la Culture, qui …`: a title heads the phrase, which stays whole.
    @Test func relativeAntecedentWithATitleStaysWhole() {
        let text = "Il a rencontré le ministre de la Culture, qui affirme « vouloir sauver ce théâtre coûte que coûte »."
        #expect(speakers(text, lang: "fr") == ["le ministre de la Culture"])
    }

    /// `SUD-PTT` … `SUD`: an acronym is the organisation whose hyphenated name it begins.
    @Test func acronymJoinsItsHyphenatedOrganisation() {
        let text = "Le syndicat CFX-PTT a dénoncé le plan. « C'est une provocation pure et simple », a ajouté CFX."
        let transcript = annotator.annotate(TestDocuments.make(text, lang: "fr"))
        #expect(transcript.speakers.map(\.name) == ["CFX-PTT"])
        #expect(transcript.speakers.first?.aliases.contains("CFX") == true)
    }

    /// `as X points out:` — the name before the colon speaks, not the sentence's subject.
    @Test func asXPointsOut() {
        let text = #"But one thing is for certain, as Jo points out: "nobody here wants the plant to close, not even the managers.""#
        #expect(speakers(text, lang: "en") == ["Jo"])
    }

    /// A pen name with lowercase words after a role noun stays whole.
    @Test func penNameWithLowercaseWords() {
        let text = #"The blogger Quiet green hill wrote: "The river is dying and nobody is listening to us.""#
        #expect(speakers(text, lang: "en") == ["Quiet green hill"])
    }

    /// Gender from a determiner before a title (`la ministre Claire Roux`), not only from `Mme`.
    @Test func pronounFindsTheWomanNamedWithAFeminineDeterminer() {
        let text = "La ministre Claire Roux a rencontré le préfet Paul Martin. « Nous rouvrirons le site en mars », a-t-elle assuré."
        #expect(speakers(text, lang: "fr") == ["Claire Roux"])
    }

    /// A title for a law after `loi` is a mention, not a quotation.
    @Test func lawTitleIsAMention() {
        let transcript = annotator.annotate(TestDocuments.make("Les députés ont voté un amendement à la loi « Sur l'information » mardi soir.", lang: "fr"))
        #expect(transcript.quotations.map(\.kind) == [.mention])
    }
}

/// Short spans: fragments of speech or names. Hand-written texts.
@Suite struct ShortSpanTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func kinds(_ text: String, lang: String) -> [Quotation.Kind] {
        annotator.annotate(TestDocuments.make(text, lang: lang)).quotations.filter { $0.kind != .reported }.map(\.kind)
    }

    /// The medium a speech verb addresses: `sagte er der „Welt“`, `a confié au « Courrier »`.
    @Test(arguments: [
        ("Das sagte der Minister Jonas Berger am Sonntag der „Rundschau“.", "de"),
        ("C'est ce qu'a confié la ministre Claire Roux au « Courrier ».", "fr"),
        (#"That is what the mayor, Jane Ortiz, told the "Gazette"."#, "en"),
    ])
    func mediumAfterADeterminerIsAMention(text: String, lang: String) {
        #expect(kinds(text, lang: lang) == [.mention])
    }

    /// What a naming verb calls something, after a naming particle (`als`, `as`, `comme`).
    @Test(arguments: [
        ("Die Regierung hatte den Bericht der Zeitung am Montag als „falsch“ bezeichnet.", "de"),
        (#"The mayor, Jane Ortiz, described the new budget as "reckless" on Monday."#, "en"),
    ])
    func spanAfterANamingParticleIsDirect(text: String, lang: String) {
        #expect(kinds(text, lang: lang) == [.direct])
    }

    /// A capitalised name in marks right after a definite article is a name, not speech.
    @Test(arguments: [
        ("Die Abgeordnete Lena Vogt sagte, die „Partei der Grünen Mitte“ werde nicht antreten.", "de"),
        (#"Councillor Ann Lee said the "Harbour Friends Society" would close."#, "en"),
    ])
    func capitalisedNameAfterADefiniteArticleIsAMention(text: String, lang: String) {
        #expect(kinds(text, lang: lang).last == .mention)
    }

    /// A mention cue at the end of a hyphenated compound (`ZDF-Sendung`, `TV-programme`).
    @Test(arguments: [
        ("Der Fall wurde in der Regional-Sendung „Spuren im Schnee und anderswo“ gezeigt.", "de"),
        (#"The case was shown on the TV-programme "Tracks in the snow and elsewhere" last week."#, "en"),
    ])
    func mentionCueEndingACompound(text: String, lang: String) {
        #expect(kinds(text, lang: lang) == [.mention])
    }

    /// A fragment in a clause whose mood marks reported speech (`sei`), right after a quotation.
    @Test func fragmentInReportedMoodIsDirect() {
        let text = "„Wir bauen die Brücke neu“, sagte der Bürgermeister Jonas Berger. Der alte Plan sei ein „teurer Irrtum“ gewesen."
        #expect(kinds(text, lang: "de") == [.direct, .direct])
    }

    /// A German compound ending in a mention cue (`Wochenzeitschrift` ends in `zeitschrift`).
    @Test func compoundEndingInACueIsAMention() {
        #expect(kinds("Die Wochenzeitschrift „neue Welt von morgen früh“ erschien am Montag.", lang: "de") == [.mention])
    }

    /// A fragment several words after the speech verb whose subject is known.
    @Test func fragmentFarFromItsVerbIsDirect() {
        let text = "Der Minister Jonas Berger nannte die Ergebnisse der neuen Studie am Montag eine „bittere Enttäuschung“."
        #expect(kinds(text, lang: "de") == [.direct])
    }
}
