import Annotate
import Model
import Testing

/// English news sentences: participle openings, organisations that write, passive agents, short
/// fragments, quoted labels and lists of names, and subjects that carry over (a role with a name
/// in apposition, a trailing `she noted`, an unnamed speaker's description). Made-up sentences
/// and names only: one test per kind of sentence.
@Suite struct EnglishNewsKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String) -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: "en")))
    }

    func quotations(_ text: String) -> [(text: String, kind: Quotation.Kind, speaker: String?)] {
        TestDocuments.quotationsWithSpeakers(annotator.annotate(TestDocuments.make(text, lang: "en")))
    }

    /// Kind 1: a participle opening (`Giving evidence for a third day,`, `Contacted by …,`) is no
    /// speaker, even with an age after the subject; a name ending like a participle before its
    /// verb (`Fielding said`) stays a name.
    @Test func participleOpeningIsNoSpeaker() {
        let text = """
        The inquiry into the collapse of the Halden footbridge resumed on Monday.

        Giving evidence for a third day, Engineer Marta Voss, 47, said the bolts had been "rusting for months" and that she had warned the council.

        Contacted by the Courier, Voss, 47, said she was "not surprised".
        """
        #expect(speakers(text) == ["Marta Voss", "Marta Voss"])
        #expect(speakers("Fielding said the plan was \"a mess\".") == ["Fielding"])
    }

    /// Kind 2: an organisation named earlier posts or writes (`the gallery posted on its website:`),
    /// and a speech noun with a Saxon genitive owner, over an adjective, gives the owner's words
    /// (`The assembly's final statement puts it bluntly:`).
    @Test func organisationWritesThroughItsChannels() {
        let posted = """
        A painting was stolen from the Harbury Gallery on Sunday night.

        Gallery director Lena Pask said: "We are devastated."

        On Monday morning the gallery posted on its website: "Please share the police appeal."
        """
        #expect(speakers(posted) == ["Lena Pask", "Harbury Gallery"])
        let statement = """
        The Wellmoor Citizens' Assembly met for the last time on Sunday.

        The assembly's final statement puts it bluntly: "Buses must come first."
        """
        #expect(speakers(statement) == ["The Wellmoor Citizens' Assembly"])
    }

    /// Kind 3: the agent of a passive speech verb right before the quotation speaks (`asked one
    /// question by the headteacher, Rosa Delany: "…"`); a verb with its own subject keeps it
    /// (`Ada Roy told reporters from the Courier:`).
    @Test func passiveAgentSpeaks() {
        let text = """
        Forty pupils were chosen by ballot, given a day off school, and asked one question by the headteacher, Rosa Delany: "What would make this school better?"
        """
        #expect(speakers(text) == ["Rosa Delany"])
        #expect(speakers("Ada Roy told reporters from the Courier: \"We won fair and square.\"") == ["Ada Roy"])
    }

    /// Kind 4: a one-word fragment closing a reported clause whose subject is a bare noun (`said
    /// staff were "devastated"`) is the speaker's; so is a fragment in a relative clause whose
    /// antecedent is a person, past an age (`Edwin Lusk, 81, who has bought his bread there
    /// "…"`), but not one in a clause with a subject of its own (`which she expected to keep "…"`).
    @Test func shortFragmentsBelongToTheirSubject() {
        let text = """
        The bakery burned down on Friday night.

        Bakery owner Mrs Jo Hallam said staff were "devastated".

        Among the crowd watching the firefighters was Edwin Lusk, 81, who has bought his bread there "every single morning".
        """
        #expect(quotations(text).map(\.kind) == [.direct, .direct])
        #expect(speakers(text) == ["Jo Hallam", "Edwin Lusk"])
        let object = """
        Mrs Ada Quill, who grew up in nearby Low Fenwick, trained in Carlow before taking the Millbrook job, which she expected to keep "for a year or two".
        """
        #expect(speakers(object) == ["Ada Quill"])
    }

    /// Kind 5: quoted modifiers before a noun (`a "buy local first" rule`, `the firm's "fit to
    /// open" checklist`), a list of quoted names and labels (`marked "…"`, `labelled "…"`) are
    /// mentions.
    @Test func labelsModifiersAndListedNamesAreMentions() {
        let text = """
        Mayor Ida Crane said: "We want people to have their say."

        The plan includes a "buy local first" rule for every council contract, and the firm's "fit to open" checklist.

        The public can pick the bridge's name from a shortlist of three names: "Larkspur," "Heron" and "Millrace." Voting closes in May.

        Shops were told to return the boxes marked "RECALL – JUNE 2024". Others were stamped "VOID".
        """
        let found = quotations(text)
        #expect(found.map(\.kind) == [.direct, .mention, .mention, .mention, .mention, .mention, .mention, .mention])
        #expect(found.first?.speaker == "Ida Crane")
    }

    /// Kind 6: `His daughter, Ingrid, raised the alarm` makes Ingrid the subject `she` goes on
    /// with; a trailing `, she noted,` keeps its speaker in view rather than the clause's subject
    /// (and a term after `spoke about the` is a mention).
    @Test func roleWithNameAndTrailingIncise() {
        let text = """
        Climber Pieter Vahl was found alive on Sunday after two nights on the ridge.

        "I kept singing to stay awake," he said.

        His daughter, Ingrid, raised the alarm on Saturday morning when he failed to call.

        "He always phones when he gets down," she said.

        Rescue leader Anna Brisk said the outcome could have been worse. Walkers often spoke about the "safe window" after a fall, she noted, but Mr Vahl had waited for two days.

        "He did well," she said.
        """
        let found = quotations(text)
        #expect(found.map(\.kind) == [.direct, .direct, .mention, .direct])
        // (`Climber`, opening the sentence before the full name, is his role: no part of the name.)
        #expect(found.map(\.speaker) == ["Pieter Vahl", "Ingrid", nil, "Anna Brisk"])
    }

    /// Kind 6: an unnamed speaker with a description in apposition (`One volunteer, a history
    /// student from Brookfield, said`, `One resident, a retired teacher from Elmside, told me`) is
    /// named by the whole description, and `she said` goes on with it.
    @Test func unnamedSpeakerKeepsTheirDescription() {
        let text = """
        Not everyone liked the plan. One resident, a retired teacher from Elmside, told me she had voted against it.

        "I wanted to be heard," she said.

        One volunteer, a history student from Brookfield, said the work was "hard but fun".

        "You get used to it," she said.
        """
        #expect(speakers(text) == ["One resident, a retired teacher from Elmside", "One volunteer, a history student from Brookfield",
                                   "One volunteer, a history student from Brookfield"])
    }

    /// A verdict fragment after a verb of judgement and its object keeps its speaker when the
    /// sentence's period stands inside the closing mark (`hailed the vote as "historic."`), with
    /// an organisation and a relative clause as subject too; near miss: a period inside the span
    /// (`"historic. We won."`) makes words of their own, which a verdict is not.
    @Test func verdictFragmentWithThePeriodInsideItsMarks() {
        let text = """
        Wildlife charity Fern Trust, which campaigned for the ban for a decade, hailed the vote as "historic."

        Tenant leader Rosa Quint described the ruling as "overdue."
        """
        let found = quotations(text)
        #expect(found.map(\.kind) == [.direct, .direct])
        #expect(found.map(\.speaker) == ["Fern Trust", "Rosa Quint"])
    }

    /// `X said its Brask loop would call at Velde instead "until further notice"`: a naming verb
    /// before a preposition (`call at`) moves or visits; the fragment is the words of the subject
    /// of `said`, never a name inside the reported clause.
    @Test func namingVerbOfMotionIsNoCue() {
        let text = """
        Shipping line Tarrow said its weekly Northern Arrow loop would call at Velde instead "until further notice".
        """
        let found = quotations(text)
        #expect(found.map(\.kind) == [.direct])
        #expect(found.map(\.speaker) == ["Tarrow"])
    }
}
