import Annotate
import Model
import Testing

/// Kinds of sentence whose speaker's name was cut at a word that also has another use: a
/// coordinator inside an organisation's name, a speech verb's lemma (`State`), a time noun used as
/// a surname (`Matin`), an abbreviation with periods (`p.m.`) taken for a handle, an auxiliary
/// taken into the phrase. Made-up texts, each with the right speaker asserted, and near misses
/// that must keep their speaker.
@Suite struct NameInsideWordKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    /// The speaker name of every quotation that is not reported speech, in order.
    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang))).map(\.speaker)
    }

    /// `la Fédération des usagers du rail et du tram`: a coordinator joining two complements, or
    /// two bare nouns of one complement, inside an organisation's name is no end of the speaker.
    @Test func coordinatorInsideAFrenchOrganisationName() {
        for (text, name) in [
            ("« Ce sont les salariés modestes qui paient l'addition », estime la Fédération des usagers du rail et du tram.",
             "Fédération des usagers du rail et du tram"),
            ("« Nous ne commentons pas les dossiers individuels », indique l'Office fédéral de l'accueil et du séjour.",
             "Office fédéral de l'accueil et du séjour"),
            ("Selon l'Agence régionale de l'eau et de la biodiversité, « la nappe n'a jamais été aussi basse ».",
             "Agence régionale de l'eau et de la biodiversité"),
            ("« La fermeture à 22 heures va tuer la profession », affirme le Syndicat national des exploitants de maquis et bars.",
             "Syndicat national des exploitants de maquis et bars"),
            ("« Les prix payés aux éleveurs baissent depuis six mois », a dénoncé l'Union des producteurs de lait et fromages.",
             "Union des producteurs de lait et fromages"),
            ("« C'est une honte », a lancé la ministre de la Santé et des Solidarités.",
             "la ministre de la Santé et des Solidarités"),
        ] {
            #expect(Set(speakers(text, lang: "fr")) == [name], "\(text)")
        }
        // The name ends where the clause after it begins (`lui donnant`), not at `et`.
        #expect(Set(speakers("Le jeune homme a reçu un courrier de l'Office fédéral de l'accueil et du séjour lui donnant trente jours pour partir. "
            + "Selon ce courrier, sa demande a été rejetée faute de « circonstances exceptionnelles ».", lang: "fr"))
            == ["Office fédéral de l'accueil et du séjour"])
        // Near misses: a coordinator before a second subject or a clause ends the phrase.
        #expect(speakers("« Nous irons en appel », a déclaré le directeur de l'usine et des salariés ont applaudi.", lang: "fr")
            == ["le directeur de l'usine"])
        #expect(speakers("« Rien n'est réglé », a dit le maire de Brieuc et il est reparti.", lang: "fr") == ["le maire de Brieuc"])
        #expect(speakers("« Nous sommes prêts », a dit Marie Dubois et elle a quitté la salle.", lang: "fr") == ["Marie Dubois"])
    }

    /// `Parks and Recreation Director Lauren Hsu`, `the Fish and Wildlife Service`: `and` between
    /// one capitalised word and a name run that ends with, or stands before, an organisation noun
    /// or a title joins one name.
    @Test func coordinatorInsideAnEnglishOrganisationName() {
        for (text, name) in [
            ("“Now the rest of the world knows it too,” Parks and Recreation Director Lauren Hsu said.", "Lauren Hsu"),
            ("“The trail will reopen in spring,” said Parks and Recreation Director Lauren Hsu.", "Lauren Hsu"),
            ("The Parks and Recreation Department said the pool would stay “closed until further notice”.", "The Parks and Recreation Department"),
            ("“We will not issue new permits,” the Fish and Wildlife Service said on Friday.", "the Fish and Wildlife Service"),
            ("“The pitches are waterlogged,” the Department of Sport and Leisure said.", "the Department of Sport and Leisure"),
        ] {
            #expect(Set(speakers(text)) == [name], "\(text)")
        }
        // Near miss: two people coordinated keep the first one's name as the speaker.
        #expect(speakers("“We are ready,” said Mary Dubois and John Roy.") == ["Mary Dubois"])
    }

    /// `the Nebraska State Historical Society`: a speech verb's lemma between name words, or after
    /// a determiner and before one, is a word of the name, no cue.
    @Test func speechVerbLemmaInsideAName() {
        for (text, name) in [
            ("“The coins are an extraordinary window into the past,” said the Nebraska State Historical Society.",
             "the Nebraska State Historical Society"),
            ("The Office of the State Auditor said the contract had “no meaningful oversight”.", "The Office of the State Auditor"),
            ("“Basic controls were either absent or ignored,” the Office of the State Auditor said.", "the Office of the State Auditor"),
            ("“We will not comment on an ongoing case,” the State Department said.", "the State Department"),
            ("“The road is closed in both directions,” said the Ohio State Highway Patrol.", "the Ohio State Highway Patrol"),
        ] {
            #expect(Set(speakers(text)) == [name], "\(text)")
        }
        // Near miss: the lemma before a verb or a lowercase word is no name word.
        #expect(speakers("Lawyers for the State said the claim was “baseless”.") == ["Lawyers"])
    }

    /// `Paul Matin`, `Anne Summer`: a time noun in capitals right after a given name is a surname;
    /// a time in lowercase, or a day the language always capitalises, stays a time.
    @Test func timeNounAsASurname() {
        #expect(speakers("« Je pars demain », a confié Paul Matin.", lang: "fr") == ["Paul Matin"])
        #expect(speakers("« Tout va bien », dit Claire Soirée lundi.", lang: "fr") == ["Claire Soirée"])
        #expect(speakers("Jean Matin a déclaré : « Nous y arriverons. »", lang: "fr") == ["Jean Matin"])
        #expect(speakers("“It was lovely,” Anne Summer said on Tuesday.") == ["Anne Summer"])
        #expect(speakers("“The pier is open again,” said Paul Winter.") == ["Paul Winter"])
        // Near misses: a time after the speaker is no part of the name.
        #expect(speakers("« Je reste », a répété la doyenne jeudi matin.", lang: "fr") == ["la doyenne"])
        #expect(speakers("« C'est fini », a dit Paul Roy mardi soir.", lang: "fr") == ["Paul Roy"])
        #expect(speakers("“It is over,” said Anna Roy Monday.") == ["Anna Roy"])
    }
}

