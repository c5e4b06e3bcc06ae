import Annotate
import Model
import Testing

/// Attribution that needs more than one sentence: quotations that run over paragraphs with a
/// mistyped closing mark, block quotations that go on from a quoted paragraph, imagined speech.
/// One test per kind of text; hand-written texts, not from the gold corpus.
@Suite struct DocumentReadingTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func direct(_ text: String, lang: String = "en") -> (Transcript, [Quotation]) {
        TestDocuments.directQuotations(text, lang: lang, annotator: annotator)
    }

    func name(_ quote: Quotation, in transcript: Transcript) -> String? {
        quote.speakerID.flatMap { transcript.speaker(id: $0)?.name }
    }

    /// A quotation opened in one paragraph, not opened again in the next, and closed there by an
    /// opening mark typed at the very end (`… their fate. “`): one quotation over both
    /// paragraphs, no empty quotation, and the names inside it are no antecedents for `He`.
    @Test func quotationClosedByAnOpeningMarkAtTheEndOfTheNextParagraph() {
        let text = """
        In the Harbour Gazette, Mira Okafor writes:

        “The council also meets every week, and the first meeting coincides with a visit of the delegation led by Deputy Mayor Tomas Brandt.

        Brandt has said nothing in public about the bridge but has made clear in private that the city will not pay. “

        He then goes on to ask about the budget:

        “Who will pay for the bridge when the money runs out?”
        """
        let (transcript, quotes) = direct(text)
        #expect(quotes.count == 2)
        #expect(quotes.first?.spans.count == 2)
        #expect(quotes.first?.text.hasSuffix("the city will not pay.") == true)
        #expect(!transcript.quotations.contains { $0.text.isEmpty })
        #expect(quotes.map { name($0, in: transcript) } == ["Mira Okafor", "Mira Okafor"])
    }

    /// A block quotation right after a paragraph that is all one quotation goes on with the
    /// same speaker's words.
    @Test func blockQuotationAfterAQuotedParagraphContinuesIt() {
        let text = """
        The mayor, Anna Berg, spoke first:

        “We will rebuild the old bridge before the winter, whatever it costs.”

        > The river has waited long enough, and so have the people on both of its banks.
        """
        let (transcript, quotes) = direct(text)
        #expect(quotes.count == 2)
        #expect(quotes.map { name($0, in: transcript) } == ["Anna Berg", "Anna Berg"])
        #expect(quotes.last?.attribution.rule == "carry-over")
    }

    /// `People might say, “…”`: words imagined, not said; the quotation stays direct speech but
    /// has no speaker, and the modal is not part of the subject.
    @Test func modalOfPossibilityMakesImaginedSpeech() {
        let (transcript, quotes) = direct(#"The minister, Sarah Quill, spoke in Leeds. People might say, "so what? The region will get a better deal anyway." That misreads the plan."#)
        #expect(quotes.count == 1)
        #expect(quotes.first?.speakerID == nil)
        #expect(quotes.first?.attribution.rule == "hypothetical")
        #expect(!transcript.speakers.contains { $0.name.contains("might") })
    }

    /// The same in French: `On pourrait dire « … »`, and with a named subject.
    @Test func frenchConditionalOfPossibilityMakesImaginedSpeech() {
        let (_, quotes) = direct("La ministre, Claire Aubert, était à Lille. Ses adversaires pourraient dire « tout cela arrive bien trop tard pour la région ». Elle a répondu le lendemain.", lang: "fr")
        #expect(quotes.count == 1)
        #expect(quotes.first?.speakerID == nil)
        #expect(quotes.first?.attribution.rule == "hypothetical")
    }

    /// A short quoted name in apposition to a plural cue noun (`One of many related
    /// communities, “…”, has`) is a name, not speech.
    @Test func spanAfterAPluralCueNounIsAMention() {
        let transcript = annotator.annotate(TestDocuments.make(#"Farmers have joined the protest too. One of many related communities, "Nao ao novo imposto sobre sementes" [No to the new seed tax], has already attracted 6,000 members."#, lang: "en"))
        #expect(transcript.quotations.count == 1)
        #expect(transcript.quotations.first?.kind == .mention)
    }

    /// `His answers:` after a paragraph where a described person wrote a post and a newspaper
    /// asked the questions: the personal possessive goes to the person, never to the newspaper
    /// (a name written with its article), even after three quoted questions.
    @Test func personalPossessiveSkipsTheNewspaperAndCountsQuotedParagraphsAsOne() {
        let text = """
        The debate went on for weeks, and another young Ghanaian blogger wrote a post to answer the three questions The Evening Lantern had asked. The questions were:

        > 1. Why should the city pay for the new road?

        > 2. Who will maintain it after the rains?

        > 3. What do the farmers gain from it?

        His answers:

        > The road was promised in the last budget, and the money is already set aside for it.
        """
        let (transcript, quotes) = direct(text)
        #expect(quotes.count == 4)
        #expect(quotes.prefix(3).allSatisfy { name($0, in: transcript) == "The Evening Lantern" })
        #expect(name(quotes[3], in: transcript) == "another young Ghanaian blogger")
        #expect(!transcript.speakers.contains { $0.name == "Ghanaian" })
    }

    /// `> Here is the e-mail I got from X [edited]` ends a block quotation and presents what
    /// follows: the next block quotations are X's, not the blogger's.
    @Test func blockQuotationPresentingAnEmailHandsOverToItsAuthor() {
        let text = """
        Kofi Mensah refused to answer the questions. He gives his reasons:

        > I have answered these questions many times before, and I will not do it again.

        > Here is the e-mail I got from the Evening Lantern [shortened for clarity]

        > Thanks for the reply.

        > You have still not answered our question about the road.
        """
        let (transcript, quotes) = direct(text)
        #expect(quotes.map { name($0, in: transcript) } == ["Kofi Mensah", "Kofi Mensah", "the Evening Lantern", "the Evening Lantern"])
    }

    /// `The banner said:` quotes whoever held it: the person last spoken of (here a described
    /// one, `A student`), never the banner nor `Here` of `Here is the video`.
    @Test func carrierNounQuotesWhoeverHeldIt() {
        let text = """
        The station put the march third in its evening news. A student took action by holding a sign in front of the camera during the live report. Here is the video:

        The paper banner said:

        > Evening news, a lazy production
        """
        let (transcript, quotes) = direct(text)
        #expect(quotes.count == 1)
        #expect(quotes.first.flatMap { name($0, in: transcript) } == "A student")
        #expect(!transcript.speakers.contains { ["Here", "The paper banner"].contains($0.name) })
    }

    /// `… and Mega Foo! [Mega Bar!, pt], a blog created to …:` — the blog in apposition speaks;
    /// the `!` of its name ends no sentence.
    @Test func nameInAppositionToABlogIntroducesTheBlockQuotation() {
        let text = """
        Across the country, the protest against the proposed tax has been organised by a few bloggers, who have set up a petition, a mailing list and Basta Ya! [Enough!, es], a blog created with the single purpose of explaining what this tax might mean for small farms:

        > Our aim is to gather every protest against the tax in one place. Tell us about yours!
        """
        let (transcript, quotes) = direct(text)
        #expect(quotes.count == 1)
        #expect(quotes.first.flatMap { name($0, in: transcript) } == "Basta Ya")
    }

    /// `X translated some teacher's comments:` then, later, `(also from X's post):` — X relays
    /// the teachers' words again; the quotations are theirs, not X's.
    @Test func postOfARelayerRelaysTheSameSpeakersAgain() {
        let text = """
        Village News translated some teacher's comments on the new exam rules from a forum:

        > We were told to change every lesson plan within a week, and nobody explained why.

        Other schools had the same trouble (also from Village News's post):

        > Our pupils sat the old exam on Monday and the new one on Friday.
        """
        let (transcript, quotes) = direct(text)
        #expect(quotes.count == 2)
        #expect(quotes.map { name($0, in: transcript) } == ["teacher", "teacher"])
    }

    /// `A Kenyan blogger, X, …` then, later, `another Kenyan blogger wrote a post`: `another`
    /// brings in someone new, who is not X.
    @Test func anotherBringsInSomeoneNew() {
        let text = """
        A Kenyan blogger, Wanjiru Kamau, was pleased with the new law. She posted the minister's speech on her blog:

        > We will protect every citizen, whoever they love.

        The debate went on for weeks, and another Kenyan blogger wrote a post to answer his critics. His answers:

        > Nobody asked the people who live with this law every day.
        """
        let (transcript, quotes) = direct(text)
        #expect(quotes.count == 2)
        #expect(name(quotes[1], in: transcript) == "another Kenyan blogger")
    }

    /// `The Government's response says, “…”`: the owner of the words speaks; `The Prime
    /// Minister` is not `another Minister`, and neither is a `Minister's` secretary.
    @Test func ownerOfASpeechNounSpeaksAndTitlesMustAllAgree() {
        let text = #"The Minister's Parliamentary Private Secretary has worked on the bill. What the Minister needs to take away today is the cost. The Government's response says, "We are doing things across the board." The Prime Minister says, "We will have green jobs," and then another Minister says, "There is no definition of a green job.""#
        let (transcript, quotes) = direct(text)
        #expect(quotes.map { name($0, in: transcript) } == ["The Government", "The Prime Minister", "another Minister"])
        #expect(!transcript.speakers.contains { $0.name.contains("needs") || $0.name.contains("'s") })
    }

    /// `drugs added into new rules that will …`: a participle after a noun is no speech verb of
    /// the sentence's subject; nothing is reported.
    @Test func participleAfterANounReportsNothing() {
        let transcript = annotator.annotate(TestDocuments.make("The new limits for twelve medicines have now been approved and will see six medicines added into new rules that will come into force next spring.", lang: "en"))
        #expect(transcript.quotations.isEmpty)
    }

    /// Words that name no speaker: a quantifier or interrogative opening a sentence (`Every
    /// time…`, `What…`), a time (`this year called`), an interjection (`hi`), a part of a text
    /// (`Page 12 of the report says:`).
    @Test func wordsThatNameNoSpeaker() {
        let texts = [
            #"Every time his name comes up, he gets excited, saying "Yeah, she is so much fun!" and laughing."#,
            #"What they kept saying, "We can just rewrite everything in a week," never happened."#,
            #"There is a new talk I am giving this year called, "Keep the small web strange and kind." It is about old websites."#,
            #"Page 12 of the report says: "Family breakdown can make searching for work very difficult.""#,
        ]
        for text in texts {
            let transcript = annotator.annotate(TestDocuments.make(text, lang: "en"))
            let names = transcript.speakers.map(\.name)
            #expect(!names.contains { ["Every", "What", "this year", "Page", "hi"].contains($0) }, "\(text): \(names)")
        }
    }

    /// `the hon. Gentleman` is a role phrase (Hansard), not a person called Gentleman.
    @Test func honourableGentlemanIsARolePhrase() {
        let (transcript, quotes) = direct(#"Does the hon. Gentleman suggest, "We should wait another year before we act on the report"?"#)
        #expect(quotes.first.flatMap { name($0, in: transcript) } == "the hon. Gentleman")
    }

    /// News style: `said one passenger, a retired teacher` names an unnamed speaker, and the
    /// quotation right after in the same paragraph is theirs too.
    @Test func pronounThatIsAlsoADeterminerOpensAnUnnamedSpeaker() {
        let (transcript, quotes) = direct(#"A spokesperson for the operator said: "We regret the delay." At the terminal, passengers described a long night. "There were people sleeping on the benches," said one passenger, a retired teacher from the coast. "Nobody told us anything until midnight.""#)
        #expect(quotes.map { name($0, in: transcript) } == ["A spokesperson for the operator", "one passenger", "one passenger"])
    }

    /// `X said the walk-out had hit …` (no `that`) is reported speech, and a quotation with no cue
    /// in the next paragraph goes on with X; `Island councillor X` is X, not "Island".
    @Test func reportedSpeechWithoutComplementizerHandsOnToTheNextParagraph() {
        let text = """
        Island councillor Fergus Dunn, who represents the north ward, said the closure had hit the islands at the worst time.

        “Lambing starts next week and the feed comes on the Thursday boat.”
        """
        let (transcript, quotes) = direct(text)
        #expect(quotes.first.flatMap { name($0, in: transcript) } == "Fergus Dunn")
        #expect(transcript.quotations.contains { $0.kind == .reported && $0.text.hasPrefix("the closure had hit") })
        #expect(!transcript.speakers.contains { $0.name == "Island" })
    }

    /// `which it called “…”` after `X said it was …`: an impersonal pronoun is the organisation
    /// that is the subject of its sentence.
    @Test func impersonalPronounGoesToTheOrganisation() {
        let (transcript, quotes) = direct(#"In a statement, Harbour Lines said it was "deeply disappointed" by the strike, which it called "unnecessary and premature"."#)
        #expect(quotes.map { name($0, in: transcript) } == ["Harbour Lines", "Harbour Lines"])
    }

    /// Blog round-ups: handles (`tomas.r`, `lupe_mendizabal`, `@bia_m`) are names, a relative
    /// clause or a role with one may stand between the handle and its verb.
    @Test func bloggerHandlesAreNames() {
        let cases: [(String, String)] = [
            ("Blogger rosa_quinteiro, who lives in the old port district, wrote on her blog Sal y Mar:\n\n> The tanker came at five and left at six.", "rosa_quinteiro"),
            ("Not everyone agrees. pablo.m, an engineer who blogs at Cauce, argues that the shortage was predictable:\n\n> We have said so for ten years.", "pablo.m"),
            ("Twitter user @lia_v was among thousands sharing the hashtag #FreeTheReporter:\n\n> Today it is him. Tomorrow, who?", "@lia_v"),
        ]
        for (text, expected) in cases {
            let (transcript, quotes) = direct(text)
            #expect(quotes.first.flatMap { name($0, in: transcript) } == expected, "\(text)")
        }
    }

    /// `X says the crisis has revealed “…”`: a thing does not speak; the words are X's.
    @Test func outerSpeakerOfAThingsVerb() {
        let (transcript, quotes) = direct(#"Writing on her blog, Ana Ferro says the drought has revealed "two towns: one with tanks on the roof and one with buckets on the stairs"."#)
        #expect(quotes.first.flatMap { name($0, in: transcript) } == "Ana Ferro")
    }

    /// `Detective Constable Priya Marsh of Aldcaster Police said`: after a full name, `of X` says
    /// where the person is from; the speaker is the person, and `she` goes on with her.
    @Test func fullNameOfAnOrganisationIsThePerson() {
        let (transcript, quotes) = direct(#"Detective Constable Ruth Okoye of Brindle Police said after the hearing that the case had been hard. "Financial abuse is still abuse," she said."#)
        #expect(quotes.map { name($0, in: transcript) } == ["Ruth Okoye"])
    }

    /// `A volunteer at the centre, where donations were sorted, said …`: a `where` clause between
    /// the subject and its verb.
    @Test func whereClauseBetweenSubjectAndVerb() {
        let (transcript, quotes) = direct(#"A volunteer at the village hall, where donations were being sorted, said the response had been huge. "People are bringing kettles and duvets," she said."#)
        #expect(quotes.map { name($0, in: transcript) } == ["A volunteer at the village hall"])
    }

    /// Match reports: `X, whose side lost again, said her players had ‘switched off’`, then an
    /// unclosed curly single quotation that opens a sentence, kept to its paragraph.
    @Test func relativeClauseCommaAndUnclosedSingleQuotation() {
        let (transcript, quotes) = direct("Rovers boss Ann Kirby, whose side have now lost four of their last five, said her players had ‘switched off’ at the end. ‘We defended for 88 minutes like a top side,’ she said. ‘It was the best we have played away all season.")
        #expect(quotes.count == 3)
        #expect(quotes.allSatisfy { name($0, in: transcript) == "Ann Kirby" })
    }

    /// `He handed the ferry to Jenna Pike, who still runs it.` then `“…,” she said`: the name
    /// heading a relative clause is someone `she` may mean; `the Ardle Gazette` is not.
    @Test func nameHeadingARelativeClauseIsSalient() {
        let text = """
        In a 2011 interview with the Ardle Gazette, Tom Vane was modest. “It is a boat and a river,” he said.

        He handed the ferry to Jenna Pike, who still runs it today. “He taught me everything,” she said this week.
        """
        let (transcript, quotes) = direct(text)
        #expect(quotes.map { name($0, in: transcript) } == ["Tom Vane", "Jenna Pike"])
    }

    /// `Asked whether …, Kendrick was cautious. “…,” she said`: the subject after an opening
    /// participle clause; and `Professor X’s review … called libraries “…”` is X's, without `’s`.
    @Test func subjectAfterAnOpeningParticipleAndAReviewsOwner() {
        let (transcript, quotes) = direct(#"Its chief executive, Graham Tull, told a radio station that the rota was needed. Asked whether it would accept arbitration, Moira Kent was cautious. "We will look at anything in writing," she said. Professor Ian Dunn’s independent review, published in February, called libraries "the front door of the state"."#)
        #expect(quotes.map { name($0, in: transcript) } == ["Moira Kent", "Ian Dunn"])
    }

    /// Parliamentary sketch: `“…?” called a voice from the benches`; `A senior figure, speaking
    /// on condition of anonymity, described it as “…”`.
    @Test func namingVerbAfterTheQuotationAndAParticipleApposition() {
        let (transcript, quotes) = direct(#"The minister spoke of readiness. "Readiness for what?" called a voice from the opposition benches. Later, a senior opposition figure, speaking on condition of anonymity, described the performance as "like watching someone park a cloud"."#)
        #expect(quotes.map { name($0, in: transcript) } == ["a voice from the opposition benches", "a senior opposition figure"])
    }

    /// A lone handle is a name, also after a role noun and before a relative clause
    /// (`photographer @nico.lens, who …, summed up the mood:`).
    @Test func loneHandleAfterARoleNoun() {
        let (transcript, quotes) = direct("Finally, photographer @rui.lens, who has been documenting the queues, summed up the mood in a single line:\n\n> A country with water in the sea and in speeches, but not in the taps.")
        #expect(quotes.first.flatMap { name($0, in: transcript) } == "@rui.lens")
    }

    /// `The ministry said in a statement that the programme remained “on track” and that
    /// ministers looked forward to “setting out detail shortly”`: both fragments are the
    /// ministry's (a complementizer a few words after the verb; a cue word before another word
    /// is no cue; a coordinated second fragment).
    @Test func fragmentsOfAStatementsThatClause() {
        let (transcript, quotes) = direct(#"The transport ministry said in a statement that the corridors programme remained "on track" and that ministers looked forward to "setting out further detail shortly"."#)
        #expect(quotes.map { name($0, in: transcript) } == ["The transport ministry", "The transport ministry"])
    }

    /// Titles, slogans and names given: a span opening with a capitalised article and no verb
    /// (`dans « La Traversée des ombres »`), words a banner carries (`une banderole proclamant
    /// « … »`), a name given (`un comité baptisé « … »`), are mentions; `called the book “a quiet
    /// masterpiece”` stays speech.
    @Test func titlesSlogansAndNamesGivenAreMentions() {
        let french = annotator.annotate(TestDocuments.make("Lina Osei a reçu le prix pour son rôle dans « La Maison des vents ». Des salariés ont déployé une banderole proclamant « Pas de salon sans nous ». Le maire a annoncé un comité baptisé « Bourg 2040 ».", lang: "fr"))
        #expect(french.quotations.count == 3)
        #expect(french.quotations.allSatisfy { $0.kind == .mention })
        let (transcript, quotes) = direct(#"The critic Anselm Vary called the book "a quiet masterpiece"."#)
        #expect(quotes.map { name($0, in: transcript) } == ["Anselm Vary"])
    }
}
