import Annotate
import Model
import Testing

/// The person a pronoun, an age description or a role means, not a name of no known kind nearby
/// (a company, a horse, a newspaper, a collective) nor the organisation in the role's complement.
/// Hand-written texts, not from the gold corpus.
@Suite struct PersonOverBareNameKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    /// The speaker of the quotation that holds `fragment` in `text` (nil when unattributed).
    func speaker(of fragment: String, in text: String, lang: String) -> String? {
        let transcript = annotator.annotate(TestDocuments.make(text, lang: lang))
        return TestDocuments.quotationsWithSpeakers(transcript).first { $0.text.contains(fragment) }?.speaker
    }

    // MARK: A gendered pronoun: the person of its gender, not a bare name her sentence put in view

    /// `X said Kelvaig Seafoods would publish …. Asked …, she said: “…”`: the woman, not the firm
    /// a reported clause of her sentence named.
    @Test func sheAfterAFirmInHerReportedClauseIsTheWoman() {
        let text = "Mary Ellison, the chief executive, said Kelvaig Seafoods would publish the review. Asked whether the company would pay, she said: \"We will face up to that.\""
        #expect(speaker(of: "face up", in: text, lang: "en") == "Mary Ellison")
    }

    /// Wire copy: `X told the meeting that Harwood Logistics would cut …. "…," he said.`
    @Test func heAfterAFirmHeSpokeAboutIsTheMan() {
        let text = "Daniel Price told the meeting that Harwood Logistics would cut forty jobs at the depot. \"It is a dark day for the town,\" he said."
        #expect(speaker(of: "dark day", in: text, lang: "en") == "Daniel Price")
    }

    /// Live blog, present tense: a club named in the sentence of the woman who speaks.
    @Test func sheAfterAClubNamedInHerSentenceIsTheWoman() {
        let text = "Karen Hill, who runs the café on the corner, says Brookfield Rovers fans have packed it all morning. \"We ran out of pies by ten,\" she says."
        #expect(speaker(of: "pies", in: text, lang: "en") == "Karen Hill")
    }

    /// French, inverted pronoun after the quotation.
    @Test func ilAfterAFirmInHisReportedClauseIsTheMan() {
        let text = "Marc Lebrun a expliqué que Vernal Énergie comptait fermer le site avant l'été. « C'est un choc pour toute la vallée », a-t-il ajouté."
        #expect(speaker(of: "un choc", in: text, lang: "fr") == "Marc Lebrun")
    }

    /// Near miss: a bare name that is the subject of a sentence of its own stays the pronoun's
    /// antecedent (a person whose first name no list knows).
    @Test func aBareNameSubjectOfItsOwnSentenceStaysShe() {
        let text = "Mary Roy hired Oona Friedel in 2019. Friedel recalls the first day in the workshop. \"It was freezing,\" she says."
        #expect(speaker(of: "freezing", in: text, lang: "en") == "Oona Friedel")
    }

    /// Near miss: a woman only named as an object in the sentence of a bare-name subject is not
    /// in view; `she` stays the subject.
    @Test func aWomanNamedAsAnObjectDoesNotTakeShe() {
        let text = "Oona Friedel thanked Mary Roy for the loan of the workshop. \"It was freezing in there,\" she says."
        #expect(speaker(of: "freezing", in: text, lang: "en") == "Oona Friedel")
    }

    // MARK: An age description: the person the sentence was about, not a bare name in it

    /// `His daughter, Grace Mulvey, who rode Silver Lining to a win, was calmer. "…," the 24-year-old said.`
    @Test func anAgeDescriptionIsTheRiderNotTheHorse() {
        let text = "Her daughter, Grace Mulvey, who rode Silver Lining to a win at Leopardstown, was calmer. \"Mum is gutted. We all are,\" the 24-year-old said."
        #expect(speaker(of: "gutted", in: text, lang: "en") == "Grace Mulvey")
    }

    /// `X told the Western Courier he was shocked. "…," the 24-year-old said.`: not the paper.
    @Test func anAgeDescriptionIsTheManNotThePaperHeToldIt() {
        let text = "Tom Reddan told the Western Courier he was shocked when investigators arrived. \"I've never had a bet in my life,\" the 24-year-old said."
        #expect(speaker(of: "never had a bet", in: text, lang: "en") == "Tom Reddan")
    }

    /// A compound description (`the dad-of-two`) after a paper named in the man's sentence.
    @Test func aCompoundDescriptionIsTheManNotThePaper() {
        let text = "Liam Foster, who spoke to the Evening Echo from his van, has not worked since May. \"I'm not bitter. I'm skint,\" the dad-of-two said."
        #expect(speaker(of: "skint", in: text, lang: "en") == "Liam Foster")
    }

    /// Near miss: a stated age still decides (`Tom Reed, 31,` is the 31-year-old).
    @Test func aStatedAgeStillDecides() {
        let text = "Tom Reed, 31, lost his van in the flood. His neighbour Paul Dunn, who runs Dunn Motors, helped him. \"We lost everything,\" the 31-year-old said."
        #expect(speaker(of: "lost everything", in: text, lang: "en") == "Tom Reed")
    }

    // MARK: A role of an organisation with its acronym in brackets, then the name

    /// `a déclaré la présidente du Syndicat … (SAI), Clémence Aubrac`: the name, not the union.
    @Test func aRoleWithABracketedAcronymThenANameIsThePerson() {
        let text = "« Nous ne tiendrons pas un hiver de plus », a déclaré la présidente de l'Union des étudiants en santé (UES), Margaux Tellier, interne en pédiatrie."
        #expect(speaker(of: "hiver de plus", in: text, lang: "fr") == "Margaux Tellier")
    }

    @Test func aSpokespersonWithABracketedAcronymThenANameIsThePerson() {
        let text = "« On ne lâchera rien », a affirmé le porte-parole de la Fédération nationale des éleveurs (FNE), Jean Moulin."
        #expect(speaker(of: "lâchera rien", in: text, lang: "fr") == "Jean Moulin")
    }

    @Test func anEnglishChairWithABracketedAcronymThenANameIsThePerson() {
        let text = "\"We will not back down,\" said the chair of the National Growers Union (NGU), Tom Hale."
        #expect(speaker(of: "back down", in: text, lang: "en") == "Tom Hale")
    }

    @Test func aGeneralSecretaryWithABracketedAcronymThenANameOnMondayIsThePerson() {
        let text = "\"The offer is an insult,\" said the general secretary of the Rail Workers Federation (RWF), Dave Parkin, on Monday."
        #expect(speaker(of: "insult", in: text, lang: "en") == "Dave Parkin")
    }

    /// Near miss: a relative clause after the acronym names no one; the organisation stays.
    @Test func anOrganisationWithAcronymAndRelativeClauseStays() {
        let text = "« La grève est reconduite », a indiqué le syndicat des internes (SAI), qui revendique 60 % de grévistes."
        #expect(speaker(of: "reconduite", in: text, lang: "fr") == "le syndicat des internes")
    }

    // MARK: A demonstrative description: the unnamed person just brought in

    /// `L'alerte a été donnée par un riverain. « … », raconte cet habitant`: the resident, not the
    /// named angler who spoke before.
    @Test func aDemonstrativeMeansTheResidentJustBroughtIn() {
        let text = "« Je n'ai jamais vu la rivière comme ça », témoigne Roland Vautrin, président de l'association de pêche.\n\nL'alerte a été donnée mardi soir par un riverain, intrigué par une mousse blanche. « Ça sentait le produit chimique », raconte cet habitant du hameau des Granges."
        #expect(speaker(of: "produit chimique", in: text, lang: "fr") == "un riverain")
    }

    /// `Selon une source diplomatique, …. « … », confie ce diplomate.`
    @Test func aDemonstrativeMeansTheSourceJustCited() {
        let text = "« Nous ne signerons pas », a déclaré le ministre Aurel Vantes.\n\nSelon une source diplomatique, la délégation a menacé de quitter le sommet. « Il a fallu réécrire trois fois le paragraphe », confie ce diplomate."
        #expect(speaker(of: "réécrire", in: text, lang: "fr") == "une source diplomatique")
    }

    /// Same sentence: `Une retraitée croisée au marché … « … », lâche cette habitante.`
    @Test func aDemonstrativeMeansTheWomanMetEarlierInTheParagraph() {
        let text = "Le maire, Paul Ferrand, a défendu le projet. « Le marché restera ouvert », a-t-il assuré.\n\nAu marché, une retraitée remplit son cabas sans enthousiasme. « Tout a augmenté, même les poireaux », lâche cette habitante du quartier."
        #expect(speaker(of: "poireaux", in: text, lang: "fr") == "une retraitée")
    }

    /// English: `a nurse who asked not to be named … "…," this nurse said.`
    @Test func anEnglishDemonstrativeMeansTheNurseJustBroughtIn() {
        let text = "\"We are managing,\" said the hospital's chief executive, Dr Alan Byrne.\n\nStaff tell a different story. On Tuesday a nurse on the night shift showed reporters the corridor. \"We had eleven patients on trolleys,\" this nurse said."
        #expect(speaker(of: "trolleys", in: text, lang: "en") == "a nurse")
    }

    /// Near miss: a description after a copula or `as` says what the named person is; it brings
    /// no one in, so the demonstrative is that person.
    @Test func aPredicateDescriptionBringsNoOneIn() {
        let cases: [(String, String, String)] = [
            ("Joan Ferris has been a nurse at St Mary's for twenty years. \"I have never seen a winter like this one,\" this nurse says.", "winter", "en"),
            ("Joan Ferris is a porter at the station. \"I have never seen anything like it,\" this porter says.", "anything", "en"),
            ("Joan Ferris works as a nurse on the night shift. \"We are tired,\" this nurse says.", "tired", "en"),
            ("Marie Lenoir est une infirmière du service depuis vingt ans. « Je n'ai jamais vu ça », confie cette infirmière.", "jamais", "fr"),
        ]
        for (text, word, lang) in cases {
            let expected = lang == "fr" ? "Marie Lenoir" : "Joan Ferris"
            #expect(speaker(of: word, in: text, lang: lang) == expected, "\(text)")
        }
    }

    /// Near miss: with no one brought in before, `cet élu` is still the named mayor.
    @Test func aDemonstrativeWithNoOneBroughtInStaysTheNamedPerson() {
        let text = "Le maire, Paul Ferrand, a présenté le budget jeudi soir. « Nous n'augmenterons pas les impôts », a assuré cet élu."
        #expect(speaker(of: "impôts", in: text, lang: "fr") == "Paul Ferrand")
    }

    // MARK: A rank written in the masculine before a woman's given name

    /// `le capitaine Lucie Aubertin … « … », a-t-elle confié`: she, not the gendarmerie.
    @Test func aMasculineRankBeforeAWomansNameLeavesHerAWoman() {
        let text = "Selon la gendarmerie, une partie des objets volés a été retrouvée dans un garde-meubles. Le commandant de la compagnie, le capitaine Lucie Aubertin, a évoqué « environ 140 pièces ». « On a des calices emballés dans du papier journal », a-t-elle confié."
        #expect(speaker(of: "calices", in: text, lang: "fr") == "Lucie Aubertin")
    }

    @Test func aMasculineTitleBeforeAWomansNameThenElle() {
        let text = "La préfecture a fermé la route. Sur place, le lieutenant Claire Dubois a coordonné les secours. « La nuit a été longue », explique-t-elle."
        #expect(speaker(of: "nuit a été longue", in: text, lang: "fr") == "Claire Dubois")
    }

    /// Near miss: a man's name after the same rank keeps `il`.
    @Test func aMasculineRankBeforeAMansNameStaysHe() {
        let text = "Selon la gendarmerie, une partie des objets a été retrouvée. Le commandant de la compagnie, le capitaine Paul Aubertin, a évoqué « environ 140 pièces ». « Ça fait mal au cœur », a-t-il confié."
        #expect(speaker(of: "mal au cœur", in: text, lang: "fr") == "Paul Aubertin")
    }
}
