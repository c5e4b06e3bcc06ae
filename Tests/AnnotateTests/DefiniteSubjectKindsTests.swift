import Annotate
import Model
import Testing

/// The subject noun phrase of a speech verb whose object holds a quotation fragment (a `que` /
/// `that` clause, an infinitive, or the fragment itself): an organisation, a service, an office
/// or a text named by a definite description, delimited whole and speaking whatever its noun.
/// Each kind on a made-up sentence (no corpus text, no real names).
@Suite struct DefiniteSubjectKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "fr", kind: Quotation.Kind = .direct) -> [String?] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return transcript.quotations.filter { $0.kind == kind }.map { q in q.speakerID.flatMap { transcript.speaker(id: $0)?.name } }
    }

    /// `Le ministère de la Pêche et de la Mer a indiqué qu'il « … »`, `Le service d'entretien et
    /// de voirie a indiqué avoir « … »`: complements coordinated inside the subject are part of
    /// it; the fragments are the ministry's and the service's, not the last speaker's.
    @Test func coordinatedComplementsInsideTheSubject() {
        let text = "« Nous ne céderons pas », a déclaré Paul Vernadet. Le ministère de la Pêche et de la Mer a indiqué par courriel qu'il « suivra le dossier de près ». Le service municipal d'entretien et de voirie a indiqué avoir procédé à « douze interventions » dans la nuit."
        let found = speakers(text)
        #expect(found.count == 3)
        #expect(found[1]?.hasPrefix("Le ministère de la Pêche et de la Mer") == true)
        #expect(found[2]?.hasPrefix("Le service municipal d'entretien et de voirie") == true)
    }

    /// `La production assure avoir « … » et rappelle, dans un courriel, que « … »`: a definite
    /// subject whose noun no lexicon lists, before a speech verb and an infinitive, speaks; the
    /// coordinated verb's fragment too. So with other nouns (`La plateforme dit vouloir`).
    @Test func definiteSubjectOfAnyNounBeforeASpeechVerb() {
        let text = "« C'est un scandale », s'emporte Odile Marchetti. La production assure avoir « dédommagé chaque famille » et rappelle, dans un courriel envoyé à la rédaction, que « les horaires ont été validés ». La plateforme dit vouloir « renouer le dialogue »."
        #expect(speakers(text) == ["Odile Marchetti", "La production", "La production", "La plateforme"])
    }

    /// `Dans son communiqué, la présidence de la Région indique que …`: an opening adverbial
    /// set off by a comma before a definite subject; the reported clause and its fragments are
    /// the subject's, not the last speaker's nor a noun inside the clause.
    @Test func definiteSubjectAfterAnOpeningAdverbial() {
        let text = "« On nous a menti », a lancé Odile Marchetti. Dans son communiqué, la présidence de la Région indique que le conseil « a approuvé le budget » et lui « renouvelle sa confiance »."
        #expect(speakers(text) == ["Odile Marchetti", "la présidence de la Région", "la présidence de la Région"])
        #expect(speakers(text, kind: .reported).first??.hasPrefix("la présidence de la Région") == true)
    }

    /// A near miss: a definite subject of a clause reported by someone else is what that
    /// speaker speaks of (`X a dit que la réforme marque « … »`); and a thing before a verb that
    /// is no speech verb names no one.
    @Test func definiteSubjectInsideAReportedClauseStaysTheReporters() {
        let text = "Le maire, Octave Lantier, a pris la parole. Il a dit que la réforme marque « un tournant »."
        #expect(speakers(text) == ["Octave Lantier"])
    }

    /// English: `The hotline said it had received "…"`: a definite subject whose noun no
    /// lexicon lists speaks the fragment of the clause it reports, not the last speaker.
    @Test func englishDefiniteSubjectOfAnyNoun() {
        let text = "\"We are overwhelmed,\" said Dana Whitcombe. The hotline said it had received \"hundreds of calls\" since Monday."
        #expect(speakers(text, lang: "en") == ["Dana Whitcombe", "The hotline"])
    }

    /// Near misses: a passive (`Le chantier a été annoncé « … »`) and a sentence opened by an
    /// attribution preposition (`Pour elle, la digue menacerait « … »`) have no speaking subject.
    @Test func passiveAndAttributedClauseHaveNoDefiniteSpeaker() {
        let text = "La biologiste Anna Sorbier a visité le site. Pour elle, la digue menacerait un herbier « parmi les plus riches de la côte »."
        #expect(speakers(text) == ["Anna Sorbier"])
        let english = "Dana Whitcombe spoke first. The gift was announced in a statement on Monday as \"the largest we have received\"."
        #expect(speakers(english, lang: "en") == [nil])
    }

    /// `Au cabinet de la ministre des Sports, Line Dorval, on indique suivre « … »`: an impersonal
    /// `on` after an office framed by `au`, a name in apposition to the office holder between,
    /// means the office.
    @Test func impersonalSubjectAfterAnOfficeWithANameInApposition() {
        let text = "« Rien n'est réglé », a déclaré Paul Vernadet. Au cabinet de la ministre des Sports, Line Dorval, on indique suivre la situation « de près »."
        #expect(speakers(text).last??.hasPrefix("cabinet de la ministre des Sports") == true)
    }

    /// `Dans l'entourage du maire de Valbonne, Bernard Lavel, on assure que « … »`: a role that is
    /// the complement of an office noun (`entourage`, `cabinet`), a genitive and a name after it,
    /// leaves the side phrase the office's, not the name apposed to the role.
    @Test func impersonalSubjectAfterAnEntourageOfARoleWithAGenitiveAndAName() {
        let text = "Le projet, porté par le préfet de Morlaix, Jean Tavel, divise les habitants.\n\nDans l'entourage du préfet de Morlaix, Jean Tavel, on assure que « les travaux reprendront en mai »."
        #expect(speakers(text) == ["l'entourage du préfet de Morlaix"])
    }
}

