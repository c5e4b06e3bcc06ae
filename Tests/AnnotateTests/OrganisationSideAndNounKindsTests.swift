@testable import Annotate
import Model
import Testing

/// An organisation's words and a person's words near an organisation: an impersonal `on` in a
/// relative clause of place after the organisation a side phrase reaches, or joined to an `on`
/// that spoke for a side; organisation nouns that keep a pronoun from meaning a company
/// (`café`, `chain`); and a company shortened to the first word of its name. Each on
/// made-up sentences, with near misses that must not change.
@Suite struct OrganisationSideAndNounKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotes(_ text: String, lang: String = "fr") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang))).filter { $0.kind == .direct }
    }

    /// `Une demande transmise au conseil régional, où l'on assure « … »`, `précise-t-on au GCE, où
    /// l'on reconnaît …`, `Chez Orvalis, on se dit « … » et l'on assure …`: the impersonal subject
    /// of a relative clause opened by `où` right after the organisation a side phrase reaches, or
    /// joined by a conjunction to an `on` that spoke for a side, speaks for that organisation; a
    /// place (`au Brésil, où l'on …`) or a relative clause with no side phrase names no one.
    @Test func impersonalSubjectAfterAnOrganisationSide() {
        let text = """
        Les producteurs ont adressé une demande au conseil régional, où l'on assure « étudier le dossier avec la plus grande attention ».

        Le dossier a été transmis à la préfecture de l'Aude, où l'on indique « ne pas avoir été saisi ».

        Selon le Groupement des centres d'examen (GCE), les délais s'allongent. « Nous recrutons », précise-t-on au GCE, où l'on reconnaît un métier devenu « peu attractif ».

        La question a été posée chez Transmar, où l'on juge la hausse « inévitable ».

        Chez Orvalis, on se dit « surpris par la brutalité du calendrier » et l'on assure travailler sur « une formule de substitution ».

        Il a grandi au Brésil, où l'on répète « qu'il faut vivre sans se presser ».

        Dans ce village, où l'on assure « ne rien avoir vu », personne ne parle.
        """
        #expect(quotes(text).map(\.speaker) == [
            "conseil régional", "la préfecture de l'Aude", "Groupement des centres d'examen", "Groupement des centres d'examen",
            "Transmar", "Orvalis", "Orvalis", nil, nil,
        ])
    }

    /// `That café, the Copper Kettle, is
    /// owned by Martin Brennan. “…,” he said.`: a café or a chain is an
    /// organisation (``Lexicon/organisationNouns``), so a personal pronoun means the person, and
    /// `It adds:` after `The chain says` means the chain; `Kelvaig Seafoods` ends like a company
    /// (``Lexicon/organisationNameEnds``). A person named with the chain keeps his words.
    @Test func organisationNounsKeepPronounsForPeople() {
        let text = """
        That café, the Copper Kettle, is owned by Martin Brennan. "When she's out there, my tills are busier," he said.

        The biryani chain Nawab's Pot has issued a statement. The chain says it "regrets the lapses". It adds: "Hygiene has always been our priority."

        Tom Hale, the chain's founder, said: "We started with one shop."
        """
        #expect(quotes(text, lang: "en").map(\.speaker) == [
            "Martin Brennan", "Nawab's Pot", "Nawab's Pot", "Tom Hale",
        ])
    }

    /// `Ellison said Kelvaig would publish …. Asked …, she said: “…”`: the first word of a
    /// company's name that ends like a company's (`Kelvaig Seafoods`, `Harbourline Moorage Ltd.`)
    /// is that company, so the woman speaks, not a new bare name; a given name alone after a
    /// person's full name stays that person.
    @Test func companyShortenedToItsFirstWord() {
        let text = """
        A storm tore the netting at a site run by Kelvaig Seafoods, the company said on Tuesday. "We deeply regret this incident," chief executive Morag Ellison said in a statement.

        Ellison said Kelvaig would publish the findings of a review. Asked whether the company would pay, she said: "If our fish cause harm, we will face up to that."

        Harbourline Moorage Ltd. owns the marina. Harbourline said in a statement that the ruling was "a fair outcome".

        Margaret Pennington chairs the trust. Margaret said the day was "a triumph".
        """
        #expect(quotes(text, lang: "en").map(\.speaker) == ["Morag Ellison", "Morag Ellison", "Harbourline Moorage Ltd.", "Margaret Pennington"])
    }

    /// `Le studio, qui n'emploie que sept personnes, se dit « dépassé »`, `assure-t-on à l'usine`,
    /// `l'agglomération promettait …`, `la métropole, qui a financé le stade, se dit « … »`: a
    /// studio, a factory, a conurbation and a metropolitan authority are organisations
    /// (``Lexicon/organisationNouns``) whose words these are; none was credited before.
    @Test func frenchOrganisationNounsSpeak() {
        let text = """
        Le studio Ondes Basses a signé le podcast de la rentrée. Le studio, qui n'emploie que sept personnes, se dit « dépassé » par ce succès.

        Les transformateurs plaident la conjoncture. « Les stocks ne sont pas tous écoulés », assure-t-on à l'usine, où l'on refuse d'être cité.

        Les élus ont voté la réforme, dans laquelle l'agglomération promettait que personne ne serait laissé « au bord du trottoir ».

        Les supporters s'inquiètent, mais la métropole, qui a financé le stade, se dit « confiante » pour la saison.
        """
        #expect(quotes(text).map(\.speaker) == ["Ondes Basses", "l'usine", "l'agglomération", "la métropole"])
    }

    /// `The coffee chain Beanly … "…," the chain said.`, `L'usine Métalis, elle, assume. « … », a
    /// expliqué l'usine.`: a one-word name after `chain` or `usine` (now in the company group of
    /// ``Lexicon/organisationSynonyms``) is that company, so `the chain`, `l'usine` said later is
    /// it, not a speaker of its own; a one-word name after a noun of no such group (`le
    /// gouvernement Barrault`, a person's government) is no company.
    @Test func companyClassifiedByChainOrFactoryIsItsAnaphor() {
        let english = """
        The coffee chain Beanly, which has 40 shops, said it would close two. "Rents are too high," the chain said.

        The supermarket chain Morrow's said it would keep its store open. "We are staying," the chain said.
        """
        #expect(quotes(english, lang: "en").map(\.speaker) == ["Beanly", "Morrow"])
        let french = """
        L’usine Métalis, elle, assume. « Le marché a disparu », a expliqué l’usine.

        Le gouvernement Barrault a présenté son plan. « Nous avançons », a déclaré le gouvernement.
        """
        #expect(quotes(french).map(\.speaker) == ["Métalis", "le gouvernement"])
    }
}
