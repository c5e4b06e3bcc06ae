@testable import Annotate
import Model
import Testing

/// Kinds of sentence where the speaker phrase was cut at the wrong place (run on into a time
/// adverbial, cut down to the name inside a side phrase) or an organisation was two speakers (its
/// acronym and its full name, with no brackets to tie them); each with the right value, on made-up
/// texts in both languages.
@Suite struct SpeakerPhraseBoundsKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func names(_ text: String, lang: String = "fr") -> [String?] {
        TestDocuments.directSpeakerNames(TestDocuments.directQuotations(text, lang: lang, annotator: annotator).0)
    }

    /// `a justifié l'édile lundi matin`, `said the mayor yesterday`, `said the council leader this
    /// morning in a statement`: a time adverbial after an inverted subject is no part of it. A time
    /// word after a determiner or complement word, or before the phrase's noun, still is.
    @Test func timeAdverbialAfterAnInvertedSubjectEndsIt() {
        #expect(names("« Nous verrons bien », a justifié l'édile lundi matin, face aux caméras.") == ["l'édile"])
        #expect(names("« Rien n'est encore décidé », a indiqué la préfète hier soir.") == ["la préfète"])
        #expect(names("« C'est un scandale », a réagi une riveraine dimanche.") == ["une riveraine"])
        #expect(names("\"We will appeal,\" said the mayor yesterday.", lang: "en") == ["the mayor"])
        #expect(names("\"It was chaos,\" said a witness Tuesday night, before leaving.", lang: "en") == ["a witness"])
        #expect(names("\"We will look at it again,\" said the council leader this morning in a statement.", lang: "en") == ["the council leader"])
        // Near misses: the time word belongs to the phrase.
        #expect(names("\"Stay tuned,\" said the station's morning presenter.", lang: "en") == ["the station's morning presenter"])
        #expect(names("« Je suis inquiète », confie une employée du soir.") == ["une employée du soir"])
        #expect(names("« J'ai tout perdu », raconte un retraité de soixante-dix ans.") == ["un retraité de soixante-dix ans"])
    }

    /// `a indiqué le syndicat des cheminots jeudi`, `said the head of transport yesterday`: a time
    /// word right after the noun of a complement ends the phrase too; only a length of time there
    /// (``Lexicon/durationNouns``: `de soixante-dix ans`, above) belongs to it.
    @Test func timeAdverbialAfterAComplementEndsThePhrase() {
        #expect(names("« Nous ne céderons pas », a indiqué le syndicat des cheminots jeudi.") == ["le syndicat des cheminots"])
        #expect(names("« Les trains ne peuvent pas être sacrifiés », a déclaré la Fédération des usagers du rail et du tram mardi.") == ["Fédération des usagers du rail et du tram"])
        #expect(names("« C'est trop tard », estime la responsable des urgences ce matin.") == ["la responsable des urgences"])
        #expect(names("\"We are not there yet,\" said the head of transport yesterday.", lang: "en") == ["the head of transport"])
        // Near misses: a length of time stays (`une grève de trois jours`).
        #expect(names("« Je n'ai rien vu venir », confie une gréviste de trois semaines.") == ["une gréviste de trois semaines"])
    }

    /// `Du côté des services de l'État, on rappelle que … « … »`, `Du côté de la direction de X, on
    /// se veut rassurant :`: a side phrase headed by a lowercase noun that names a speaker, with a
    /// name in its complement, is the side; the name only says whose unit it is.
    @Test func sidePhraseWithANameInItsComplementIsWhole() {
        #expect(names("Du côté des services de la Région, on rappelle que le chantier « reste prioritaire ».") == ["services de la Région"])
        #expect(names("Du côté des services de la Région, on indique que « rien n'est décidé ».") == ["services de la Région"])
        #expect(names("Du côté de la direction de Transmar, on se veut rassurant : « Aucun poste n'est menacé. »") == ["la direction de Transmar"])
        #expect(names("Du côté de la préfecture du Haut-Val, on indique que la route « restera fermée ».") == ["la préfecture du Haut-Val"])
        // Near misses: a name in apposition to the noun, or an organisation's capitalised name, is the side.
        #expect(names("Chez le transporteur Transmar, on juge la grève « injustifiée et irresponsable ».") == ["Transmar"])
        #expect(names("Du côté de la Commission des ports, on juge la décision « prématurée ».") == ["Commission des ports"])
    }

    /// `l'OREP` then `l'Office régional de l'eau potable`, `The Northern Rivers Water Authority`
    /// then `the NRWA`: an acronym spelling the initials of an organisation's full name is that
    /// organisation, whichever the text writes first; the full name is its name.
    @Test func acronymAndTheFullNameItSpellsAreOneSpeaker() {
        #expect(names("Du côté de l'OREP, on rappelle que le prix est fixé « en fonction des volumes ». L'Office régional de l'eau potable n'a pas souhaité commenter davantage.")
            == ["Office régional de l'eau potable"])
        #expect(names("Selon la SMHV, l'écoulement est « faible et stable ». La Société des Mines du Haut-Vernet a déposé un dossier.")
            == ["Société des Mines du Haut-Vernet"])
        #expect(names("The Northern Rivers Water Authority said levels were \"stable for now\". Later the NRWA said the dam was \"entirely safe\".", lang: "en")
            == ["The Northern Rivers Water Authority", "The Northern Rivers Water Authority"])
        #expect(names("\"We are monitoring the site closely,\" the CPB said. The Coastal Planning Board was set up in 1999.", lang: "en")
            == ["The Coastal Planning Board"])
        // Near miss: an acronym whose letters are not the name's initials is another speaker.
        #expect(names("The Harwick Farmers Union said the plan was \"unworkable\". The HFB said it was \"a fair compromise\".", lang: "en")
            == ["The Harwick Farmers Union", "The HFB"])
    }
}