extension NameInsideWordKindsTests {
    /// `Le rapport de la commission d'enquête a une conclusion sans appel :`: an auxiliary after
    /// the owner's noun is the clause's verb; the owner ends before it.
    @Test func auxiliaryEndsTheOwnerOfASpeechNoun() {
        #expect(speakers("Le rapport de la commission d'enquête a une conclusion sans appel : « L'État a failli. »", lang: "fr")
            == ["la commission d'enquête"])
        #expect(speakers("Le communiqué de l'intersyndicale est clair : « Nous ne signerons pas. »", lang: "fr") == ["l'intersyndicale"])
        // Near misses: an owner with no auxiliary after it keeps its words.
        #expect(speakers("La note de la direction régionale, sans ambiguïté : « Aucun forage ne sera autorisé. »", lang: "fr")
            == ["la direction régionale"])
        #expect(speakers("La lettre de l'association était sans appel : « Nous quittons la table. »", lang: "fr") == ["l'association"])
    }

    /// `Le tribunal devra dire`: a modal verb in the plural or the future is no word of the
    /// subject before it, as `doit` and `peut` are not.
    @Test func modalVerbIsNoWordOfTheSubject() {
        #expect(speakers("Le tribunal devra notamment dire si la charte est « opposable aux tiers ».", lang: "fr") == ["Le tribunal"])
    }

    /// `5:40 p.m.`: single letters between periods are an abbreviation, no handle, so no speaker
    /// a pronoun could stand for.
    @Test func abbreviationWithPeriodsIsNoHandle() {
        #expect(speakers("Tom Hale has operated the bridge for eleven years.\n\n5:40 p.m.\n\nThe span is stuck again. “We are working on it,” he said.")
            == ["Tom Hale"])
        #expect(speakers("Lena Ruiz runs the shelter.\n\n7:05 a.m.\n\nThe doors opened early. “We had forty people by midnight,” she said.")
            == ["Lena Ruiz"])
    }
}
