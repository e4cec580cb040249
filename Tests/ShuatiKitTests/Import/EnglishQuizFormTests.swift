import XCTest
@testable import ShuatiKit

/// Forms of English quiz pages: item-bank exports, answer-key pages, quiz result pages.
final class EnglishQuizFormTests: XCTestCase {
    // MARK: unlettered options marked `##`

    func testUnletteredOptionsMarkedAtEitherEnd() {
        let result = importText("""
        Which planet is closest to the sun?
        \tVenus
        \tMercury ##
        \tMars

        Which two of these are mammals? (Choose two.)
        \t## whale
        \tshark
        \t## bat
        \ttrout

        """)
        XCTAssertEqual(result.items.count, 2)
        let first = result.item(containing: "closest")
        XCTAssertEqual(first?.type, .singleChoice)
        XCTAssertEqual(first?.options?.map(\.text), ["Venus", "Mercury", "Mars"])
        XCTAssertEqual(first?.answer, .choices(["B"]))
        let second = result.item(containing: "mammals")
        XCTAssertEqual(second?.type, .multipleChoice)
        XCTAssertEqual(second?.options?.map(\.letter), ["A", "B", "C", "D"])
        XCTAssertEqual(second?.options?.first?.text, "whale")
        XCTAssertEqual(second?.answer, .choices(["A", "C"]))
    }

    func testNumberedQuestionWithMarkedOptions() {
        let item = importText("1. Which gas do plants take in?\n## carbon dioxide\noxygen\nnitrogen\n").single
        XCTAssertEqual(item?.stem, "Which gas do plants take in?")
        XCTAssertEqual(item?.answer, .choices(["A"]))
    }

    func testHashInsideAWordIsNoMark() {
        // `C#` / `F##` are names, and a list with every line marked (or none) marks nothing.
        let result = importText("Which languages run on .NET?\nC##\nF##\nJava\n")
        XCTAssertNil(result.items.first?.options)
        let all = importText("Which of these are fruits?\n## apple\n## pear\n")
        XCTAssertNotEqual(all.items.first?.answer, .choices(["A", "B"]))
    }

    // MARK: unnumbered `Q.` questions, inline `Answer:`

