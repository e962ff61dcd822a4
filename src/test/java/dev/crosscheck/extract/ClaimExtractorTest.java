package dev.crosscheck.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimExtractorTest {

    @Test
    void aWeekdaysClauseVerbIsTheVerbBeforeItWithNoCommaBetween() {
        TimeMention killed = Extracting.extract("A blast killed two workers at the Ostra plant on Monday, "
                + "Governor Piet Sand said.").times().get(0);
        assertEquals("kill", killed.clauseVerb());
        assertEquals("say", killed.verb(), "the nearest verb is the attribution's");
        TimeMention said = Extracting.extract("Governor Piet Sand said, on Monday, that two workers died.")
                .times().get(0);
        assertEquals("", said.clauseVerb(), "a comma ends the clause");
    }


    @Test
    void aScrapedPagesLinesBeforeTheStoryDoNotPushTheLeadOutOfItsWindow() {
        ArticleClaims page = Extracting.extract("WXYZ 7 News Ostra\nWeather 72F\nWatch Live\nFire destroys homes\n"
                + "A fire destroyed three homes on Elm Street on Monday.\nTwo people were hurt.\nCrews stayed all night.");
        assertEquals(4, page.firstProse());
        assertTrue(page.inLead(6, 4), "headline + three story sentences, counted from the story");
        assertFalse(page.inLead(7, 4));
        // control: an article that opens with its headline keeps the plain window
        ArticleClaims plain = Extracting.extract("Fire destroys homes\nA fire destroyed three homes on Elm Street on Monday.");
        assertEquals(1, plain.firstProse());
        assertTrue(plain.inLead(3, 4));
        assertFalse(plain.inLead(4, 4));
    }


    private static ArticleClaims extract(String text) {
        return Extracting.extract(text);
    }

    private static PersonMention person(ArticleClaims c, String name) {
        return c.persons().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + c.persons()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Chinese Foreign Minister Qin Gang spoke.|Qin Gang|foreign-minister|CN",
        "US Secretary of State Antony Blinken arrived.|Antony Blinken|secretary-of-state|US",
        "He met China’s top diplomat Wang Yi on Monday.|Wang Yi|top-diplomat|CN",
        "Blinken met with the chief Chinese diplomat, Wang Yi, in Beijing.|Wang Yi|top-diplomat|CN",
        "United States Secretary of State, Anthony Blinken, will travel.|Anthony Blinken|secretary-of-state|US",
        "Talks were held with Wang Yi, China's top diplomat, on Sunday.|Wang Yi|top-diplomat|CN",
        "The remarks came from President Emmanuel Macron of France.|Emmanuel Macron|head-of-state|FR"})
    void titlesGiveOfficeAndCountry(String text, String name, String office, String country) {
        PersonMention p = person(extract(text), name);
        assertEquals(Optional.of(office), p.office());
        assertEquals(Optional.of(country), p.country());
        assertFalse(p.former());
    }

    @Test
    void gluedWordsAreCutOffNames() {
        ArticleClaims c = extract("Blinken met Wang Yi in Beijing.\nBlinken met with the chief Chinese diplomat, "
                + "Wang Yifor about three hours.\nBlinken met for about six hours with Chinese Foreign Minister "
                + "Chen GangAfterwards, the two countries said they agreed.");
        assertEquals(2, c.persons().stream().filter(p -> p.name().equals("Wang Yi")).count());
        assertEquals(Optional.of("foreign-minister"), person(c, "Chen Gang").office());
    }

    @Test
    void aFormerOrDeputyTitleIsMarked() {
        assertTrue(person(extract("Former French Foreign Minister Ana Lutz spoke."), "Ana Lutz").former());
        assertTrue(person(extract("Chinese Deputy Foreign Minister Ma Zhaoxu spoke."), "Ma Zhaoxu").former());
    }

    @Test
    void aTitleWithACountryAndNoNameIsARoleMention() {
        ArticleClaims c = extract("On Monday, the US Secretary of State met with the Chinese President.");
        List<PersonMention> roles = c.persons().stream().filter(PersonMention::roleOnly).toList();
        assertEquals(List.of("secretary-of-state", "head-of-state"), roles.stream().map(r -> r.office().get()).toList());
    }

    @Test
    void organisationsPlacesAndGroupsAreNotPeople() {
        ArticleClaims c = extract("The State Department said Fudan University and Hong Kong officials praised the "
                + "Muslim Uighur minority in the South China Sea region, Global Times reported.");
        assertTrue(c.persons().isEmpty(), c.persons().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Wang Yi and Antony Blinken held talks in the city on the first day of the annual assembly.|Wang Yi;Antony Blinken",
        "On Monday Wang Yi said that the talks were useful and that the sides would meet again.|Wang Yi",
        "Monday Night Football drew more viewers than any other programme on the network this year.|"})
    void aListedFamilyNameStartsANameAtTheStartOfASentenceOrAfterAWeekday(String text, String names) {
        List<String> expected = names == null ? List.of() : List.of(names.split(";"));
        assertEquals(expected, extract(text).persons().stream().map(PersonMention::name).toList());
    }

    @Test
    void meetingParticipantsComeFromSubjectAndObject() {
        ArticleClaims c = extract("Blinken met for about six hours with Chinese Foreign Minister Chen Gang.");
        EventMention met = c.events().get(0);
        assertEquals(List.of("Blinken", "Chen Gang"),
                met.participants().stream().map(i -> c.persons().get(i).name()).toList());
        DurationClaim d = c.durations().get(0);
        assertEquals("about six hours", d.text());
        assertEquals(new Interval(5.5 * 3600, false, 6.5 * 3600, false), d.range());
        assertEquals(0, d.event());
    }

    @Test
    void betweenCollectsBothSidesAcrossAnAppositive() {
        ArticleClaims c = extract("The meeting between Secretary of State Antony Blinken, currently in China, "
                + "and Xi Jinping has begun.");
        assertEquals(2, c.events().get(0).participants().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The approximately 30-minute meeting ended.|approximately 30-minute|1500|2100",
        "He spoke during more than three hours of conversations with Wang.|more than three hours|10800|Infinity",
        "His two-day trip ended.|two-day|172800|172800",
        "They met for nearly two hours.|nearly two hours|3600|9000",
        "Blinken and Wang met for about an hour and a half.|about an hour and a half|4500|6300",
        "They talked for two hours and a half.|two hours and a half|9000|9000",
        "Qin and Blinken had a candid conversation of nearly six hours.|nearly six hours|18000|23400",
        "The meeting, scheduled for noon, lasted three hours.|three hours|10800|10800",
        "The talks lasted five hours and 30 minutes.|five hours and 30 minutes|19800|19800",
        "The meeting lasted 1 hour 45 minutes, officials said.|1 hour 45 minutes|6300|6300",
        "The talks went on for two-and-a-half hours.|two-and-a-half hours|9000|9000",
        "They met for around two to three hours.|around two to three hours|7200|10800",
        "Qin Gang held a seven-hour meeting with Antony Blinken.|seven-hour|25200|25200",
        "Antony Blinken and Wang Yi held a 5-hour long talk.|5-hour|18000|18000",
        "Antony Blinken spent about three hours in talks with Wang Yi.|about three hours|9000|12600",
        "The discussion went on for about 7 1/2 hours.|about 7 1/2 hours|25650|28350",
        "Qin and Blinken had a 5 1/2-hour meeting.|5 1/2-hour|19800|19800",
        "Qin and Blinken had a 5½-hour meeting.|5½-hour|19800|19800",
        "The meeting took about three hours.|about three hours|9000|12600",
        "Their talks, which ran more than five hours, covered trade.|more than five hours|18000|Infinity"})
    void durationsTiedToEventWordsBecomeIntervals(String text, String value, double lo, double hi) {
        DurationClaim d = extract(text).durations().get(0);
        assertEquals(value, d.text());
        assertEquals(lo, d.range().lo());
        assertEquals(hi, d.range().hi());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The meeting was announced just an hour before it was due to take place.",
        "It was the first visit by a US official in 5 years.",
        "The first meeting in nearly five years was held.",
        "Confirmed at the last minute, the meeting has begun.",
        "He slept for eight hours.",
        "The meeting was scheduled for one hour.",
        "The talks were expected to last two hours.",
        "The originally planned 30-minute meeting was cancelled.",
        "The meeting took place on Monday, three hours before the vote.",
        "The talks ran into trouble after 3/4 of the agenda."})
    void leadTimesTimeFramesAndUnattachedFiguresAreNotDurations(String text) {
        assertEquals(List.of(), extract(text).durations());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Jets attacked the camp at 3:20 p.m. on Thursday.|3:20 p.m|920|false",
        "Jets attacked the camp at 2:53 p. m. local time today.|2:53 p. m|893|false",
        "The suspect entered the office about 10 a. m. and opened fire.|10 a. m|600|true",
        "Shells hit the school at 3.45pm on Tuesday.|3.45pm|945|false"})
    void clockTimesAreReadWithTheirSuffixHoweverItIsWritten(String text, String written, int minutes,
                                                            boolean hedged) {
        List<TimeMention> clocks = extract(text).times().stream()
                .filter(t -> t.kind() == TimeMention.Kind.CLOCK).toList();
        assertEquals(1, clocks.size(), () -> clocks.toString());
        assertEquals(written, clocks.get(0).anchor().text());
        assertEquals(minutes, clocks.get(0).value());
        assertEquals(hedged, clocks.get(0).hedged());
    }

    @Test
    void aLetterAndAPeriodAfterAFigureAreNoClockSuffixUnlessTheySpellOne() {
        assertEquals(List.of(), extract("Room 3 b. c. is closed.").times());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "During a 40-minute meeting, the two discussed Taiwan.|true",
        "The meeting with Xi lasted 35 minutes.|true",
        "A 40-minute meeting on trade is planned.|false",
        "A meeting with Xi is planned.|false"})
    void anEventNounRefersBackWhenAPluralReferenceOrADefiniteOneSidedNameTiesItToTheStory(String text,
                                                                                          boolean anaphoric) {
        assertEquals(anaphoric, extract(text).events().get(0).anaphoric());
    }

    @Test
    void anOpeningPhraseEventTakesTheMainClausesSubjectAndObject() {
        ArticleClaims c = extract("In a phone call lasting an hour, Blinken told Wang that the visit would go ahead.");
        EventMention call = c.events().get(0);
        assertEquals("call", call.kind());
        assertEquals(List.of("Blinken", "Wang"),
                call.participants().stream().map(i -> c.persons().get(i).name()).toList());
        DurationClaim d = c.durations().get(0);
        assertEquals("an hour", d.text());
        assertEquals(0, d.event());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a relative clause inside the opening phrase
        "In a meeting that ran for nearly two hours, Wang Yi told Antony Blinken that ties must improve.|meeting|nearly two hours",
        // the main clause reports speech: the other person is named inside it
        "After a 45-minute meeting on Friday, Antony Blinken said he had told Sergei Lavrov to pull back.|meeting|45-minute",
        // a second event word of the sentence is the event its verb names
        "Sergei Lavrov was received by Antony Blinken at a hotel for talks that lasted one and a half hours.|talks|one and a half hours",
        // "hour-long"
        "Xi Jinping received Antony Blinken for an hour-long meeting in the Great Hall.|meeting|an hour"})
    void aDurationReachesTheTwoPeopleOfItsMeetingAcrossClauses(String text, String word, String duration) {
        ArticleClaims c = extract(text);
        EventMention event = c.events().stream().filter(e -> e.anchor().text().equals(word)).findFirst().orElseThrow();
        assertEquals(2, event.participants().size(), () -> "participants of " + word + ": " + event.participants());
        DurationClaim d = c.durations().get(0);
        assertEquals(duration, d.text());
        assertEquals(c.events().indexOf(event), d.event());
    }

    @Test
    void aHedgedHalfHourIsAnIntervalAroundThirtyMinutes() {
        DurationClaim d = extract("Xi Jinping received Antony Blinken for approximately half an hour.").durations().get(0);
        assertEquals("approximately half an hour", d.text());
        assertTrue(d.range().lo() < 1800 && d.range().hi() > 1800, () -> d.range().toString());
        // control: without the hedge it is exactly 30 minutes
        DurationClaim exact = extract("Xi Jinping received Antony Blinken for half an hour.").durations().get(0);
        assertEquals(new Interval(1800, false, 1800, false), exact.range());
    }

    @Test
    void aSentenceFullOfNamesIsNoTitleCaseHeadline() {
        List<String> names = extract("Antony Blinken met Chinese President Xi Jinping on Monday in Beijing.").persons()
                .stream().map(PersonMention::name).toList();
        assertTrue(names.contains("Antony Blinken"), names::toString);
        // control: a Title Case headline names no one
        assertEquals(List.of(), extract("Earthquake Levels Seven Villages In Iran").persons());
    }

    @Test
    void aNameAfterAPrepositionIsNoSubject() {
        ArticleClaims c = extract("Antony Blinken arrived in Beijing on Sunday for a two-day visit and met Wang Yi on Monday.");
        EventMention met = c.events().stream().filter(e -> e.anchor().text().equals("met")).findFirst().orElseThrow();
        assertEquals(List.of("Antony Blinken", "Wang Yi"),
                met.participants().stream().map(i -> c.persons().get(i).name()).toList());
    }

    @Test
    void aParticipleBeforeANameDoesNotEndTheObject() {
        ArticleClaims c = extract("Wang Yi met with visiting U.S. Secretary of State Antony Blinken in Beijing.");
        assertEquals(2, c.events().get(0).participants().size());
        // control: a verb that is not before a name still ends the object
        ArticleClaims verb = extract("Wang Yi met with reporters before visiting Antony Blinken in Beijing.");
        assertTrue(verb.events().get(0).participants().size() < 2, () -> verb.events().toString());
    }

    @Test
    void anOpeningPhraseMeetingStaysUnattachedWhenTheReportedClauseNamesTwoMorePeople() {
        ArticleClaims c = extract("After a 45-minute meeting on Friday, Antony Blinken said he had told Sergei Lavrov and Wang Yi to pull back.");
        assertTrue(c.events().get(0).participants().isEmpty());
        // control: with two people named, the meeting is theirs
        ArticleClaims two = extract("After a 45-minute meeting on Friday, Antony Blinken said he had told Sergei Lavrov to pull back.");
        assertEquals(2, two.events().get(0).participants().size());
    }

    @Test
    void aVerbThatSharesAnEventNounsLemmaIsNotThatEvent() {
        assertTrue(extract("Blinken called for calm in the region.").events().isEmpty());
        // control: the noun is the event
        assertEquals("call", extract("Blinken's call with Wang ended.").events().get(0).kind());
    }

    @Test
    void aDayWithoutAYearTakesTheYearThatPutsItNearestTheDateline() {
        ArticleClaims c = extract("Wed. Jan 3rd, 2024\n\nAna Lutz met with Ivo Rask on Dec. 30 in Ostra.");
        assertEquals("2023-12-30", c.events().get(0).date().orElseThrow().range().normalized());
        ArticleClaims undated = extract("Ana Lutz met with Ivo Rask on Tuesday, September 18 in Ostra.");
        assertEquals("--09-18 (Tuesday)", undated.events().get(0).date().orElseThrow().range().normalized());
    }

    @Test
    void weekdaysResolveAgainstTheDateline() {
        ArticleClaims c = extract("Fri. Sep 22nd, 2023\n\nOn Monday, Ana Lutz met with Ivo Rask.");
        assertEquals("2023-09-18", c.events().get(0).date().orElseThrow().range().normalized());
        ArticleClaims undated = extract("On Monday, Ana Lutz met with Ivo Rask.");
        assertEquals("Monday", undated.events().get(0).date().orElseThrow().range().normalized());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Envoy Ana Lutz, who arrived in Ostra on Sunday, met Ivo Rask on Monday.|on Monday",
        "Envoy Ana Lutz met Ivo Rask on Sunday, then flew home on Monday.|on Sunday"})
    void aDateInACommaClauseOfItsOwnIsAnotherHappenings(String text, String date) {
        assertEquals(date, extract(text).events().get(0).date().orElseThrow().text());
    }
}
