import Foundation
import Model
import Testing

@testable import Ingest

/// Plain-text speaker turns: HAZARDS B29 (colons that are not labels, the French `NOM :`),
/// B11 (NUL) and B12 (BOM, CRLF, CR) for turns, the label forms, and the turns-or-prose decision.
struct SpeakerTurnTests {
    static func read(_ text: String, path: String = "t.txt") throws -> SourceDocument {
        try SeedReader.read(Array(text.utf8), seedPath: path).document
    }

    static func fixture(_ name: String) throws -> SourceDocument {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try SeedReader.read(Array(try Data(contentsOf: url)), seedPath: name).document
    }

    @Test func b29ColonsThatAreNotLabelsAndTheFrenchForm() throws {
        for space in [" ", "\u{00A0}", "\u{202F}"] {
            let text = """
                À 10:30, la séance reprend.
                Sur la question que vous avez posée\(space): nous répondrons demain.
                M. DUPONT\(space): Je demande la parole.
                Mme LEFÈVRE (hors micro)\(space): Non !
                JOURNALISTE (voix off): Le vote a eu lieu.
                Le lien est https://example.org/doc.
                « Le texte passera », a-t-il dit.
                """
            let document = try Self.read(text)
            let summary = TurnSummary(document)
            #expect(summary.labels == ["M. DUPONT", "Mme LEFÈVRE", "JOURNALISTE"])
            #expect(summary.turns.map(\.note) == [nil, "hors micro", "voix off"])
            #expect(summary.texts == ["Je demande la parole.", "Non !", "Le vote a eu lieu."])
            let narrative = document.blocks.filter { $0.turn == nil }
            #expect(narrative.map(\.text) == [
                "À 10:30, la séance reprend.", "Sur la question que vous avez posée\(space): nous répondrons demain.",
                "Le lien est https://example.org/doc.", "« Le texte passera », a-t-il dit.",
            ])
            #expect(narrative.map(\.line) == [1, 2, 6, 7])
        }
    }

    @Test func b11NulDoesNotCutTurns() throws {
        let document = try Self.read("JEAN : Bonjour\0 tout le monde.\nMARIE : Salut.\n")
        let summary = TurnSummary(document)
        #expect(summary.labels == ["JEAN", "MARIE"])
        #expect(summary.texts == ["Bonjour tout le monde.", "Salut."])
    }

    @Test func b12LineEndsAndByteOrderMarkGiveTheSameTurns() throws {
        let variants: [[UInt8]] = [
            Array("JEAN : Bonjour.\nMARIE : Salut.\n".utf8),
            Array("JEAN : Bonjour.\r\nMARIE : Salut.\r\n".utf8),
            Array("JEAN : Bonjour.\rMARIE : Salut.\r".utf8),
            [0xEF, 0xBB, 0xBF] + Array("JEAN : Bonjour.\r\nMARIE : Salut.\r\n".utf8),
        ]
        let documents = try variants.map { try SeedReader.read($0, seedPath: "j.txt").document }
        for document in documents {
            #expect(document == documents[0])
        }
        let summary = TurnSummary(documents[0])
        #expect(summary.labels == ["JEAN", "MARIE"])
        #expect(summary.texts == ["Bonjour.", "Salut."])
        #expect(documents[0].metadata.title == "Bonjour.")
        for text in [documents[0].metadata.title] + documents[0].blocks.map(\.text) + summary.labels {
            #expect(!text.contains("\r") && !text.unicodeScalars.contains("\u{FEFF}"))
        }
    }

    @Test func labelForms() throws {
        let text = """
            Entretien avec la maire

            Q: Pourquoi ce projet ?

            A: Parce que la ville en a besoin.

            **Mme Roche:** Je le redis.

            **Paul Durand**: Et moi aussi.

            M. le président. – La séance est ouverte.

            Mme Brigitte Bourguignon, ministre déléguée. – Merci.

            [00:12:05] SPEAKER 2: Oui.

            JEAN [12:34]: Non.

            MARIE :
            Je parle sur la ligne suivante.
            """
        let document = try Self.read(text)
        let summary = TurnSummary(document)
        #expect(document.metadata.title == "Entretien avec la maire")
        #expect(summary.labels == [
            "Q", "A", "Mme Roche", "Paul Durand", "M. le président", "Mme Brigitte Bourguignon, ministre déléguée", "SPEAKER 2", "JEAN",
            "MARIE",
        ])
        #expect(summary.texts == [
            "Pourquoi ce projet ?", "Parce que la ville en a besoin.", "Je le redis.", "Et moi aussi.", "La séance est ouverte.", "Merci.",
            "Oui.", "Non.", "Je parle sur la ligne suivante.",
        ])
        #expect(summary.turns.map(\.start) == [nil, nil, nil, nil, nil, nil, 725, 754, nil])
    }

    @Test func notLabels() {
        for line in [
            "Note: the recording starts late.", "Résultat : adopté.", "À 10:30, la séance reprend.", "Voir https://example.org.",
            "Il a dit: non.", "The reason is simple: money.", "« Non » : voilà sa réponse.", "Il est parti. – Puis il revint.",
            "Un deux trois quatre cinq six sept: huit.", "**Important** point: yes.", "10:30: début.",
            "M. Dupont a dit : « Non ».", "M. le président a déclaré : « Oui ».", "Mme Roche, qui a dit : non.",
        ] {
            #expect(SpeakerLabel.parse(Substring(line)) == nil, "\(line)")
        }
    }

    @Test func paragraphsContinueTheTurnAndStageDirectionsStayInIt() throws {
        let text = """
            Débat du 3 mai

            M. DUPONT : Je commence.

            Et je continue sur un deuxième paragraphe.

            (Applaudissements)

            Je termine.

            (Rires)

            Mme ROCHE : Merci.

            M. DUPONT : De rien.

            Mme ROCHE : Passons au vote.

            Suite des débats

            Un paragraphe de narration après le titre.
            """
        let document = try Self.read(text)
        #expect(document.blocks.map(\.kind) == [
            .paragraph, .paragraph, .stageDirection, .paragraph, .stageDirection, .paragraph, .paragraph, .paragraph, .heading, .paragraph,
        ])
        #expect(document.blocks.map { $0.turn?.index } == [0, 0, 0, 0, nil, 1, 2, 3, nil, nil])
        #expect(document.metadata.title == "Débat du 3 mai")
        #expect(document.blocks[4].text == "(Rires)")
    }

    @Test func benchmarkTranscriptMixesTurnsAndProse() throws {
        // bench/make_corpus.py -n 20 --mode txt, file t00000.txt. Counted with
        // `grep -o '^[A-Z][A-Z ]*: \|^LÉA HALL: ' t00000.txt | sort | uniq -c`: LISA WRIGHT 3, LÉA HALL 6.
        let document = try Self.fixture("bench-t00000.txt")
        let summary = TurnSummary(document)
        #expect(summary.counts == ["LÉA HALL": 6, "LISA WRIGHT": 3])
        #expect(summary.order == ["LÉA HALL", "LISA WRIGHT"])
        #expect(document.metadata.title == "Session 1 — The archive question")
        #expect(document.metadata.speakers.map(\.name) == ["Lisa Wright", "Léa Hall"])
        #expect(document.blocks.contains { $0.kind == .heading && $0.text == "Questions from the floor" && $0.turn == nil })
        #expect(document.blocks.filter { $0.kind == .editorialNote }.count == 3)
        let list = try #require(document.blocks.first { $0.text.hasPrefix("* ") })
        #expect(list.turn == nil)
        // t00012.txt has no `NAME:` line at all (same grep: nothing): prose.
        let prose = try Self.fixture("bench-t00012.txt")
        #expect(prose.blocks.allSatisfy { $0.turn == nil })
    }

    /// Every gold text of corpus/gold (copied to Fixtures/gold: the French Wikinews and English
    /// GOV.UK and Global Voices articles, which include every prose seed of `seeds/`) and the
    /// seed fixtures read as prose: no turn, no stage direction, no note.
    @Test func goldTextsAndProseSeedsStayProse() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/gold", withExtension: nil))
        let gold = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(gold.count == 31)
        for name in gold.map({ "gold/\($0)" }) + ["000_bb68b1fc390179ef.txt", "en-globalvoices-china-green-dam.txt", "fr-wikinews-44046.txt"] {
            let document = try Self.fixture(name)
            #expect(document.blocks.allSatisfy { $0.turn == nil && ($0.kind == .paragraph || $0.kind == .blockQuote) }, "\(name)")
        }
    }

    @Test func aFewColonsInProseDoNotMakeTurns() throws {
        let text = """
            Le conseil municipal

            Note : la séance a commencé en retard.

            Le maire a présenté le budget. Les élus ont voté.

            Paris : la ville a aussi voté son budget.

            Lyon : même chose à Lyon, où le vote a été serré, et les débats longs.

            Marseille : rien de nouveau.

            Le reste de la séance a porté sur les transports, la voirie et les écoles.

            Les élus se retrouveront en juin pour le compte administratif.

            Un dernier paragraphe.

            Et encore un autre, pour la forme.

            Fin du compte rendu, sans autre commentaire.
            """
        let document = try Self.read(text)
        #expect(document.blocks.allSatisfy { $0.turn == nil })
    }
}

