import Annotate
@testable import Evaluate
import Foundation
import Model
import Testing

/// The gold scoring rules (corpus/gold/README.md, "Scoring") on small hand-made cases.
@Suite struct ScorerTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func gold(_ quotations: [GoldDocument.Quotation], speakers: [GoldDocument.Speaker]) -> GoldDocument {
        GoldDocument(document: "t.txt", lang: "fr", source: "test", speakers: speakers, quotations: quotations)
    }

    func quote(_ text: String, _ kind: String = "direct", speaker: String? = nil, nested: Bool = false) -> GoldDocument.Quotation {
        GoldDocument.Quotation(kind: kind, text: text, speaker: speaker, nested: nested, note: nil)
    }

    @Test func strictAndLenientCoverage() {
        let transcript = annotator.annotate(TestDocuments.make(
            "« Nous ouvrirons les négociations dès lundi prochain », a déclaré M. Pierre Lemaire."))
        // The gold text is longer: the prediction covers about half of it.
        let reference = gold([quote("Nous ouvrirons les négociations dès lundi prochain avec tous les syndicats du secteur", speaker: "Pierre Lemaire")],
                             speakers: [GoldDocument.Speaker(name: "Pierre Lemaire", aliases: ["M. Lemaire"])])
        let (strict, strictFindings) = Scorer.score(transcript, gold: reference, threshold: 0.8)
        #expect(strict.truePositives == 0 && strict.predicted == 1 && strict.gold == 1)
        #expect(strictFindings.map(\.kind) == ["false positive", "miss"])
        let (lenient, _) = Scorer.score(transcript, gold: reference, threshold: 0.3)
        #expect(lenient.truePositives == 1 && lenient.predicted == 1)
        #expect(lenient.precision == 1 && lenient.recall == 1 && lenient.attribution == 1)
    }

    @Test func mentionsAreFalsePositivesAndHeadlinesCountNeitherWay() {
        let transcript = annotator.annotate(TestDocuments.make(
            "Paul Vidal a déclaré : « Le budget sera voté en juin et sans retard. » Puis il a répété : « Le budget sera voté. »"))
        let reference = gold([
            quote("Le budget sera voté en juin et sans retard.", "headline", speaker: "Paul Vidal"),
            quote("Le budget sera voté.", "mention"),
        ], speakers: [GoldDocument.Speaker(name: "Paul Vidal", aliases: [])])
        let (counts, findings) = Scorer.score(transcript, gold: reference, threshold: 0.8)
        #expect(counts.gold == 0)
        #expect(counts.truePositives == 0)
        #expect(counts.predicted == 1)
        #expect(findings.map(\.detail) == ["gold says mention"])
    }

    @Test func speakersAgreeByFoldedNameOrLastWords() {
        let transcript = annotator.annotate(TestDocuments.make(
            "« Nous ne reculerons devant aucune difficulté », a affirmé Jean-Marc Le Bihan."))
        let reference = gold([quote("Nous ne reculerons devant aucune difficulté", speaker: "LE BIHAN")],
                             speakers: [GoldDocument.Speaker(name: "LE BIHAN", aliases: [])])
        let (counts, _) = Scorer.score(transcript, gold: reference, threshold: 0.8)
        #expect(counts.truePositives == 1)
        #expect(counts.attributed == 1)
    }

    /// An organisation's name with its elided article (`l'agence régionale de Vossac`) agrees with
    /// the name without it: `l'` is a word of its own; a word that merely opens with `l` does not split.
    @Test func elidedArticleIsAWordOfItsOwn() {
        #expect(SpeakerNameMatch.agrees(predicted: ["l'agence régionale de Vossac"], gold: ["agence régionale de Vossac"]))
        #expect(SpeakerNameMatch.agrees(predicted: ["L’Agence régionale de Vossac"], gold: ["agence régionale de Vossac"]))
        #expect(!SpeakerNameMatch.agrees(predicted: ["l'agence régionale de Vossac"], gold: ["agence de Vossac"]))
        #expect(SpeakerNameMatch.fold("Lavergne") == ["lavergne"])
    }

    /// A description given to a named speaker as an alias (`l'élue`) makes no named speaker right;
    /// a name among the aliases still does.
    @Test func aDescriptionGivenAsAnAliasMakesNoNamedSpeakerRight() {
        // The wrong councillor took the alias `l'élue`, which the gold lists for the right one.
        let wrong = SpeakerNameMatch.scoredNames(name: "Odile Marchetti", aliases: ["Mme Marchetti", "l'élue", "la conseillère"])
        #expect(wrong == ["Odile Marchetti", "Mme Marchetti"])
        #expect(!SpeakerNameMatch.agrees(predicted: wrong, gold: ["Sophie Delbard", "l'élue", "la maire"]))
        // A name among the aliases still counts, and so does `Le Pen`, a name opening with a
        // capitalised article.
        let right = SpeakerNameMatch.scoredNames(name: "Marie Le Pen", aliases: ["Le Pen", "the chairwoman"])
        #expect(right == ["Marie Le Pen", "Le Pen"])
        // A speaker left as a description keeps every alias.
        #expect(SpeakerNameMatch.scoredNames(name: "the harbour master", aliases: ["a harbour official"]) == ["the harbour master", "a harbour official"])
        #expect(SpeakerNameMatch.isDescription("Une riveraine"))
        #expect(SpeakerNameMatch.isDescription("one nurse"))
        #expect(!SpeakerNameMatch.isDescription("The Herald"))
    }

    /// One word agrees with the last word of a personal name, not with that of a description.
    @Test func oneWordAgreesOnlyWithTheLastWordOfAPersonalName() {
        #expect(SpeakerNameMatch.agrees(predicted: ["Pen"], gold: ["Jean-Marie Le Pen"]))
        #expect(SpeakerNameMatch.agrees(predicted: ["Gaulle"], gold: ["Charles de Gaulle"]))
        #expect(!SpeakerNameMatch.agrees(predicted: ["Euna"], gold: ["Facebook page for Laura and Euna"]))
        #expect(!SpeakerNameMatch.agrees(predicted: ["Culture"], gold: ["ministère de la Culture"]))
        #expect(SpeakerNameMatch.agrees(predicted: ["Le Pen"], gold: ["Jean-Marie Le Pen"]))
        #expect(SpeakerNameMatch.agrees(predicted: ["administration communale de Bréval"], gold: ["l'administration communale de Bréval"]))
    }

    /// Two people who share a surname are two speakers: the alias they share (`Le Pen`) makes
    /// neither right for the other. A title, an honorific, an article, a middle name or an initial
    /// is no other given name.
    @Test func twoPeopleSharingASurnameDoNotAgreeThroughTheirSharedAlias() {
        #expect(!SpeakerNameMatch.agrees(predicted: ["Marine Le Pen", "Le Pen"], gold: ["Jean-Marie Le Pen", "Le Pen"]))
        #expect(!SpeakerNameMatch.agrees(predicted: ["Ilse Brandvold", "Brandvold"], gold: ["Solveig Brandvold", "Ms Brandvold"]))
        #expect(SpeakerNameMatch.namesTwoPeople("Lyn Pocock", "Gary Pocock"))
        #expect(SpeakerNameMatch.agrees(predicted: ["Councillor Amy Kay"], gold: ["Amy Kay"]))
        #expect(SpeakerNameMatch.agrees(predicted: ["Tanya Hollis", "Cr Hollis"], gold: ["Tanya Hollis"]))
        #expect(SpeakerNameMatch.agrees(predicted: ["la Dre Thibodeau", "Thibodeau"], gold: ["Geneviève Thibodeau"]))
        #expect(SpeakerNameMatch.agrees(predicted: ["The First Nation", "First Nation"], gold: ["Red Pine Lake First Nation"]))
        #expect(!SpeakerNameMatch.namesTwoPeople("Dr Amy Kay", "Councillor Amy Kay"))
        #expect(!SpeakerNameMatch.namesTwoPeople("Cr Hollis", "Tanya Hollis"))
        #expect(!SpeakerNameMatch.namesTwoPeople("la Dre Thibodeau", "Geneviève Thibodeau"))
        #expect(!SpeakerNameMatch.namesTwoPeople("George W. Bush", "George Bush"))
        #expect(!SpeakerNameMatch.namesTwoPeople("J. Okafor", "Joy Okafor"))
        #expect(!SpeakerNameMatch.namesTwoPeople("The First Nation", "Red Pine Lake First Nation"))
        #expect(!SpeakerNameMatch.namesTwoPeople("Mr Dorrit", "Alma Dorrit"))
    }

    /// An unnamed description agrees with a longer or shorter form of it that opens the same way:
    /// the shorter has two words or more and a lowercase determiner or an indefinite article first;
    /// names never agree so.
    @Test func unnamedDescriptionsAgreeByTheirOpening() {
        #expect(SpeakerNameMatch.describesSameOne("a retired lifeguard", "A retired lifeguard who swam out to the boat"))
        #expect(SpeakerNameMatch.describesSameOne("her nephew, a trainee baker", "her nephew"))
        #expect(SpeakerNameMatch.describesSameOne("une voisine du quatrième", "une voisine"))
        #expect(SpeakerNameMatch.describesSameOne("Une ancienne élève", "Une ancienne élève, devenue institutrice"))
        #expect(SpeakerNameMatch.describesSameOne("An off-duty nurse", "an off-duty nurse from the ward"))
        #expect(SpeakerNameMatch.describesSameOne("One ward sister", "One ward sister, who asked not to be named"))
        #expect(SpeakerNameMatch.agrees(predicted: ["A retired lifeguard who swam out"], gold: ["a retired lifeguard"]))
        // Not one word alone, not a name, not a word cut in the middle, not another head.
        #expect(!SpeakerNameMatch.describesSameOne("a", "a retired lifeguard"))
        #expect(!SpeakerNameMatch.describesSameOne("The Herald", "The Herald Tribune"))
        #expect(!SpeakerNameMatch.describesSameOne("La Voix du Nord", "La Voix du Nord Dimanche"))
        #expect(!SpeakerNameMatch.describesSameOne("Anna Roy", "Anna Roy Keller"))
        #expect(!SpeakerNameMatch.describesSameOne("a retired life", "a retired lifeguard"))
        #expect(!SpeakerNameMatch.describesSameOne("a retired baker", "a retired lifeguard who swam out"))
    }

    /// A gold that splits a quotation around an incise closing a sentence (`« A, a-t-elle dit. B »`
    /// as `A` and `B`) matches the two parts on either side of the incise taken out, each with
    /// the incise's speaker; a gold that keeps it whole still matches the whole stretch.
    @Test func sentenceFinalInciseScoresAsTwoPartsWhenTheGoldSplits() {
        let transcript = annotator.annotate(TestDocuments.make(
            "La trésorière, Odile Marcel, a pris la parole. « Nous avons tout essayé avec la banque, a répliqué la trésorière. Personne ne veut payer. »"))
        let speakers = [GoldDocument.Speaker(name: "Odile Marcel", aliases: ["la trésorière"])]
        let split = gold([quote("Nous avons tout essayé avec la banque", speaker: "Odile Marcel"),
                          quote("Personne ne veut payer.", speaker: "Odile Marcel")], speakers: speakers)
        let (counts, findings) = Scorer.score(transcript, gold: split, threshold: 0.8)
        #expect(counts.truePositives == 2 && counts.predicted == 2 && counts.attributed == 2)
        #expect(findings.isEmpty)
        let whole = gold([quote("Nous avons tout essayé avec la banque, a répliqué la trésorière. Personne ne veut payer.", speaker: "Odile Marcel")], speakers: speakers)
        let (wholeCounts, _) = Scorer.score(transcript, gold: whole, threshold: 0.8)
        #expect(wholeCounts.truePositives == 1 && wholeCounts.predicted == 1 && wholeCounts.attributed == 1)
    }

    /// An incise taken out of the quotation's text still scores against the gold text, which
    /// copies everything between the marks.
    @Test func inciseIsScoredWithTheWholeMarkedStretch() {
        let transcript = annotator.annotate(TestDocuments.make(
            "Le syndicat a réagi. « Nous avons proposé une table ronde, a-t-il ajouté, mais personne n'est venu. »"))
        let reference = gold([quote("Nous avons proposé une table ronde, a-t-il ajouté, mais personne n'est venu.", speaker: nil)], speakers: [])
        let (counts, _) = Scorer.score(transcript, gold: reference, threshold: 0.8)
        #expect(counts.truePositives == 1)
        #expect(transcript.quotations.first { $0.kind == .direct }?.text == "Nous avons proposé une table ronde, mais personne n'est venu.")
    }
}
