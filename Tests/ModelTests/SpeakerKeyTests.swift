import Model
import Testing

/// Speaker keys are matched without regard to case by one function, and a `speakers.yml` text
/// can be given its keys in that case with every line and column kept.
struct SpeakerKeyTests {
    @Test func speakerKeysAreMatchedWithoutRegardToCase() {
        #expect(FrontMatterKeys.speakerKey("Name") == "name")
        #expect(FrontMatterKeys.speakerKey("ALIASES") == "aliases")
        #expect(FrontMatterKeys.speakerKey("aliasses") == nil)
    }

    @Test func keysAreRewrittenInPlace() {
        let text = "Speakers:\r\n  pdurand: {Name: Paul Durand, 'ROLE': maire}\r\n  mroche:\r\n    \"Name\": Marie Roche\r\n    Aliases: Roche\r\n    Aliasses: x\r\n"
        let rewritten = FrontMatterKeys.canonicalizingSpeakerKeys(in: text)
        #expect(rewritten == "speakers:\r\n  pdurand: {name: Paul Durand, 'role': maire}\r\n  mroche:\r\n    \"name\": Marie Roche\r\n    aliases: Roche\r\n    Aliasses: x\r\n")
    }

    @Test func aKeyGivenTwiceKeepsTheFirstAndInvalidYAMLIsLeftAsItIs() {
        // `Name:` then `name:`: rewriting the first would make a duplicate key; left as written.
        let twice = "pdurand:\n  Name: A\n  name: B\n"
        #expect(FrontMatterKeys.canonicalizingSpeakerKeys(in: twice) == twice)
        let broken = "pdurand:\n  Name: [A\n"
        #expect(FrontMatterKeys.canonicalizingSpeakerKeys(in: broken) == broken)
        let nonASCII = "- Name: Élise « Lou »\n  Role: présidente\n"
        #expect(FrontMatterKeys.canonicalizingSpeakerKeys(in: nonASCII) == "- name: Élise « Lou »\n  role: présidente\n")
    }
}
