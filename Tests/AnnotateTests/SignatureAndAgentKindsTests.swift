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

            Owen Pask of the Bank of Caldmoor said the rates were "far too high".
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
}
