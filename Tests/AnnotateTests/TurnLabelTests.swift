import Annotate
import Ingest
import Model
import Testing

/// Rule 1 (an explicit turn) wins: the label names the turn's speaker, and a longer form of the
/// name said inside a turn (`Hi Carol`, `I'm Mat Ryer`) does not rename that speaker.
@Test func theTurnLabelNamesTheSpeakerWhateverIsSaidInTheTurns() throws {
    let seed = "**Carol Baker:** Hello there, I'm Carol Baker and this is the show.\n\n**Dave:** Hi Carol Baker. Thanks.\n\n**Carol Baker:** Bye.\n"
    let document = try SeedReader.read(Array(seed.utf8), seedPath: "c.md").document
    let transcript = try Annotator().annotate(document)
    let ids = transcript.blocks.compactMap(\.turn?.speakerID)
    #expect(ids == ["carol-baker", "dave", "carol-baker"])
    #expect(transcript.speakers.first { $0.id == "carol-baker" }?.name == "Carol Baker")
}

/// A contraction of a pronoun (`I've`, `I'm`, `It's`) opening a sentence is not a person.
@Test func contractionsOfPronounsAreNoSpeakers() throws {
    let seed = "Talk\n\nI've told them: \"We will ship it on Monday, whatever happens.\" It's what I said.\n"
    let document = try SeedReader.read(Array(seed.utf8), seedPath: "t.txt").document
    let transcript = try Annotator().annotate(document)
    #expect(!transcript.speakers.contains { ["ive", "i-ve", "its", "it-s"].contains($0.id) })
    #expect(transcript.speakers.allSatisfy { !$0.name.contains("'") })
}

/// Inside a turn, `I said, "…"` is the turn speaker quoting themselves; someone named is still
/// the one quoted (issue 4: a speaker who quotes someone else).
@Test func firstPersonInsideATurnIsTheTurnSpeaker() throws {
    let seed = """
        **Ann Lee:** I told them, "We will win this one, no matter what." And they laughed.

        **Bob Hart:** As Ann Lee said yesterday, "Nothing is decided yet."

        **Ann Lee:** Then I said: "Never again."
        """
    let document = try SeedReader.read(Array(seed.utf8), seedPath: "self.md").document
    let transcript = try Annotator().annotate(document)
    let direct = transcript.quotations.filter { $0.kind == .direct }
    #expect(direct.map(\.text) == ["We will win this one, no matter what.", "Nothing is decided yet.", "Never again."])
    #expect(direct.map(\.speakerID) == ["ann-lee", "ann-lee", "ann-lee"])
    #expect(direct.map(\.attribution.rule) == ["turn", "cue-before", "turn"])
}
