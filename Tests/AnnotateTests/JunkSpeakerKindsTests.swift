@testable import Annotate
import Model
import Testing

/// Kinds of sentence that gave junk speakers (a role's words, a date, an organisation's last
/// word, another language's pronoun) or no speaker at all, found by testers and fuzzing; each
/// with the right value, on made-up texts.
@Suite struct JunkSpeakerKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func names(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.directSpeakerNames(TestDocuments.directQuotations(text, lang: lang, annotator: annotator).0)
    }

    func speakers(_ text: String, lang: String = "en") -> [String] {
        TestDocuments.directQuotations(text, lang: lang, annotator: annotator).0.speakers.map(\.name)
    }

    /// `The Treasurer's Parliamentary Private Secretary`, `the Chancellor's Chief Economic
    /// Adviser`: capitalised words between a title in the Saxon genitive (or other titles) and a
    /// role noun modify the role; they are no one's name.
    @Test func capitalisedWordsBeforeARoleNounAfterAGenitiveTitleAreNoName() {
        #expect(names("The Minister's Parliamentary Private Secretary said \"We will look again at the figures next spring.\"")
            == ["The Minister's Parliamentary Private Secretary"])
        #expect(names("“Growth will return,” said the Chancellor's Chief Economic Adviser.") == ["the Chancellor's Chief Economic Adviser"])
        // A title before a name is still the name's title.
        #expect(names("Minister Tilda Brannock said: “We will look again at the figures.”") == ["Tilda Brannock"])
    }

    /// `X, speaking on behalf of Y on 14 March said, '…'`: a participle clause after the subject
    /// that no comma closes; the speaker is the name before it, not the date's month.
    @Test func participleClauseWithNoClosingCommaLeavesTheSubject() {
        #expect(names("Tom Bracken, speaking on behalf of Northvale on 14 March said, 'We have not been consulted on the plan at all.'")
            == ["Tom Bracken"])
        #expect(names("Ana Ruiz, giving evidence for the growers on 3 May said: “We will appeal.”") == ["Ana Ruiz"])
        // Said at the end of the paragraph, with a comma, introduces the next one.
        #expect(names("Tom Bracken, speaking on behalf of Northvale on 14 March said,\n\n“The thing that will help most is better employment”.")
            == ["Tom Bracken"])
        // Near misses: a finite verb in `-ed` after an apposition opens no participle clause; a clause
        // before the comma that names no speaker gives no subject to the verb.
        #expect(names("Another driver, retired nurse Ida Pell, 64, posted a picture of the queue with the caption: “Hour six. Still here.”")
            == ["Ida Pell"])
        #expect(!speakers("After the long vote, speaking on Monday, Ana Ruiz said: “We will appeal.”").contains("the long vote"))
    }

    /// `the Under-Secretary of State for Farming and Fisheries said:`: names coordinated inside a
    /// role's complement, and a capitalised speech-verb form after a complement word (`State`), are
    /// the role's words; `However` opening a sentence is no name.
    @Test func roleComplementsAndSentenceAdverbsAreNoNames() {
        let text = "I was surprised when the Under-Secretary of State for Farming and Fisheries said:\n\n“The Government are not convinced”."
        #expect(!speakers(text).contains { $0 == "Fisheries" || $0 == "State" })
        #expect(names(text).first! != nil)
        // A hyphenated title (`Vice-Chair`) heads a role phrase, no name.
        #expect(names("The Vice-Chair of the board said: “We agree.”") == ["The Vice-Chair of the board"])
        #expect(!speakers("However member states also stressed the need for a “level playing field” in every talk.").contains("However"))
    }

    /// `said the chief executive of Harwick Council, Dana Moss`: after a complement word, a name up
    /// to its organisation noun is the organisation's; the name in apposition speaks.
    @Test func roleOfANamedOrganisationThenANameAfterAnInvertedCue() {
        #expect(names("“We are delighted with the result,” said the chief executive of Harwick Council, Dana Moss.") == ["Dana Moss"])
        // With no name after it, the role speaks, not the organisation's last word.
        #expect(names("“We are delighted with the result,” said the chief executive of Harwick Council.")
            == ["the chief executive of Harwick Council"])
    }

    /// `Reacting to the news, Parents said:`: a capitalised plural of a noun for people is a group,
    /// described, not a name (an organisation noun's plural, `Banks`, may be a surname).
    @Test func capitalisedPluralPersonNounIsAGroup() throws {
        let finder = SpeakerMentionFinder(lexicon: try LexiconSet.bundled().lexicon(for: "en"))
        #expect(finder.isPluralPersonNoun("parents"))
        #expect(finder.isPluralPersonNoun("stallholders"))
        #expect(!finder.isPluralPersonNoun("banks"))
        #expect(!finder.isPluralPersonNoun("waters"))
        #expect(names("Reacting to the news, Parents said: “This is a relief for all of us.” Later they added: “We will watch closely.”")
            == ["Parents", "Parents"])
    }

    /// `said one stallholder`, `a festival-goer said`: nouns for people by their occupation or
    /// habit, known by their ending (`-holder`, `-keeper`, `-goer`, `-maker`), describe a speaker;
    /// a surname with such an ending stays a name.
    @Test func personNounsByTheirEnding() {
        #expect(names("“Trade has never been this slow,” said one stallholder.") == ["one stallholder"])
        #expect(names("“We come every week,” a festival-goer said.") == ["a festival-goer"])
        #expect(names("“The lock is new,” said the timekeeper.") == ["the timekeeper"])
        #expect(names("“The lock is new,” said Nell Cheesemaker.") == ["Nell Cheesemaker"])
    }

    /// `Il said: « … »` in English text: another language's pronoun names no one; an English name
    /// that begins like one stays a name.
    @Test func anotherLanguagesPronounIsNoName() {
        #expect(names("Il said: « Nous ne viendrons pas demain. »") == [nil])
        #expect(!speakers("Er said: “We will not come.”").contains("Er"))
        #expect(names("Ilse said: “We will not come.”") == ["Ilse"])
        #expect(names("He a dit : « Nous ne viendrons pas. »", lang: "fr") == [nil])
    }

    /// `« … », a réagi la CGT par la voix de son délégué, Marc Hervé.`: as before the verb, whoever
    /// speaks for the inverted subject is the speaker; a manner (`par la voix grave`) changes nothing.
    @Test func voicePhraseAfterAnInvertedSubject() {
        #expect(names("« Nous irons jusqu'au bout », a réagi la FSTP par la voix de son délégué, Marc Hervier.", lang: "fr") == ["Marc Hervier"])
        #expect(names("« Rien n'est joué », a répondu le syndicat, par la voix de sa secrétaire générale Anne Brunel.", lang: "fr") == ["Anne Brunel"])
        #expect(names("“We will fight on,” said the union through its chair, Ada Lenk.") == ["Ada Lenk"])
        #expect(names("« Nous verrons », a dit le syndicat des pêcheurs.", lang: "fr") == ["le syndicat des pêcheurs"])
    }

    /// `Tom Vell, 41, tonight called the claim “…”`, `D'ici là, la piscine restera fermée,
    /// précise-t-elle :`: a time adverb between a subject and its verb, or a phrase of adverbs
    /// alone opening the sentence, is no one; the subject or the pronoun speaks.
    @Test func timeAdverbsAndAdverbPhrasesAreNoSpeakers() {
        #expect(names("But singer Tom Vell, 41, tonight called the claim “pure fiction”.") == ["Tom Vell"])
        #expect(names("Tonight Tom Vell called the claim “pure fiction”.") == ["Tom Vell"])
        let french = "La mairie rouvrira le dossier en juin. D'ici là, la piscine restera fermée, précise-t-elle dans un communiqué : « Nous ferons le point. »"
        // (`précise-t-elle dans un communiqué :`: the inverted pronoun past its adverbial is `La mairie`.)
        #expect(names(french, lang: "fr") == ["La mairie"])
        #expect(names("Là, Anne Brunel a répondu : « Nous ferons le point. »", lang: "fr") == ["Anne Brunel"])
    }

    /// `Témoignage de Marion, 31 ans : « … »`, `L'avis de X :`, `Testimony from X:`: a speech noun
    /// opening a verbless introduction names its author, who speaks, not the noun phrase.
    @Test func speechNounIntroductionNamesItsAuthor() {
        #expect(names("Une centaine de clients ont été évacués. Témoignage de Marion, 31 ans : « On est restés une heure dans le noir. »", lang: "fr")
            == ["Marion"])
        #expect(names("Le conseil a voté hier. L'avis de Paul Rocher : « C'est une erreur. »", lang: "fr") == ["Paul Rocher"])
        #expect(names("The hall was evacuated. Testimony from Ana Reyes, 29: “We sat in the dark for an hour.”") == ["Ana Reyes"])
    }

    /// `Samples are taken every hour, a spokesperson said, adding: “…”`: a participle after an
    /// incise of saying goes to the incise's subject, not to the reported clause's subject.
    @Test func participleAfterAnInciseOfSayingGoesToItsSubject() {
        #expect(names("Tests are being run every hour, a spokesperson said, adding: “We will publish every result.”")
            == ["a spokesperson"])
        #expect(names("The water is safe, Ana Reyes said, adding: “We will publish every result.”") == ["Ana Reyes"])
        // Near miss: with no incise, the sentence's subject speaks.
        #expect(names("Ana Reyes closed the meeting, adding: “We will publish every result.”") == ["Ana Reyes"])
    }
}
