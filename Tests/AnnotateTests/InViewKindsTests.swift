import Annotate
import Model
import Testing

/// The last rule of the chain, `in-view` (DESIGN.md, "Attribution", rule 4): a direct quotation
/// that no rule gave a speaker goes to the subject in view before it (the first mention that
/// resolves in the nearest sentence that has one), in its paragraph, else in the paragraph before
/// when it opens its own. Made-up sentences in the
/// shapes features, live blogs and wire copy use, with near misses that must stay no one's: a
/// cue whose subject resolves to no one, a passive with no agent, a pronoun subject, a person
/// named only after a preposition.
@Suite struct InViewKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String = "en") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang, title: "Test")))
    }

    func rules(_ text: String, lang: String = "en") -> [String] {
        annotator.annotate(TestDocuments.make(text, lang: lang, title: "Test")).quotations.map(\.attribution.rule)
    }

    /// A quotation paragraph after a paragraph about someone, with no cue: a feature opening
    /// (a sentence with only a pronoun between), a reported clause, a blog's `The gist:`.
    @Test func quotationParagraphAfterSomeoneMentioned() {
        let feature = "Marta Quayle, 71, has cut reeds on the Lowen marsh since she left school. She remembers a busier marsh.\n\n‘When I started, there were twenty of us out here every morning.’"
        #expect(quotations(feature).map(\.speaker) == ["Marta Quayle"])
        #expect(rules(feature) == ["in-view"])
        let reported = quotations("The union's regional officer, Sinead Carrick, said staff wanted the promises in writing.\n\n“We have been told nice things before. Words are cheap.”")
        #expect(reported.map(\.speaker) == ["Sinead Carrick"])
        let gist = quotations("Over on her newsletter, Priya Raman made the same point with fewer words. The gist:\n\n“Nobody ever finished a novel by buying a better notebook.”")
        #expect(gist.map(\.speaker) == ["Priya Raman"])
        let maire = quotations("Le maire de Port-Éven, Yannick Le Goff, qui n'a aucun lien avec la famille, a convoqué les journalistes sur le quai lundi matin.\n\n« Ce port, c'est la raison d'être du village. »", lang: "fr")
        #expect(maire.map(\.speaker) == ["Yannick Le Goff"])
    }

    /// A sentence's subject is in view, not its objects (the convicted, the fined, the thanked):
    /// the first mention of the sentence that resolves; a sentence opened by a subject pronoun
    /// names only objects, so the search goes on before it.
    @Test func subjectNotObjectIsInView() {
        let fined = quotations("Harbour City Council fined landlord Rob Marsh £12,000 on Monday for damp flats in Dock Street.\n\n“Tenants deserve safe homes, and we will prosecute.”")
        #expect(fined.map(\.speaker) == ["Harbour City Council"])
        let felicite = quotations("Le maire de Port-Éven, Yannick Le Goff, a félicité la navigatrice Clarisse Morvan pour sa victoire.\n\n« Elle fait la fierté de toute la ville. »", lang: "fr")
        #expect(felicite.map(\.speaker) == ["Yannick Le Goff"])
        let thanked = quotations("Jade Rowe won gold in the 800 metres on Saturday. She thanked her coach, Mike Dunne, in the mixed zone.\n\n“I owe him everything.”")
        #expect(thanked.map(\.speaker) == ["Jade Rowe"])
        let elle = quotations("Léa Ferrand a remporté le 800 mètres samedi. Elle a remercié son entraîneur, Michel Dunand.\n\n« Je lui dois tout. »", lang: "fr")
        #expect(elle.map(\.speaker) == ["Léa Ferrand"])
    }

    /// In the same paragraph: a role phrase the registry resolves (`l'agence`), a name with an
    /// aside between dashes.
    @Test func quotationAfterMentionInItsParagraph() {
        let agence = quotations("L'Agence régionale de l'eau a publié mardi son bilan annuel. Dans son avis, l'agence fait état de « prélèvements nettement supérieurs aux volumes autorisés ».", lang: "fr")
        #expect(agence.map(\.speaker) == ["Agence régionale de l'eau"])
        let cheffe = quotations("La cheffe du jour, Odile Marchetti – aucun lien avec le maire, précise-t-elle en riant –, coordonne quarante bénévoles. « On a commencé jeudi. Je n'ai pas dormi depuis. »", lang: "fr")
        #expect(cheffe.last?.speaker == "Odile Marchetti")
    }

    /// Near misses: no one in view for a cue whose subject is no one known, a passive with no
    /// agent, a sentence whose subject is a pronoun, a person named only after a preposition.
    @Test func nearMissesStayNoOnes() {
        let someone = quotations("Harriet Lowe, a retired teacher, lives at the end of the lane.\n\nSomeone shouted \"Get off the road!\" as the lorry reversed.")
        #expect(someone.map(\.speaker) == [nil])
        let passive = quotations("As one nurse, Amelia Hart, explained at the hearing, the ward had been short of staff for a year. After months of being told that “help is on its way”, most of the team left.")
        #expect(passive.map(\.speaker) == [nil])
        let pronoun = quotations("Le maire, Paul Renaud, a inauguré la salle en 2019. Après, il limogea « toute l'équipe en un mois ».", lang: "fr")
        #expect(pronoun.map(\.speaker) == [nil])
        let namesake = quotations("The pier was named after Lord Henry Ashcombe in 1899.\n\n“Mind the gap between the boards.”")
        #expect(namesake.map(\.speaker) == [nil])
    }
}
