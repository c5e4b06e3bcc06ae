import Annotate
import Model
import Testing

/// Language-neutral rules switched on or fed by lexicon data, each shown on a small made-up
/// German sentence (no corpus text, no real names): one test per kind of sentence.
@Suite struct LexiconDrivenRuleTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func kinds(_ text: String, lang: String = "de") -> [Quotation.Kind] {
        annotator.annotate(TestDocuments.make(text, lang: lang)).quotations.filter { $0.kind != .reported }.map(\.kind)
    }

    /// A title right after a mention cue stays a name even when it holds sentence punctuation
    /// (`die Sendung „Wer weiß es? Niemand!“`, `unter dem Motto „Nie wieder!“`).
    @Test(arguments: [
        "Die Sendung „Wer weiß es? Niemand!“ lief am Montag im Regionalfernsehen.",
        "Rund zweihundert Menschen zogen unter dem Motto „Nie wieder Lärm! Ruhe jetzt!“ durch die Altstadt.",
    ])
    func titleWithSentencePunctuationAfterAMentionCue(text: String) {
        #expect(kinds(text) == [.mention])
    }

    func speakers(_ text: String, lang: String = "de") -> [String?] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == .direct }.map { q in q.speakerID.flatMap { transcript.speaker(id: $0)?.name } }
    }

    /// A title after a mention cue and a colon with no verb (`ihr Erstwerk: „…“`) is a name.
    @Test func titleAfterACueAndAVerblessColon() {
        #expect(kinds("Der Roman ist ihr Erstwerk: „Am Ufer wartet niemand“. Er erschien im Mai.") == [.mention])
    }

    /// A relative pronoun that is also an article (`die`, `der`) opens a relative clause only
    /// after a comma: `Die Regierung sprach von …` keeps its subject.
    @Test func articleThatIsAlsoARelativePronounKeepsTheSubject() {
        let text = "Am Dienstag kam es zu Festnahmen. Die Regierung sprach von der Festnahme „bewaffneter Banden aus dem Süden“."
        #expect(speakers(text) == ["Die Regierung"])
    }

    /// A capitalised name particle opening a sentence begins a name (`Von der Aue betonte`).
    @Test func nameParticleOpeningTheSentenceBeginsAName() {
        let text = "Von der Aue betonte, unter den Bewerbern seien „viele Frauen mit langer Erfahrung im Umgang mit Kindern“."
        #expect(speakers(text) == ["Von der Aue"])
    }

    /// An article after a common noun is its complement, not a new subject (`in einer Erklärung
    /// der Gewerkschaft mit den Worten zitiert`): the subject is the sentence's.
    @Test func articleAfterACommonNounIsItsComplement() {
        let text = "Der Vorsitzende Paul Brandt wird in einer Presseerklärung der Gewerkschaft mit den Worten zitiert: „Wir brauchen mehr Personal.“"
        #expect(speakers(text) == ["Paul Brandt"])
    }

    /// `laut X` before a fragment is the attribution preposition, not a speech verb whose subject speaks.
    @Test func attributionPrepositionIsNoSpeechVerbBeforeTheQuotation() {
        let text = "Das Buch ist laut einem Jurymitglied eine „kluge und komische Geschichte über das Überleben“."
        #expect(speakers(text) == ["einem Jurymitglied"])
    }

    /// Verb second (`verbSecond`): the subject after the speech verb before a quotation
    /// (`Weiter sagte er:`, `Der Zeitung sagte Anna Roth:`), not the object before the verb.
    @Test func subjectAfterTheVerbInAVerbSecondLanguage() {
        let text = "Die Ministerin Anna Roth besuchte am Montag die Werft. Der Lokalzeitung sagte Anna Roth: „Wir bauen hier weiter.“"
        #expect(speakers(text) == ["Anna Roth"])
        let pronoun = annotator.annotate(TestDocuments.make("Die Ministerin Anna Roth besuchte die Werft. Weiter sagte sie: „Wir bauen hier weiter.“", lang: "de"))
        #expect(pronoun.quotations.first?.attribution.mention == "sie")
        #expect(pronoun.quotations.first?.speakerID == "anna-roth")
    }

    /// A capitalised span after a definite article and one adjective is a name (`die regierende
    /// „Vereinigte Demokratische Front“`), as right after the article.
    @Test func capitalisedNameAfterAnArticleAndAnAdjective() {
        let text = "Die regierende „Vereinigte Demokratische Front“ gewann nach Angaben der Wahlkommission die Mehrheit."
        #expect(kinds(text) == [.mention])
    }

    /// `capitalisedNouns`: an attribution preposition needs a noun phrase; `laut geworden`
    /// (“become loud”) names no one.
    @Test func attributionPrepositionBeforeLowercaseWordsNamesNoOne() {
        let text = "Schon vorher war die Sorge laut geworden, man werde „alle Brücken im Tal schließen müssen“."
        let mentions = annotator.annotate(TestDocuments.make(text, lang: "de")).quotations.map(\.attribution.mention)
        #expect(!mentions.contains("geworden"))
    }

    /// A cue followed by an auxiliary is no verb of saying before its subject (`, so wurde sein Buch`).
    @Test func cueFollowedByAnAuxiliaryIsNoInversion() {
        let text = "Galt der Autor früher als „harter Hund der Partei“, so wurde sein Buch dennoch überall gelobt."
        let mentions = annotator.annotate(TestDocuments.make(text, lang: "de")).quotations.map(\.attribution.mention)
        #expect(!mentions.contains("sein Buch"))
    }

    /// `capitalisedNouns`: capitals make no title of a span that opens in lower case
    /// (`„ein Sturm im Wasserglas“` is the subject's words, not a title).
    @Test func lowercaseOpeningSpanIsNoTitleWhereNounsAreCapitalised() {
        let text = "Die Stadträtin Eva Lind nannte den Streit um den Parkplatz „ein Sturm im Wasserglas“."
        #expect(kinds(text) == [.direct])
    }

    /// A span whose opening capitalised words hold a mention cue or an organisation noun names
    /// such a thing (`einem „Gesetz zur Förderung der Heimarbeit“`, `beim „3. Nordischen Musikkongress“`).
    @Test(arguments: [
        "Die Firmen sind nach einem „Gesetz zur Förderung der Heimarbeit im ländlichen Raum“ zur Auskunft verpflichtet.",
        "Die Sängerin war zu Gast beim „3. Nordischen Musikkongress der Hansestädte und Küstenorte“ in der Stadthalle.",
        "Die Junta, die sich „Rat für Ordnung und Sicherheit der Nation“ nennt, regiert seit einem Jahr.",
    ])
    func spanHeadedByAMentionCueOrOrganisationNounIsAName(text: String) {
        #expect(kinds(text) == [.mention])
    }

    /// A short span right after a mention cue is a name even with a speech noun or a speech verb
    /// before the cue (`Berichte der Wochenzeitung „…“`, `nannte im Radiosender „…“`).
    @Test(arguments: [
        "Die Ministerin Eva Lind hat Berichte der Wochenzeitung „Blick nach vorn“ zurückgewiesen.",
        "Der Minister nannte in einem Gespräch mit dem Radiosender „Nordwelle“ drei Bedingungen.",
    ])
    func shortSpanRightAfterAMentionCueIsANameDespiteAnEarlierCue(text: String) {
        #expect(kinds(text) == [.mention])
    }

    /// A capitalised span followed by an agent preposition and a name of two words or more is the
    /// title of a work with its author (`„…“ von Eva Lind, „…“ von Jonas Berg gaben Einblicke`).
    @Test func titleFollowedByItsAuthorIsAName() {
        let text = "Vorträge wie „Als die Brücke über den Fluss gebaut wurde“ von Eva Lind oder „Kohle, Salz und Eisen im Tal“ von Jonas Berg gaben Einblicke in die Geschichte."
        #expect(kinds(text) == [.mention, .mention])
    }

    /// A short span alone in brackets is a gloss (`Kreuzungen („Mischlinge“) aus …`); one followed
    /// by a bracketed abbreviation is a name (`der „Grünen Liste“ (gl)`).
    @Test(arguments: [
        "Im Tierpark leben Kreuzungen („Mischlinge“) aus Esel und Pony, sagte die Tierärztin Eva Lind.",
        "Die Tierärztin Eva Lind sagte, sie sei Mitglied der „Grünen Liste“ (gl) gewesen.",
    ])
    func glossedSpanIsAMention(text: String) {
        #expect(kinds(text) == [.mention])
    }

    /// A short span inside a sentence in the mood of reported speech (`sei`, `hätten`) is a fragment
    /// of someone's words, even when no quotation named the speaker just before; a span opening
    /// the sentence is its subject, a name.
    @Test(arguments: [
        ("Die Gewerkschaft erhob am Montag schwere Vorwürfe gegen den Vorstand. Bis vor einem Jahr seien solche Treffen „ganz normal“ gewesen.", Quotation.Kind.direct),
        ("Die Band wurde im Mai verboten. „Nordlicht“ habe in seinen Liedern zu Gewalt aufgerufen.", Quotation.Kind.mention),
    ])
    func shortSpanInReportedMoodIsAFragment(text: String, kind: Quotation.Kind) {
        #expect(kinds(text) == [kind])
    }

    /// The Konjunktiv II of modals (`müssten`, `dürfte`) marks reported speech as well.
    @Test func modalInTheReportedMoodMakesAFragment() {
        let text = "Die Ärztin Eva Lind trat am Montag vor die Presse. Die Regeln müssten „deutlich strenger“ werden."
        #expect(kinds(text) == [.direct])
    }

    /// One capitalised word after an indefinite determiner (`in einen „Käfig“`) is a description,
    /// not the medium or addressee that a definite one names (`sagte er der „Welt“`).
    @Test(arguments: [
        ("Die Ministerin Eva Lind sagte, die Stadt werde in einen „Käfig“ verwandelt.", Quotation.Kind.direct),
        ("Das sagte die Ministerin Eva Lind der „Morgenpost“.", Quotation.Kind.mention),
    ])
    func capitalisedWordAfterAnIndefiniteDeterminerIsNoName(text: String, kind: Quotation.Kind) {
        #expect(kinds(text) == [kind])
    }

    /// A mention cue followed by its verb is the subject of a clause (`die Aktion erinnere „…“`):
    /// it names nothing in the span after the verb.
    @Test func mentionCueFollowedByItsVerbNamesNothing() {
        let text = "Der Redakteur Paul Brandt schrieb in seiner Kolumne, die Aktion erinnere „auf fatale Weise an alte Zeiten“."
        #expect(kinds(text) == [.direct])
    }

    /// An adverb between a mention cue and the span keeps the cue's effect (`Baptisée officiellement « … »`).
    @Test func adverbBetweenAMentionCueAndTheSpanKeepsItAName() {
        let text = "Baptisée officiellement « contribution au progrès local », la mesure a été votée hier."
        #expect(kinds(text, lang: "fr") == [.mention])
    }

    /// Where every noun is capitalised, capitals make no title of a span after an indefinite
    /// determiner (`eine „Zumutung der Verwaltung“`) or after a naming verb and its particle
    /// (`bezeichnete … als „Luftschloss aus Papier“`): it describes, it names nothing.
    @Test(arguments: [
        "Der Bürgermeister Paul Brandt nannte den Plan eine „Zumutung der Verwaltung“.",
        "Den Vorschlag bezeichnete die Ministerin Eva Lind als „Luftschloss aus Papier“.",
    ])
    func capitalisedDescriptionIsNoTitle(text: String) {
        #expect(kinds(text) == [.direct])
    }

    /// A comma may stand between a speech verb and its complementizer (`versicherte, dass …`): the
    /// verb's subject speaks in the reported clause, and goes on speaking in a fragment after it.
    @Test func commaBeforeTheComplementizerStillReports() {
        let text = "Die Ministerin Eva Lind versicherte, dass die Tafel noch existiere. Eine „offene bauliche Frage“ sei der Grund für die Verzögerung."
        #expect(speakers(text) == ["Eva Lind"])
    }

    /// Every inflected form of a naming participle is a mention cue (`ein so genanntes „…“`).
    @Test func inflectedNamingParticipleIsAMentionCue() {
        let text = "Die Ministerin Eva Lind sagte: „Wir handeln jetzt.“ Ein so genanntes „Ruheverbot“ soll die Regel ergänzen."
        #expect(kinds(text) == [.direct, .mention])
    }

    /// A short span after a speech noun and an example particle (`Sprüche wie „…“`) is an example
    /// of those words, even title-cased or with no speech verb.
    @Test(arguments: [
        "Vor dem Rathaus skandierten Hunderte Sprüche wie „Freiheit jetzt“ und zogen dann weiter.",
        "Auf den Plakaten standen Parolen wie „Gerechte Löhne“.",
    ])
    func spanAfterASpeechNounAndAnExampleParticleIsAnExample(text: String) {
        #expect(kinds(text) == [.direct])
    }

    /// A naming particle and a determiner before a short span, in a sentence with a naming verb
    /// (`als die „…“ … bezeichnet`), introduce what someone called it.
    @Test func namingParticleAndDeterminerBeforeAShortSpan() {
        let text = "Der Film wird von vielen Kritikern als der „spannendste“ Film des Jahres bezeichnet."
        #expect(kinds(text) == [.direct])
    }

    /// A short cue closing the sentence after its last comma (`…, so Paul Brandt.`) attributes
    /// every quotation before it with no speaker of its own, not only the one next to it.
    @Test func closingCueAttributesEveryQuotationBeforeIt() {
        let text = "Die „völlig überlasteten Pflegekräfte“ hätten „keine Zeit mehr für die Patienten“ gehabt, so der Arzt Paul Brandt."
        #expect(speakers(text) == ["Paul Brandt", "Paul Brandt"])
    }

    /// `nach Aussagen der …`, `nach Meinung des …` are attribution prepositions like `nach Angaben der …`.
    @Test func everyNachPhraseIsAnAttributionPreposition() {
        let text = "Nach Aussagen der Ministerin Eva Lind handelte es sich um „eine ganz normale Untersuchung“."
        #expect(speakers(text) == ["Eva Lind"])
    }

    /// The present plural of a separable speech verb (`werfen … vor:`) is a cue like its past (`warfen … vor`).
    @Test func presentPluralOfASeparableSpeechVerbIsACue() {
        let text = "Die Autoren des Berichts werfen der Stadt vor: „Die Schulen werden seit Jahren nicht geprüft.“"
        #expect(speakers(text) == ["Autoren"])
    }

    /// In a verb-second language a speech participle closing the sentence, with an auxiliary and
    /// its subject before the quotation, is the quotation's cue (`Der Elternrat hatte … „…“ gefordert.`).
    @Test func speechParticipleClosingTheSentenceIsTheCue() {
        let text = "Der Elternrat hatte am Montag von der Stadt die Sanierung der „maroden Schulgebäude“ gefordert."
        #expect(speakers(text) == ["Der Elternrat"])
    }
}
