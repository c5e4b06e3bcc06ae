import Annotate
import Model
import Testing

/// Kinds of pronoun and role-phrase reference in profiles and reports, each shown on a made-up
/// sentence (invented names): the gender a given name or an apposition gives, definite
/// descriptions of someone already named, and a first quotation right after its subject.
@Suite struct CoreferenceTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "fr") -> [String?] {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return TestDocuments.directSpeakerNames(transcript)
    }

    /// Kind 1a: a common given name gives a likely gender when the text gives none, so `il`
    /// skips a woman named last (`Sylvie`) for the man before her.
    @Test func givenNameGivesALikelyGender() {
        let text = """
        Le menuisier Marc Delorme a fermé son atelier samedi.

        « Je viens depuis vingt ans », raconte Sylvie Authier.

        « Je n'ai jamais pris de vacances », plaisante-t-il.
        """
        #expect(speakers(text) == ["Sylvie Authier", "Marc Delorme"])
    }

    /// Kind 1b: an apposition right after a name agrees with it (`, 38 ans, venue avec …`), and a
    /// role in apposition gives its gender (`Le prévenu, X,`, `l'avocate de la défense, Me X`).
    @Test func appositionGivesTheGender() {
        let first = """
        Le cordonnier Armand Tillac a fermé boutique samedi.

        « Je venais chaque semaine », se souvient Alix Perrot-Brun, 38 ans, venue avec ses enfants.

        « Je n'ai jamais compté mes heures », plaisante-t-il.
        """
        #expect(speakers(first) == ["Alix Perrot-Brun", "Armand Tillac"])
        let second = """
        Le prévenu, Sacha Vernet, est resté silencieux pendant l'audience.

        « Mon client a tout avoué », a plaidé l'avocate de la défense, Me Claude Serre.

        « Je vais rembourser », a-t-il assuré.
        """
        #expect(speakers(second) == ["Claude Serre", "Sacha Vernet"])
    }

    /// Kind 2: a definite description as subject that names no one new (`Le cuisinier, 64 ans,
    /// …`, `Le retraité, lui, a …`) refers to the document's protagonist of that gender, not to
    /// the man named last; `Pour lui` then refers to him too (kind 3).
    @Test func definiteDescriptionRefersToTheProtagonist() {
        let text = """
        Après trente ans derrière ses fourneaux, Victor Lambrecht a fermé samedi son restaurant.

        « Il venait tous les matins », se souvient Hugo Sarrazin, un voisin.

        Le cuisinier, 64 ans, ne cache pas son émotion. « Je n'oublierai jamais mes clients », confie-t-il.

        Pour lui, le métier « fait peur aux jeunes ».

        Le retraité, lui, a déjà des projets : « La pêche, et dormir. »
        """
        #expect(speakers(text) == ["Hugo Sarrazin", "Victor Lambrecht", "Victor Lambrecht", "Victor Lambrecht"])
    }

    /// Kind 2b: a definite description by a general role noun (`l'élue`, `the official`) after a
    /// quotation means the person of its gender named in the same paragraph, even when their
    /// role is another (`La maire, …`), not the protagonist. Near miss: a specific noun (`le
    /// retraité`) still skips a person whose role is another (`Le boulanger, …`) for the protagonist.
    @Test func generalRoleNounMeansThePersonNamedInTheParagraph() {
        let french = """
        Depuis dix ans, Jeanne Marsac tient l'épicerie du village. Jeanne Marsac a tout vu. Jeanne Marsac ne veut pas partir. « On ne lâchera rien », dit-elle.

        La maire, Sophie Delbard, a reçu les habitants en fin de matinée. « La poste, c'est le cœur de la commune », insiste l'élue.

        Dans l'opposition, Paul Fresnel dénonce un abandon. Pour l'élu, la commune « aurait dû se battre ».
        """
        #expect(speakers(french) == ["Jeanne Marsac", "Sophie Delbard", "Paul Fresnel"])
        let english = """
        Joan Tarrow has run the village shop for ten years. Joan Tarrow has seen it all. Joan Tarrow will not leave. "We will fight this," she said.

        The mayor, Linda Croft, met residents on Friday. "The post office is the heart of this place," the official said.
        """
        #expect(speakers(english, lang: "en") == ["Joan Tarrow", "Linda Croft"])
        let nearMiss = """
        Depuis dix ans, Jean Marsac tient l'épicerie du village. Jean Marsac a tout vu. Jean Marsac ne veut pas partir. « On ne lâchera rien », dit-il.

        Le boulanger, Henri Vasseur, a signé la pétition. « On nous prend pour des idiots », lance le retraité.
        """
        #expect(speakers(nearMiss) == ["Jean Marsac", "Jean Marsac"])
    }

    /// Kind 2c: a general role noun (`l'élu`, `the official`) means the one person of its gender
    /// named in the paragraph whose stated role it may stand for (``Lexicon/publicRoleNouns``), or
    /// who has no stated role: not a pharmacist or a nurse, and no one when two qualify (the
    /// description itself, `The official`, `L'élue`, is then the speaker).
    @Test func generalRoleNounNeedsOneFittingHolder() {
        let doctor = speakers("Le maire Gilles Ferrand a reçu le pharmacien Loïc Berthe. L'élu a promis « une navette d'ici l'été ».")
        #expect(doctor == ["Gilles Ferrand"])
        let nurse = speakers("Retired nurse Dan Whitlow complained about the parking for weeks. The official said the rules were \"clear enough for everyone\".", lang: "en")
        #expect(nurse == ["The official"])
        let two = speakers("Odile Marchal et Clara Vennet ont inspecté la digue mardi. L'élue a jugé que les réparations étaient « bien trop timides pour tenir l'hiver ».")
        #expect(two == ["L'élue"])
        let staff = speakers("Works manager Ian Pollard and his deputy Sam Keeling toured the depot on Monday. The official said the leaks were \"minor\".", lang: "en")
        #expect(staff == ["The official"])
    }

    /// Kind 2, after a coordinator: `…, mais la maire se refuse …` makes the mayor named earlier
    /// the subject `elle` then refers to, not the woman quoted last.
    @Test func roleSubjectAfterACoordinator() {
        let text = """
        La maire, Nadège Colin, a présenté le budget. « Il est équilibré », a-t-elle dit.

        « Nous refusons ce budget », a lancé Josiane Marty, une riveraine.

        Les travaux pourraient commencer en mai, mais la maire se refuse à tout pronostic. « Rien n'est décidé », a-t-elle martelé.
        """
        #expect(speakers(text) == ["Nadège Colin", "Josiane Marty", "Nadège Colin"])
    }

    /// Kind 4: in an interview write-up, the first answer follows the question and a sentence
    /// whose subject is the interviewee (`La cheffe éclate de rire. « … »`), with no cue.
    @Test func firstAnswerAfterItsSubject() {
        let text = """
        Installée depuis 2019 à Lorvic, la cheffe Agathe Quinio vient d'obtenir une étoile.

        Vous attendiez-vous à cette distinction ? La cheffe éclate de rire. « Pas du tout. J'étais en cuisine. »
        """
        #expect(speakers(text) == ["Agathe Quinio"])
    }

    /// A role phrase after `Pour`/`Selon` with a name right after it (`Pour la procureure, Anne
    /// Roy, …`, `Pour la députée Anne Roy, …`) puts that person in view; a role-like phrase
    /// after a name that opens the next clause (`, le prévenu n'est …`, `, le projet « … »`) is
    /// no apposition and gives her no gender or role.
    @Test func roleThenNameAfterPourPutsTheNameInView() {
        let first = """
        La greffière Odile Marin a lu les faits. « Il a tout reconnu », a-t-elle dit. Odile Marin a ensuite lu le rapport.

        Pour la procureure, Léa Fontaine, le prévenu n'est « pas un simple exécutant ». Elle a rappelé les faits. « Ce réseau doit comprendre qu'il n'est pas protégé », a-t-elle déclaré.
        """
        #expect(speakers(first) == ["Odile Marin", "Léa Fontaine", "Léa Fontaine"])
        let second = """
        La greffière Odile Marin a lu les faits. « Il a tout reconnu », a-t-elle dit. Odile Marin a ensuite lu le rapport.

        Pour la députée écologiste Chloé Vidal, le projet « ne va pas assez loin ». « On ne peut pas être à la fois le pompier et le pyromane », a-t-elle estimé.
        """
        #expect(speakers(second).last == "Chloé Vidal")
    }

    /// An inverted subject followed by a time (`, a annoncé Paul Roy mardi.`, `lundi soir`,
    /// `hier`, `said Ann Lee yesterday`) is the name; the time is no part of it, and the quotation
    /// stays direct speech.
    @Test func inversionThenTimeNamesTheSpeaker() {
        let text = """
        « Le port sera prêt en juin », a annoncé Paul Roy mardi.

        « Les quais aussi », a déclaré Anne Morin lundi soir.

        « Tout est prêt », a expliqué Jean Sorel hier.
        """
        #expect(speakers(text) == ["Paul Roy", "Anne Morin", "Jean Sorel"])
        #expect(speakers("“We are ready,” said Ann Lee yesterday.", lang: "en") == ["Ann Lee"])
    }

    /// The subject of a speech verb in a subordinate clause (`lorsque Nadia Roux, …, a évoqué …`)
    /// is in view for the next `elle`, rather than the woman who spoke before.
    @Test func subjectOfASpeechVerbInASubordinateClauseIsInView() {
        let text = """
        La maire Sylvie Aubrac a présenté le budget. « Cette hausse sera la seule », a-t-elle dit.

        Le ton est encore monté lorsque Nadia Roux, conseillère d'opposition, a évoqué la fermeture du centre social. « Vous trouvez de l'argent pour la façade, mais pas pour les familles ? », a-t-elle interrogé.
        """
        #expect(speakers(text) == ["Sylvie Aubrac", "Nadia Roux"])
    }

    /// Kind 2c: a definite phrase with the title of an office (`le négociateur syndical`, `le
    /// premier ministre`, `the coach`) means someone the text described by that title, never a
    /// protagonist nor a man named last described by another (`Le président Armel Kerbrat`,
    /// `Striker Tom Reddy`, `le député Lucien Ferrandi`): with no holder it stays a speaker of its own words.
    @Test func officeTitleMeansItsHolderOrNoOne() {
        let protagonist = """
        Le président Armel Kerbrat a ouvert lundi la conférence sociale. Armel Kerbrat a défendu son budget. « Nous tenons nos engagements », a-t-il affirmé.

        De son côté, le négociateur syndical a réclamé une nouvelle réunion : « Rien n'est réglé. »
        """
        #expect(speakers(protagonist) == ["Armel Kerbrat", "le négociateur syndical"])
        let lastNamed = """
        Les débats ont repris mardi à l'Assemblée. « Ce texte est bâclé », a dénoncé le député Lucien Ferrandi.

        Mais le premier ministre, malgré les critiques, a clairement affirmé : « Nous ne renoncerons pas. »
        """
        #expect(speakers(lastNamed) == ["Lucien Ferrandi", "le premier ministre"])
        let english = """
        Striker Tom Reddy scored twice on Saturday. Tom Reddy was named man of the match. "We deserved it," he said.

        The coach was less pleased: "We were sloppy for an hour."
        """
        #expect(speakers(english, lang: "en") == ["Tom Reddy", "The coach"])
        // Near misses: a holder described by an apposition, in the other gender's form, is the one meant.
        let holder = """
        Marc Aubel, préfet de la région, a réuni les élus lundi. « Il faut agir vite », a-t-il dit. « Je reste prudente », a répondu Julie Sarthe.

        Interrogé, le préfet a assuré : « Les moyens ont été renforcés. »
        """
        #expect(speakers(holder) == ["Marc Aubel", "Julie Sarthe", "Marc Aubel"])
    }

    /// Kind 2c, strict: an office title (`le négociateur syndical`) with no holder the text
    /// described by it stays its own words, even when the protagonist was described by a title
    /// only in a genitive phrase before the name (`L'ancien chef du syndicat X`), and never goes
    /// to the man named last.
    @Test func officeTitleWithNoDescribedHolderStaysItsOwnWords() {
        let text = """
        L'ancien chef du syndicat Armel Kerbrat a ouvert lundi la conférence sociale. Armel Kerbrat a défendu son bilan. « Nous tenons nos engagements », a-t-il affirmé.

        De son côté, le négociateur syndical a réclamé une nouvelle réunion : « Rien n'est réglé. »
        """
        #expect(speakers(text) == ["Armel Kerbrat", "le négociateur syndical"])
    }

    /// Kind 2c, implied roles: a role phrase gives its holder the roles it implies
    /// (`roleImplications`): `le chef du gouvernement, M. X` is `le premier ministre`, `The head of
    /// government, X,` is `the prime minister`, `Me X` is `l'avocat` and `Dr X` `the doctor`, not
    /// the man named last nor the words of no one.
    @Test func impliedRoleMeansItsHolder() {
        let headOfGovernment = """
        Mardi, le chef du gouvernement, M. Delmas, a prononcé un discours devant les députés.

        L'opposition a quitté la salle, et Marc Tissier a dénoncé un discours « creux ». Mais le premier ministre a clairement affirmé : « Nous ne renoncerons pas. »
        """
        #expect(speakers(headOfGovernment) == ["Marc Tissier", "Delmas"])
        let english = """
        The head of government, Ann Lee, visited the plant on Monday.

        Union leader Tom Reddy called the visit "a stunt". But the prime minister said: "Nothing is decided."
        """
        #expect(speakers(english, lang: "en") == ["Tom Reddy", "Ann Lee"])
        let lawyer = """
        Me Paul Delmas, qui défend la famille, a dénoncé mardi une enquête « bâclée ». Le juge Marc Tissier a ordonné une expertise.

        De son côté, l'avocat a affirmé : « Nous irons jusqu'au bout. »
        """
        #expect(speakers(lawyer) == ["Paul Delmas", "Paul Delmas"])
        let doctor = """
        Dr Ann Lee treated the patients on Monday. Her colleague Tom Reddy was on leave.

        Later the doctor said: "Nothing is decided."
        """
        #expect(speakers(doctor, lang: "en") == ["Ann Lee"])
    }

    /// Kind 2d: a definite title with a gendered article (`Le maire`) never means the holder of
    /// the other gender named last (`la maire de Belcourt, Ana Pires`), but the one of its own.
    @Test func genderedTitleSkipsTheOtherGender() {
        let text = """
        Le maire de Sarlon, Bernard Tessier, a rompu le jumelage avec Belcourt.

        Dans une lettre ouverte, la maire de Belcourt, Ana Pires, assure n'avoir « jamais voulu blesser personne ».

        « On en débattra, mais je ne changerai pas d'avis », a assuré le maire.
        """
        #expect(speakers(text) == ["Ana Pires", "Bernard Tessier"])
    }

    /// Kind 2e: a definite phrase headed by an organisation noun (`la fédération`, `the transport
    /// ministry`) means the organisation, never a person whose role names it (`déléguée générale
    /// de la Fédération des vanniers`, `minister of transport`).
    @Test func organisationPhraseNeverMeansAPersonThroughTheirRole() {
        let french = """
        Auditionnée en juin, Jeanne Falcou, déléguée générale de la Fédération des vanniers, avait défendu un rôle « d'information technique ».

        Mardi, la fédération a dénoncé dans un communiqué « une vision caricaturale ».
        """
        #expect(speakers(french) == ["Jeanne Falcou", "la fédération"])
        let english = """
        Ruth Abney, the minister of transport, faced questions on Tuesday. "We are on track," she said.

        The transport ministry said in a statement that the scheme remained "on schedule".
        """
        #expect(speakers(english, lang: "en") == ["Ruth Abney", "The transport ministry"])
    }
}
