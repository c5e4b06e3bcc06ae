import Annotate
import Model
import Testing

/// Two attribution-tester regressions of the seventeenth session, each as a kind on made-up
/// sentences in both languages with near misses: a set phrase that a subject who can speak has
/// or takes up as its own, before a colon, is that subject's words; a quotation whose clause has
/// a written text (or no one) for its subject and whose sentence closes on `selon X`,
/// `according to X` is X's account.
@Suite struct OwnedSetPhraseAndClosingAccountKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// `The rival club has a different motto: "…"`: a motto, slogan or saying that the subject
    /// has or has adopted (``Lexicon/possessionVerbs``), before a colon, is quoted as the
    /// subject's own words, as `her motto: "…"` is (the gold README: a slogan is a mention only
    /// when attributed to no one). A place, an impersonal `there is` / `il y a`, or a motto named
    /// with no colon stays a mention.
    @Test func setPhraseTheSubjectHasBeforeAColonIsItsWords() {
        let owned: [(String, String, String)] = [
            ("The rival club has a different motto: \"Never first, never last.\"", "en", "The rival club"),
            ("The residents' association has adopted a new slogan: \"Our street, our say.\"", "en", "The residents' association"),
            ("Ada Finch has a simple motto: \"Fix it before it breaks.\"", "en", "Ada Finch"),
            ("Ada Finch runs the repair café on Mill Lane. She has a motto: \"Nothing is broken for good.\"", "en", "Ada Finch"),
            ("Le club voisin a adopté une nouvelle devise : « Jamais premiers, jamais derniers. »", "fr", "Le club voisin"),
            ("Le syndicat a une devise : « Rien sans les salariés. »", "fr", "Le syndicat"),
        ]
        for (text, lang, speaker) in owned {
            let found = quotations(text, lang: lang)
            #expect(found.last?.kind == .direct, "\(text)")
            #expect(found.last?.speaker == speaker, "\(text)")
        }
        // Near misses: no one has the saying, or a place has the motto; a motto named with no colon.
        #expect(quotations("There is an old saying in the trade: \"the best vet is the farmer who calls early\".").map(\.kind) == [.mention])
        #expect(quotations("Il y a un vieux dicton dans le métier : « le meilleur pain, c'est celui qu'on partage ».", lang: "fr").map(\.kind) == [.mention])
        #expect(quotations("The prize was founded in 1988. Its motto, \"Tell it true\", is engraved on the trophy.").map(\.kind) == [.mention])
        #expect(quotations("Above the counter hangs a motto in gold letters: \"Made here, made to last\".").map(\.kind) == [.mention])
    }

    /// `Le courrier évoque « … », selon les locataires`: the letter is no speaker, and the
    /// sentence closes on whose account its words are (the gold sets give a closing `selon X`
    /// to X: `« … », selon sa fille`), not the letter's issuer named before; so in English with
    /// `according to`, and with words between the quotation and the comma. A person who speaks
    /// in the clause keeps the words; a closing `selon` a written text is left to its issuer.
    @Test func closingSelonAfterAWrittenTextGivesTheAccount() {
        let reported: [(String, String, String)] = [
            ("Un courrier de la société Logeval a été glissé sous les portes lundi. Le courrier évoque « des travaux urgents », selon les locataires.", "fr", "les locataires"),
            ("La note interne parle d'un « plan de sauvegarde », selon plusieurs salariés.", "fr", "plusieurs salariés"),
            ("Le règlement prévoit « une amende » dès le premier retard, d'après la présidente du comité.", "fr", "la présidente du comité"),
            ("A letter from the landlord went out on Monday. The letter warns of \"significant adjustments\", according to two tenants.", "en", "two tenants"),
            ("The memo calls the cuts \"temporary\" for now, according to a union official.", "en", "a union official"),
            ("The notice describes the repairs as \"long overdue\", according to Ana Roy, who lives on the third floor.", "en", "Ana Roy"),
        ]
        for (text, lang, speaker) in reported {
            #expect(quotations(text, lang: lang).last?.speaker == speaker, "\(text)")
        }
        // Near misses: a person says the words; no account closes the sentence (the issuer's words).
        #expect(quotations("Le maire a évoqué « des travaux urgents », selon les locataires.", lang: "fr").last?.speaker == "Le maire")
        #expect(quotations("Un courrier de la société Logeval a été glissé sous les portes lundi. Le courrier évoque « des travaux urgents ».", lang: "fr").last?.speaker == "Logeval")
    }
}
