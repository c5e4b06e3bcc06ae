import Annotate
import Model
import Testing

/// Short quoted spans in the complement of a speech verb (the speaker's own words, `direct`)
/// against spans a naming or labelling word, a sign or a song makes a name or term (`mention`).
/// One test per kind, each on made-up sentences (no corpus text, no real names).
@Suite struct SpeechComplementFragmentKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func quotations(_ text: String, lang: String) -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1: a clause with no complementizer after `told` and its addressee, or after `said` and
    /// a short adverbial: a one-word fragment in it is the speaker's.
    @Test func fragmentInAClauseAfterAnAddresseeIsTheSpeakers() {
        let addressee = quotations("A source at the harbour office told us the director was “livid” and had cancelled his trip.", lang: "en")
        #expect(addressee.map(\.kind) == [.direct])
        #expect(addressee.first?.speaker == "A source at the harbour office")
        let named = quotations("Corinne Abelard told reporters the board was “stunned” by the figures.", lang: "en")
        #expect(named.map(\.kind) == [.direct])
        #expect(named.first?.speaker == "Corinne Abelard")
        let adverbial = quotations("The ferry captain, Ivo Penhallow, said on Tuesday it would be “madness” to sail.", lang: "en")
        #expect(adverbial.map(\.kind) == [.direct])
        #expect(adverbial.first?.speaker == "Ivo Penhallow")
        // Near miss: a verb that drops no complementizer and no clause after it.
        #expect(quotations("Corinne Abelard visited the “blue room” on Tuesday.", lang: "en").map(\.kind) == [.mention])
    }

    /// Variant of kind 1: the reported clause after `told` and its addressee (`the tribunal`, `us`)
    /// starts after the addressee. Near miss: `said the head of the board was …` has no
    /// addressee, its clause starts right after the verb.
    @Test func reportedClauseStartsAfterTheAddressee() {
        func reported(_ text: String) -> [String] {
            annotator.annotate(TestDocuments.make(text, lang: "en")).quotations.filter { $0.kind == .reported }.map(\.text)
        }
        #expect(reported("Lena Harrow, for the defence, told the tribunal the evidence was thin.").first?.hasPrefix("the evidence was thin") == true)
        #expect(reported("Lena Harrow told us the inspector was \"furious\".").first?.hasPrefix("the inspector was") == true)
        #expect(reported("Lena Harrow said the head of the board was away.").first?.hasPrefix("the head of the board was") == true)
    }

    /// Kind 2: a particle verb (`go on`) inside a clause reported by `said`, a clause of its own
    /// (with its auxiliary) between it and the span: the outer verb's speaker speaks.
    @Test func particleVerbInsideAReportedClauseLeavesTheOuterSpeaker() {
        let found = quotations("Mirela Dastague said the blockade would go on until the decree was “torn up in public”.", lang: "en")
        #expect(found.map(\.kind) == [.direct])
        #expect(found.first?.speaker == "Mirela Dastague")
    }

    /// Kind 3: a span right after a labelling word (`so-called`, `headed`, `dites`), or after a
    /// naming participle whose own subject is a thing (`a token called “…”`), is a term or name,
    /// even after a verb of judgement or with a speaker named in the sentence.
    @Test func spanAfterALabellingWordIsATerm() {
        let soCalled = quotations("Engineer Dr Oriel Kane described the dam’s so-called “kickback” — a swirl below the sill — as “a trap that never lets go”.", lang: "en")
        #expect(soCalled.map(\.kind) == [.mention, .direct])
        #expect(soCalled.last?.speaker == "Oriel Kane")
        #expect(quotations("Brennan Olt is accused of selling shares in a fund called “MossBank” to 400 savers.", lang: "en").map(\.kind) == [.mention])
        #expect(quotations("The prosecutor told jurors that officers found a folder with a sheet headed “plan B” in the loft.", lang: "en").map(\.kind) == [.mention])
        #expect(quotations("Selon le cabinet du préfet, une aide pour les écoles dites « de montagne » est à l'étude.", lang: "fr").map(\.kind) == [.mention])
        // Near miss: a naming verb with a speaking subject right before the span stays speech.
        #expect(quotations("The mayor, Edda Quist, called the delay “a disgrace”.", lang: "en").map(\.kind) == [.direct])
    }

    /// Kind 4: a short span between a naming verb and a naming particle (`names “…” as`) is the
    /// thing named, the verb's object.
    @Test func spanBetweenANamingVerbAndItsParticleIsTheThingNamed() {
        #expect(quotations("The council adopted a draft plan that, for the first time, names “managed retreat” as an option for the lane.", lang: "en").map(\.kind) == [.mention])
        // Near miss: the span after the particle is what someone called it.
        #expect(quotations("The councillor Ada Frane described the plan as “a betrayal”.", lang: "en").map(\.kind) == [.direct])
    }

    /// Kind 5: a present naming verb with an adverb after it (`que les anciens appellent encore
    /// « … »`) gives the name the thing goes by.
    @Test func presentNamingVerbAndAnAdverbGiveAName() {
        #expect(quotations("Les deux bourgs se disputent un tournoi de boules que les anciens appellent toujours « la revanche des quais ».", lang: "fr").map(\.kind) == [.mention])
    }

    /// Kind 6: words on a sticker, and the words of a chant whose noun heads the sentence's
    /// subject, however far before the span, are a slogan or a song.
    @Test func stickersAndChantsCarryNoOnesWords() {
        #expect(quotations("Le dernier mot revient à Lina Sorbier, qui a collé sur sa porte un autocollant « Ma rue n'est pas un parking ».", lang: "fr").map(\.kind) == [.mention])
        #expect(quotations("Le chant, repris par plusieurs centaines de personnes dans la tribune est, détournait une berceuse et se terminait par « Valdor, Valdor, rends-nous la coupe ».", lang: "fr").map(\.kind) == [.mention])
        #expect(quotations("The chant, taken up by hundreds of fans in the east stand, borrowed a nursery tune and ended with “Kellow, Kellow, give us the cup”.", lang: "en").map(\.kind) == [.mention])
    }
}
