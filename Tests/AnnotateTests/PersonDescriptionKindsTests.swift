import Annotate
import Model
import Testing

/// Kinds of reference to people in profiles and court reports: a stated age (`Ana Roy, 45,`)
/// that a later description by age (`the 45-year-old`, `la quinquagénaire`) means, letters after
/// a name (`KC`, `MP`) that are no part of it, and a pronoun inside a reported clause, which
/// means that clause's own subject. Made-up sentences (invented names), with variants and near misses.
@Suite struct PersonDescriptionKindsTests {
    let annotator: Annotator
    init() throws { annotator = try Annotator() }

    func speakers(_ text: String, lang: String = "en") -> [String?] {
        TestDocuments.directSpeakerNames(annotator.annotate(TestDocuments.make(text, lang: lang)))
    }

    /// Kind 1: `the 52-year-old` means the person whose stated age is 52 (`Corin Vale, 52,`), not
    /// the man named last.
    @Test func ageDescriptionMeansThePersonOfThatStatedAge() {
        let text = """
        Corin Vale, 52, of Tallow Street, Brackwell, denies fraud.

        He is also accused of moving funds through a firm owned by his cousin Ansel Vale, who is not charged.

        Leaving court, the 52-year-old told waiting reporters: "I have nothing to hide."
        """
        #expect(speakers(text) == ["Corin Vale"])
    }

    /// Variant of kind 1: an age in brackets (`Marek Olsen (61)`), and a person whose stated age is
    /// another (`Tobin Reyes, aged 30,`) is never the one described, though named last.
    @Test func ageInBracketsAndContradictingAge() {
        let text = """
        Marek Olsen (61) has run the ferry for decades. His deckhand, Tobin Reyes, aged 30, joined last spring.

        "The river gives and takes," the 61-year-old said.
        """
        #expect(speakers(text) == ["Marek Olsen"])
    }

    /// Variant of kind 1 in French: an age noun's decade (`la quinquagénaire`: 50 to 59) agrees
    /// with the stated age (`Hélène Marchal, 54 ans,`), not with the woman named last (`31 ans`).
    @Test func frenchAgeNounDecadeMeansThePersonOfThatAge() {
        let text = """
        Hélène Marchal, 54 ans, tient la boulangerie du village depuis vingt ans. Sa voisine, Jeanne Duroc, 31 ans, vient d'ouvrir une librairie.

        « On ne lâchera rien », résume la quinquagénaire.
        """
        #expect(speakers(text, lang: "fr") == ["Hélène Marchal"])
    }

    /// Variant of kind 1 in French: a stated age in the French forms (`, 38 ans,`, `(38 ans)`,
    /// `, âgée de 38 ans,`) rules the person out of an age noun whose decade it is not in (`la
    /// quinquagénaire`), however the gender agrees. Near miss: `, 53 ans,` is in it.
    @Test func frenchStatedAgeOutsideTheDecadeIsNotTheOneDescribed() {
        for stated in ["Noémie Carrel, 38 ans,", "Noémie Carrel (38 ans)", "Noémie Carrel, âgée de 38 ans,"] {
            let text = "\(stated) a tout perdu dans l'incendie. « Le toit est parti en une nuit », raconte la quinquagénaire."
            #expect(speakers(text, lang: "fr") == ["la quinquagénaire"])
        }
        let fits = "Noémie Carrel, 53 ans, a tout perdu dans l'incendie. « Le toit est parti en une nuit », raconte la quinquagénaire."
        #expect(speakers(fits, lang: "fr") == ["Noémie Carrel"])
    }

    /// Variant of kind 1: when the stated ages of two people fit the description (`Susan Marr, 45,
    /// and Mr Peter Tate, 45,`; `, 54 ans, … , 57 ans,` for `la quinquagénaire`), it means neither.
    /// Near miss: a gender the description gives (`the 45-year-old actress`; `la` against a man of
    /// 57) leaves one.
    @Test func twoPeopleFittingOneAgeDescriptionMeanNeither() {
        let english = """
        Susan Marr, 45, and Mr Peter Tate, 45, both lost their homes in the flood.

        "The water came in ten minutes," the 45-year-old said.
        """
        #expect(speakers(english) == [nil])
        #expect(speakers(english.replacingOccurrences(of: "45-year-old said", with: "45-year-old actress said")) == ["Susan Marr"])
        // (`woman`, `man`, `girl`, `boy` give a gender as `actress` does.)
        #expect(speakers(english.replacingOccurrences(of: "45-year-old said", with: "45-year-old woman said")) == ["Susan Marr"])
        #expect(speakers(english.replacingOccurrences(of: "45-year-old said", with: "45-year-old man said")) == ["Peter Tate"])
        let french = """
        Noémie Carrel, 54 ans, et sa voisine Odile Brasset, 57 ans, ont tout perdu. « Le toit est parti en une nuit », raconte la quinquagénaire.
        """
        #expect(speakers(french, lang: "fr") == [nil])
        let man = french.replacingOccurrences(of: "sa voisine Odile Brasset", with: "son voisin Marc Brasset")
        #expect(speakers(man, lang: "fr") == ["Noémie Carrel"])
    }

