@testable import Annotate
import Model
import Testing

/// French cue shapes that named no one or the wrong one: an impersonal `on` that speaks for the
/// side an earlier `on` spoke for, `le syndicat` for a union named `Union …`, `la commune` as a
/// speaker, the inverted subject of a cue before a colon, and the name after `-t-on chez`. Each on made-up sentences, with
/// near misses that must not change.
@Suite struct FrenchCueShapesKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotes(_ text: String, lang: String = "fr") -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang))).filter { $0.kind == .direct }
    }

    /// `Au ministère des Routes, on suit la situation « … », assure-t-on`, `À la chambre des
    /// métiers de Valbrune, on se veut rassurant. « … », assure-t-on.`: an inverted `on` with no
    /// side of its own speaks for the organisation an earlier `on` of its sentence, or of the
    /// sentence before it, spoke for; an earlier `on` with no side (`On se tait.`) or before a
    /// place (`Au Portugal, on …`) gives no one.
    @Test func impersonalSubjectKeepsTheSideOfAnEarlierOne() {
        let text = """
        Au ministère des Routes, on suit la situation « de très près », assure-t-on, sans plus de détails.

        À la chambre des métiers de Valbrune, on se veut rassurant. « L'objectif n'est pas de tout changer », assure-t-on.

        Chez Brunel Frères, on assume. « Nous avons choisi la sécurité », fait-on valoir.

        On se tait. « Rien à dire », glisse-t-on.

        Au Portugal, on suit la situation. « Tout ira bien », assure-t-on.
        """
        #expect(quotes(text).map(\.speaker) == [
            "ministère des Routes", "la chambre des métiers de Valbrune", "Brunel Frères", nil, nil,
        ])
    }

    /// `… selon l'Union des pêcheurs à pied (UPP). Pour le syndicat, le projet est « … ».`: a
    /// union is a `syndicat` (``Lexicon/organisationSynonyms``), so `le syndicat` means the union
    /// named before; with only a federation named, `Pour le syndicat` names no one.
    @Test func theUnionIsTheSyndicat() {
        let text = """
        Quelque 300 exploitants seraient touchés, selon l'Union des pêcheurs à pied (UPP).

        Pour le syndicat, le projet est « inapplicable ».
        """
        #expect(quotes(text).map(\.speaker) == ["Union des pêcheurs à pied"])
        let federation = """
        La Fédération des chasseurs de Valbrune s'est exprimée. Pour le syndicat, le calendrier est « trop court ».
        """
        #expect(quotes(federation).map(\.speaker) == [nil])
    }

    /// `une fosse que la commune juge « … »`: a definite article and a noun of a place that
    /// governs itself (``Lexicon/localAuthorityNouns``) name a speaker, the local authority named
    /// before (`La commune de Lessart`) when there is one.
    @Test func theCommuneSpeaks() {
        let text = """
        Le moulin rejette ses eaux dans une fosse que la commune juge « non conforme depuis 2001 ».
        """
        #expect(quotes(text).map(\.speaker) == ["la commune"])
        let named = """
        La commune de Lessart a voté mardi.

        Le moulin rejette ses eaux dans une fosse que la commune juge « non conforme depuis 2001 ».
        """
        #expect(quotes(named).map(\.speaker) == ["commune de Lessart"])
    }

    /// `Le problème est ancien, prévient Raphaël Girardin : « … »`, `…, rappelle Anne Castaing,
    /// de l'association Amis des prés : « … »`: a cue set off by a comma, its subject inverted
    /// right after it, before the colon: that subject speaks, not the last speaker nor the
    /// organisation in apposition. In English the subject comes first: `Jo Lee, 61, told the
    /// Courier: "…"` stays Jo Lee's.
    @Test func invertedSubjectOfACueBeforeAColon() {
        let text = """
        Paul Harding dirige le refuge depuis 2010. « Nous tenons bon », dit-il. Le problème est ancien, prévient Raphaël Girardin : « Rien n'a changé depuis dix ans. »

        Les prés sont à vendre depuis mars, rappelle Anne Castaing, de l'association Amis des prés : « C'est une honte. »
        """
        #expect(quotes(text).map(\.speaker) == ["Paul Harding", "Raphaël Girardin", "Anne Castaing"])
        let english = """
        Jo Lee runs the kiosk. Her neighbour Sam Reed, 61, told the Courier: "Nobody asked us."
        """
        #expect(quotes(english, lang: "en").map(\.speaker) == ["Sam Reed"])
    }

    /// `assure-t-on du côté des Hospices, où …`, `précise-t-on chez Routes du Massif.`: after an
    /// inverted `on` and a side phrase, a stretch of capitalised words is the side's name, even a
    /// single word or one closed by a noun of a natural place; a lowercase stretch (`du côté de
    /// la gare`) names no one.
    @Test func capitalisedSideAfterInvertedOn() {
        let text = """
        Les Hospices de Valbrune vendent leurs vins dimanche. Le millésime est « peu abondant », assure-t-on du côté des Hospices, où l'on rappelle le gel.

        « Les camions iront ailleurs », précise-t-on chez Routes du Massif.

        « Tout ira bien », assure-t-on du côté de la gare.
        """
        #expect(quotes(text).map(\.speaker) == ["Hospices de Valbrune", "Routes du Massif", nil])
    }

    /// One word or words joined by hyphens after `de` or `chez`, with no article, may be a place or a
    /// given name: no side (the attribution tester's `du côté de Brassac-les-Mines`, `chez Lucien`).
    @Test func aPlaceOrAGivenNameAfterInvertedOnIsNoSide() {
        let text = """
        L'usine Ferval de Brassac a perdu son principal client en mars.

        « Les commandes ont chuté de moitié », confie-t-on du côté de Brassac-les-Mines, où vivent la plupart des salariés.

        « Personne ne sait ce qui va se passer », lâche-t-on chez Lucien, le café en face de l'usine.
        """
        #expect(quotes(text).map(\.speaker) == [nil, nil])
    }
}
