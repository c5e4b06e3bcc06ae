import Annotate
import Model
import Testing

/// Kinds of sentence a fresh tester found wrong, each with the right value (made-up texts).
@Suite struct TesterFindingsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func direct(_ text: String, lang: String = "en") -> (Transcript, [Quotation]) {
        TestDocuments.directQuotations(text, lang: lang, annotator: annotator)
    }

    func names(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.directSpeakerNames(direct(text, lang: lang).0)
    }

    /// The title of a work, after a work noun or set off by commas after one, is no name: the
    /// pronoun that follows means the person.
    @Test func titleOfAWorkIsNoSpeaker() {
        for text in [
            "Lena Varga, 61, greets me at the door of her workshop. Her new exhibition, Tide and Ash, opens at the harbour hall in May.\n\n“I carve what I cannot name,” she tells me.",
            "Lena Varga, 61, greets me at the door of her workshop. Her exhibition Tide and Ash opens at the harbour hall in May.\n\n“I carve what I cannot name,” she tells me.",
        ] {
            let (transcript, _) = direct(text)
            #expect(names(text) == ["Lena Varga"], "\(text)")
            #expect(!transcript.speakers.contains { $0.name.contains("Tide") }, "\(text)")
        }
        // A name set off after a work noun inside a prepositional phrase is a person.
        #expect(names("After the show, Tomas Brandt, the director, said: “We sold every seat.”") == ["Tomas Brandt"])
    }

    /// A capitalised span right after a work noun (or a work noun and its complement) is a title,
    /// a mention, even with a subject and a verb of saying before it.
    @Test func capitalisedSpanAfterAWorkNounIsATitle() {
        let (_, french) = direct("Les habitants ont commencé à répéter la pièce de théâtre « La Mer de nos aïeux », qui sera jouée samedi.", lang: "fr")
        #expect(french.isEmpty)
        let (_, english) = direct("The volunteers began to rehearse the play “Bread of the Valley” last week.")
        #expect(english.isEmpty)
        // A span opening in lower case after `show` used as a verb stays speech, and so do
        // sentences after a work noun and a colon.
        #expect(names("Nora Quist said the new figures show “a worrying rise in rents across the city”.") == ["Nora Quist"])
        #expect(names("Nora Quist wrote in her book: “Nothing prepares you for the silence of a closed mill.”") == ["Nora Quist"])
    }

    /// `Un commerçant du quartier, qui …, résume : « … »`: a person noun heads the antecedent of
    /// the relative clause; the speaker is the whole description, not the place.
    @Test func describedSpeakerBeforeARelativeClauseKeepsItsHead() {
        #expect(names("Un commerçant du quartier, qui a souhaité rester anonyme, résume la situation : « Sans les forains, la place est morte. »", lang: "fr")
            == ["Un commerçant du quartier"])
    }

    /// English organisation names run over `of` and capitalised words.
    @Test func organisationNamesRunOverOf() {
        #expect(names("The Dunmore Chamber of Commerce said in a statement: “We are deeply worried about the closures.”") == ["The Dunmore Chamber of Commerce"])
        #expect(names("The Royal Society of Engravers said: “The prize will be awarded in June.”") == ["The Royal Society of Engravers"])
    }

    /// A pronoun incise is taken out of the quotation text whether a comma or a full stop closes it.
    @Test func inciseClosedByAFullStopLeavesTheText() throws {
        let (transcript, quotes) = direct("L'avocate de la défense, Me Inès Rivoire, a plaidé la relaxe. « Ma cliente a tout remboursé, a-t-elle rappelé. Elle mérite une chance. »", lang: "fr")
        let quote = try #require(quotes.first)
        #expect(quote.text == "Ma cliente a tout remboursé. Elle mérite une chance.")
        #expect(quote.speakerID.flatMap { transcript.speaker(id: $0)?.name } == "Inès Rivoire")
        #expect(quote.attribution.cue == "rappelé")
    }

    /// A nickname in quotation marks inside a name is a mention; the speaker is the whole name.
    @Test func nicknameInsideANameIsAMention() {
        #expect(names("Thomas “Tommo” McAvoy said: “We will be back next year.”") == ["Thomas McAvoy"])
        #expect(names(#"Marcus "The Hammer" Delaney said: "Nobody trains harder than this team.""#) == ["Marcus Delaney"])
    }

    /// `Pour la procureure, X, les faits sont graves`: the clause's subject after the name is no role of X.
    @Test func subjectAfterANameIsNoRole() throws {
        let (transcript, _) = direct("Pour la procureure, Lucie Arnaud, les preuves sont accablantes. « Ce n'est pas un accident », a-t-elle ajouté.", lang: "fr")
        let arnaud = try #require(transcript.speakers.first { $0.name == "Lucie Arnaud" })
        #expect(!arnaud.aliases.contains("les preuves"))
        #expect(arnaud.role != "les preuves")
    }

    /// Invisible format characters (zero-width space, soft hyphen, a BOM or a bidirectional
    /// control inside the text) and a combining mark with no letter before it neither break a cue
    /// nor become part of a name (found by fuzzing: the quotation lost its speaker).
    @Test func invisibleCharactersBreakNoAttribution() {
        for text in [
            "Le village se réveille.\n\n« Nous reviendrons », a dit\u{200B} Paul Roy.",
            "Le village se réveille.\n\n\u{200B}« Nous reviendrons », a dit Paul Roy.",
            "Le village se réveille.\n\n\u{FEFF}« Nous reviendrons », a dit Paul Roy.",
            "Le village se réveille.\n\n« Nous reviendrons », a dit Pa\u{AD}ul Roy.",
            "Le village se réveille.\n\n«\u{301} Nous reviendrons », a dit Paul Roy.",
        ] {
            #expect(names(text, lang: "fr") == ["Paul Roy"], "\(text.debugDescription)")
        }
    }
}