extension SpeakerTurnTests {
    @Test func sentenceWordsAreNotSpeakers() {
        for line in ["However: it failed.", "So: what now?", "Alors : on vote.", "Bien : passons."] {
            #expect(SpeakerLabel.parse(Substring(line)) == nil, "\(line)")
        }
        #expect(SpeakerLabel.parse("Answer: yes.")?.name == "Answer")
        #expect(SpeakerLabel.parse("Question : pourquoi ?")?.name == "Question")
    }
}

extension SpeakerTurnTests {
    /// A name may end in `#` as `C++` ends in `+`; a `#` anywhere else is a number sign or a
    /// hashtag, which a reader takes for prose (`Note #3:` introduces a note, `Issue #:` a field).
    @Test func aLabelMayEndInAHashLikeCSharp() throws {
        #expect(SpeakerLabel.parse("C#: Pattern matching came first.")?.name == "C#")
        #expect(SpeakerLabel.parse("F# : les unions d'abord.")?.name == "F#")
        #expect(SpeakerLabel.parse("C++: Templates did.")?.name == "C++")
        for line in ["#: nothing", "Note #3: see above.", "Issue #: 42", "#Macron: bravo", "C##: twice", "Ticket #12: closed", "# : rien"] {
            #expect(SpeakerLabel.parse(Substring(line)) == nil, "\(line)")
        }
        let document = try Self.read("""
            C++: Templates did.
            C#: Pattern matching came first.
            C++: Not in my memory.
            C#: Check the changelog.
            """)
        #expect(TurnSummary(document).labels == ["C++", "C#", "C++", "C#"])
    }
}