    /// Kind 2: letters after a name (`Imogen Tarrant KC`) are no part of it: `Ms Tarrant` later is
    /// the same person, named `Imogen Tarrant`.
    @Test func postNominalLettersAreNoPartOfTheName() {
        let text = """
        Opening the case, prosecutor Imogen Tarrant KC told the jury the scheme was "a house of cards".

        "Every promise was false," Ms Tarrant said.
        """
        #expect(speakers(text) == ["Imogen Tarrant", "Imogen Tarrant"])
    }

    /// Near miss of kind 2: a title before the name (`Labour MP`) still prefixes it, and the name
    /// after it is whole.
    @Test func titleBeforeNameIsNoPostNominal() {
        let text = """
        Labour MP Oskar Brenn said: "The hospital must stay open."
        """
        #expect(speakers(text) == ["Oskar Brenn"])
    }

    /// Kind 3: a pronoun inside a reported clause (`said Halloway had sold … in which he called
    /// himself "…"`) means that clause's subject, not the sentence's.
    @Test func pronounInReportedClauseMeansTheClauseSubject() {
        let text = """
        Rufus Halloway, 47, denies fraud. Prosecutor Greta Lund said the case was simple.

        Ms Lund said Halloway had sold the shares at dinners and in videos in which he called himself "the quiet banker".
        """
        #expect(speakers(text) == ["Rufus Halloway"])
    }

    /// Near miss of kind 3: a pronoun after a coordinator opens a clause of its own, whose subject
    /// is the sentence's (`…, and she called …`).
    @Test func pronounAfterCoordinatorMeansTheSentenceSubject() {
        let text = """
        Rufus Halloway, 47, denies fraud. Prosecutor Greta Lund said the case was simple.

        Ms Lund said Halloway had lied to investors, and she called the scheme "a carousel of debts that only ever went one way".
        """
        #expect(speakers(text) == ["Greta Lund"])
    }

    /// Kind 6: quotation paragraphs with no cue (the first left open, the last closed) after a
    /// short paragraph whose main clause, past an opening subordinate clause with the narrator's
    /// `I`, has a person as its subject (`When I ask …, she is quiet …`) are that person's.
    @Test func cuelessParagraphsAfterSubordinateOpeningGoToTheMainSubject() {
        let text = """
        Marta Vellin runs the hostel on the quay. She came to the town in 2015.

        When I ask about the closures, she is quiet for a long moment.

        ‘These are people I have known for years. I know their names.

        ‘I told the council I would not choose. That is not my job.’
        """
        #expect(speakers(text) == ["Marta Vellin", "Marta Vellin"])
    }

    /// Kind: a place after an origin preposition inside an unnamed speaker's description (`one
    /// traveller, a retired nurse from Dunmore`) is where that speaker is from, no named speaker;
    /// the speaker stays the description.
    @Test func placeInUnnamedDescriptionIsNoSpeaker() {
        let text = """
        Queues formed at the quay all night.

        "We slept on the floor," said one traveller, a retired nurse from Dunmore. "Nobody came."
        """
        let names = speakers(text)
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0?.hasPrefix("one traveller") == true })
    }

    /// Variant: a full place name of two words after the origin preposition, before the verb, and
    /// the near miss that must keep its name: a name with the place it is from (`Sam Orrin from
    /// Kell Bay`) speaks.
    @Test func placeInUnnamedDescriptionBeforeTheVerbAndNameWithOrigin() {
        let text = """
        The bridge stayed shut on Sunday.

        A fisherman from Kell Bay said: "The tide came in fast."

        Sam Orrin from Kell Bay said: "We lost the nets."
        """
        #expect(speakers(text) == ["A fisherman from Kell Bay", "Sam Orrin"])
    }
}
