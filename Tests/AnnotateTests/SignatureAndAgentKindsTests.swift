import Annotate
import Model
import Testing

/// Who speaks when the speaker is not the nearest name: a quotation signed by a dash and a name,
/// a person named with the organisation they are from, the subject rather than an apposition to
/// its object before a colon, and the agent of a passive verb of saying. One test per kind, each
/// on made-up sentences (invented names and wording).
@Suite struct SignatureAndAgentKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1: a quotation opening its paragraph, then a dash and a name (with a title or a role)
    /// closing it, is that person's (fact-checks, pull quotes); prose after the dash is no signature.
    @Test func quotationSignedByADashAndANameIsThatPersons() {
        let checks = quotations("""
            "We planted ten thousand trees last year." - Mayor Odile Franzen

            Verdict: partly true.

            "The harbour has never been busier." – Kasimir Otterby, chair of the port board

            "Nobody asked us." — Wilma Strand

            "Fine," - and then he walked out of the room.
            """)
        #expect(checks.map(\.speaker) == ["Odile Franzen", "Kasimir Otterby", "Wilma Strand", nil])
        #expect(checks.map(\.kind) == [.direct, .direct, .direct, .mention])
        let french = quotations("« Nous avons rouvert la piscine. » – La maire, Léonie Castagnet\n\nVerdict : vrai.", lang: "fr")
        #expect(french.map(\.speaker) == ["Léonie Castagnet"])
    }

    /// Kind 2: `NAME of the ORGNOUN ORGNAME`: the organisation its noun classifies is where the
    /// person is from; the person speaks (an organisation named with `of the` stays whole).
    @Test func personOfAClassifiedOrganisationSpeaks() {
        let speakers = quotations("""
            Dr Ilse Marwood of the campaign group Friends of the Tarn, who sat in the gallery, said the ruling was "long overdue".

            Owen Pask of the Bank of Caldmoor said the bank would "look again at every fee".
            """).map(\.speaker)
        #expect(speakers == ["Ilse Marwood", "Owen Pask"])
    }

    /// Kind 3: a name in apposition to the object of a verb that is no speech verb, right before a
    /// colon, does not speak; the clause's subject does.
    @Test func subjectNotObjectAppositionSpeaksBeforeAColon() {
        let speakers = quotations("""
            During the hustings, Marlowe went after his closest rival, former harbour master Tilda Brenck: "She has never balanced a budget in her life."
            """).map(\.speaker)
        #expect(speakers == ["Marlowe"])
        // With a speech verb, the name before the colon is still who speaks.
        #expect(quotations("The chair turned to the treasurer, Agathe Rindle: \"Our accounts are in order.\"").map(\.speaker) == ["Agathe Rindle"])
    }

    /// Kind 5: a fragment after a passive speech verb, its agent and a preposition (`told by X to`)
    /// is the agent's words, not the subject's.
    @Test func fragmentAfterPassiveSpeechVerbIsTheAgents() {
        let speakers = quotations("""
            His sister, Petra Ivel, said the family had been told by the Water Authority to "boil all drinking water".

            The players had been asked by the club to "stay off social media".
            """).map(\.speaker)
        #expect(speakers == ["the Water Authority", "the club"])
    }

    /// Kind 7: a title-cased name after `called` may close with `?` or `!`; a span after `what
    /// can only be called` is a term; a span before `, a name …` is a name (mentions). A speaker's
    /// naming stays theirs.
    @Test func namesAfterNamingVerbsAndNameAppositionsAreMentions() {
        let found = quotations("""
            Angry buyers have set up a message board called "Where Is My Kettle?", which now has 900 members.

            The second act offers what can only be called "travel brochure" prose.

            The levy has been branded "Fair Share", a name its critics have dismissed as "a tax with a bow on it".

            Ana Lorrey said the plan could be described as "a betrayal of trust".
            """)
        #expect(found.map(\.kind) == [.mention, .mention, .mention, .direct, .direct])
        #expect(found.last?.speaker == "Ana Lorrey")
    }
}