    func testBareQDotStartsAQuestionWithItsAnswerInline() {
        let result = importText("Q. Which organ pumps blood? Answer: Heart\nQ. Which organ filters blood? Answer: Kidney\n")
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.first?.stem, "Which organ pumps blood?")
        XCTAssertEqual(result.items.first?.answer, .text("Heart"))
        XCTAssertEqual(result.items.last?.answer, .text("Kidney"))
    }

    func testBareQDotWithTheAnswerOnTheNextLine() {
        let result = importText("Q. Which organ pumps blood?\nAnswer: Heart\nQ. Which organ filters blood?\nAnswer: Kidney\n")
        XCTAssertEqual(result.items.map(\.answer), [.text("Heart"), .text("Kidney")])
    }

    func testInlineAnswerLabelAfterANumberedQuestionIsNotPartOfTheAnswer() {
        let item = importText("1. What is the largest ocean? Answer: Pacific\n").single
        XCTAssertEqual(item?.stem, "What is the largest ocean?")
        XCTAssertEqual(item?.answer, .text("Pacific"))
    }

    func testQDotOverNumberedItemsIsAnInstruction() {
        // The `Q.` line introduces the numbered statements; it is not a question of its own.
        let result = importText("Q. Say whether each statement is true or false\n1. Fish breathe through gills.\nTrue\n2. Bats are birds.\nFalse\n")
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.first?.answer, .trueFalse(true))
    }

    // MARK: a true/false word with a comment after it

    func testTrueFalseWordOpeningACommentLine() {
        let result = importText("""
        1. Every square is a rectangle.
        TRUE, because its angles are all right angles.

        2. A whale is a "fish" in biology.
        FALSE "Whales breathe air and feed their young milk."

        3. Spiders have six legs.
        False - they have eight.
        """)
        XCTAssertEqual(result.items.map(\.type), [.trueFalse, .trueFalse, .trueFalse])
        XCTAssertEqual(result.items.map(\.answer), [.trueFalse(true), .trueFalse(false), .trueFalse(false)])
        XCTAssertEqual(result.items[1].stem, "A whale is a \"fish\" in biology.")
        XCTAssertEqual(result.items[0].explanation, "because its angles are all right angles.")
    }

    func testCapitalisedTrueOpeningASentenceIsNoKey() {
        // `True` followed by a word is the start of a sentence (the stem's second line), not a key.
        let item = importText("1. Explain why the following saying holds.\nTrue friends are rare\n").single
        XCTAssertNotEqual(item?.type, .trueFalse)
    }

    func testQuoteOpeningAStemIsKeptWithItsPartner() {
        let item = importText("1. \"Its\" and \"it's\" mean the same thing.\nAnswer: False\n").single
        XCTAssertEqual(item?.stem, "\"Its\" and \"it's\" mean the same thing.")
        // A stem quoted as a whole still loses its quotes.
        XCTAssertEqual(importText("1. \"Its and it's mean the same thing.\"\nAnswer: False\n").single?.stem,
                       "Its and it's mean the same thing.")
    }

    // MARK: bold labels with the colon outside (`**Answer**: False`)

    func testBoldLabelsReadAsPlainText() {
        let result = importText("""
        1. **Statement**: Penguins can fly long distances.
        **Answer**: False
        **Explanation**: Penguins are flightless birds.
        2. **Statement**: Water boils at 100 degrees Celsius at sea level.
        **Answer:** True
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.first?.stem, "Penguins can fly long distances.")
        XCTAssertEqual(result.items.first?.answer, .trueFalse(false))
        XCTAssertEqual(result.items.first?.explanation, "Penguins are flightless birds.")
        XCTAssertEqual(result.items.last?.answer, .trueFalse(true))
    }

    func testBoldWordThatIsNoLabelStaysText() {
        // `**Note**:` is on no label list, and `Statements about…` is no `Statement:` label.
        let item = importText("1. Statements about cells: which is right?\n**Note**: B\n").items.first
        XCTAssertEqual(item?.stem.hasPrefix("Statements about cells"), true)
        XCTAssertNotEqual(item?.answer, .choices(["B"]))
    }

    // MARK: `Q 1 - …` numbering, `A - …` options, `Answer : D`

    func testSpacedQLabelWithDashOptions() {
        let result = importText("""
        Q 1 - Which metal is liquid at room temperature?

        A - Iron

        B - Mercury

        C - Copper

        Answer : B


        Q 2 - Which gas makes up most of the air?

        A - Oxygen

        B - Nitrogen

        Answer : B
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.first?.stem, "Which metal is liquid at room temperature?")
        XCTAssertEqual(result.items.first?.options?.map(\.text), ["Iron", "Mercury", "Copper"])
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .choices(["B"])])
        XCTAssertEqual(importText("Q 3. Which gas do plants give off?\nA. Oxygen\nB. Helium\nAnswer: A\n").single?.stem,
                       "Which gas do plants give off?")
    }

    func testQWithANumberThatIsNoLabel() {
        // `Q1-2` is a range and `Q 3 results` a quarter: neither starts a question.
        let recognizer = MarkerRecognizer(s: Array("Q1-2 sales rose.\nQ 3 results were flat.\n".unicodeScalars))
        XCTAssertNil(recognizer.spacedQLabel(at: 0))
        XCTAssertNil(recognizer.spacedQLabel(at: 17))
        XCTAssertNotNil(MarkerRecognizer(s: Array("Q 3 - Which is it?".unicodeScalars)).spacedQLabel(at: 0))
    }

    // MARK: `Ans (c)` with no colon; options in columns on the stem's line

    func testAnsWithABracketedLetterAndNoColon() {
        let result = importText("""
        1.Which river is the longest ?
          (a) Nile            (b) Thames
          (c) Danube          (d) Seine

        Ans (a)The Nile runs through eleven countries.

        2.Which is a primary colour?
          (a) Green           (b) Red
          (c) Purple          (d) Orange

        Ans (b)
        """)
        XCTAssertEqual(result.items.map(\.answer), [.choices(["A"]), .choices(["B"])])
    }

    func testAnswerWithoutColonBeforeTextIsNoKey() {
        // `Answer the questions below` is an instruction: only a bracketed letter makes `Ans`/`Answer` a key label.
        let recognizer = MarkerRecognizer(s: Array("Answer the questions below (a) to (d).\n".unicodeScalars))
        XCTAssertNil(recognizer.bracketedKeyAfterAns(at: 0))
        XCTAssertNotNil(MarkerRecognizer(s: Array("Ans (d)\n".unicodeScalars)).bracketedKeyAfterAns(at: 0))
    }

    func testOptionsInColumnsOnTheStemLine() {
        let item = importText("1. How many legs has a spider (a) 6            (b) 8\n(c) 10            (d) 12\nAns (b)\n").single
        XCTAssertEqual(item?.stem, "How many legs has a spider")
        XCTAssertEqual(item?.options?.map(\.text), ["6", "8", "10", "12"])
        XCTAssertEqual(item?.answer, .choices(["B"]))
    }

    func testBracketedLettersInsideASentenceAreNoOptions() {
        // `(a)` and `(b)` in running text, with no wide gap between them, stay in the stem.
        let item = importText("1. Compare (a) mitosis and (b) meiosis in two sentences.\nAnswer: Mitosis makes two cells.\n").single
        XCTAssertNil(item?.options)
        XCTAssertEqual(item?.stem.contains("(b) meiosis"), true)
    }

    // MARK: a key label alone on its line over the only option printed

    func testCorrectAnswerLabelLineOverTheOnlyOptionShown() {
        let result = importText("""
        1.
        In which year did the first moon landing take place?
        Correct Answer
        B. 1969
        Explanation
        Apollo 11 landed in July of that year.
        2.
        The largest desert on Earth is ______
        Correct Answer
        D. Antarctica
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.first?.answer, .choices(["B"]))
        XCTAssertEqual(result.items.first?.options?.map(\.text), ["1969"])
        XCTAssertEqual(result.items.first?.explanation, "Apollo 11 landed in July of that year.")
        XCTAssertEqual(result.items.last?.type, .singleChoice)
        XCTAssertEqual(result.items.last?.answer, .choices(["D"]))
    }

    func testLabelLineOverASentenceIsNoKey() {
        // The line after the label must be an option: `A cat…` is the answer's own sentence.
        let recognizer = MarkerRecognizer(s: Array("Answer\nA cat has four legs.\n".unicodeScalars))
        XCTAssertNil(recognizer.labelLineOverOption(at: 0))
        XCTAssertNotNil(MarkerRecognizer(s: Array("Answer\nA. four\n".unicodeScalars)).labelLineOverOption(at: 0))
    }

    // MARK: options numbered like a list, the key naming one by its number

    func testNumberedOptionsUnderAQuestionHeadingKeyedByOptionNumber() {
        let item = importText("""
        Botany Question 4:

        A gardener wants the hedge to grow thicker. The best thing to do is:

          1. Water it at night
          2. Trim the tips often
          3. Paint the stems
          4. Move it indoors

        Answer (see the notes below)

        Option 2 : Trim the tips often

        Why: cutting the tips makes side shoots grow.
        Correct Answer: Trim the tips often
        """).single
        XCTAssertEqual(item?.type, .singleChoice)
        XCTAssertEqual(item?.stem, "A gardener wants the hedge to grow thicker. The best thing to do is:")
        XCTAssertEqual(item?.options?.map(\.text), ["Water it at night", "Trim the tips often", "Paint the stems", "Move it indoors"])
        XCTAssertEqual(item?.answer, .choices(["B"]))
    }

    func testNumberedQuestionsWithParenNumberedOptionsAndANumericKey() {
        let result = importText("""
        1. Which metal is liquid at room temperature?
        1) Iron
        2) Mercury
        3) Tin
        Answer: 2
        2. Which colour do you get from blue and yellow?
        1) Green
        2) Purple
        3) Orange
        Answer: 1
        """)
        XCTAssertEqual(result.items.count, 2)
        XCTAssertEqual(result.items.map(\.answer), [.choices(["B"]), .choices(["A"])])
        XCTAssertEqual(result.items.first?.options?.map(\.text), ["Iron", "Mercury", "Tin"])
    }

    func testNumberedAnswerPointsAndNumberedQuestionsStayAsTheyAre() {
        // Without a key naming one line by its number, a numbered run under a question is a list.
        let points = importText("""
        1. Name the stages of the water cycle:
        Answer:
        1. Evaporation
        2. Condensation
        3. Precipitation
        2. What drives the water cycle?
        Answer: The sun
        """)
        XCTAssertEqual(points.items.count, 2)
        XCTAssertNil(points.items.first?.options)
        let questions = importText("Answer the questions below:\n1. What is 2 + 2?\n2. What is 3 + 3?\nAnswer: 2\n")
        XCTAssertNil(questions.items.first { $0.options != nil })
        // `Answer: 2 rivers` is a written answer, not option 2.
        let written = importText("How many rivers cross the town?\n1. The Ouse\n2. The Foss\nAnswer: 2 rivers\n")
        XCTAssertNil(written.items.first { $0.options != nil })
    }
}
