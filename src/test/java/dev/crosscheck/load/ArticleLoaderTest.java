package dev.crosscheck.load;

import dev.crosscheck.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleLoaderTest {

    private final ArticleLoader loader = new ArticleLoader(TestPipeline.rules().lexicon());

    private String segmentsText(Article a) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : a.segments()) {
            sb.append(a.text(), s.start(), s.end()).append(s.caption() ? " [caption]" : "").append('\n');
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fri. Sep 22nd, 2023|2023-09-22",
        "20.03.2023|2023-03-20",
        "2023-06-19|2023-06-19",
        "June 19, 2023|2023-06-19",
        "19 June 2023|2023-06-19",
        "Monday, Nov. 14, 2022|2022-11-14"})
    void aFirstLineThatIsOnlyADateIsTheDateline(String line, String date) {
        Article a = loader.parse("x.txt", "\n" + line + "\n\nBody text here.");
        assertEquals(LocalDate.parse(date), a.dateline().orElseThrow().date());
        assertEquals(2, a.dateline().get().line());
        assertFalse(segmentsText(a).contains(line), "the dateline is not story text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Updated: July 7, 2012, 10:04 PM ET|2012-07-07",
        "Tue Jul 2, 2013 1:28PM GMT|2013-07-02",
        "21 July 2013 Last updated at 11:11 GMT|2013-07-21",
        "December 23, 2012 6:11 PM|2012-12-23"})
    void aPageHeaderDateAfterTheHeadlineIsTheDateline(String line, String date) {
        Article a = loader.parse("x.txt", "Klitschko retains belts\n" + line + "\nKlitschko stopped Thompson.");
        assertEquals(LocalDate.parse(date), a.dateline().orElseThrow().date());
        assertEquals(2, a.dateline().get().line());
    }

    @Test
    void aDateLineAfterTheHeadlineAndItsSubheadingsIsTheDateline() {
        Article a = loader.parse("x.txt", "Earthquake levels villages on Ostra\nTen people are killed.\n"
                + "The magnitude was 6.1.\nNovember 28, 2005\nTen people were killed on Sunday.");
        assertEquals(LocalDate.of(2005, 11, 28), a.dateline().orElseThrow().date());
        assertEquals(4, a.dateline().get().line());
        // control: a date line deep in the story text is no dateline
        Article deep = loader.parse("x.txt",
                "Quake hits Ostra\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nNine.\nNovember 28, 2005\n");
        assertTrue(deep.dateline().isEmpty());
    }

    @Test
    void aScrapedPagesDatelineAfterItsNavigationLinesIsTheDateline() {
        Article a = loader.parse("x.txt", "Skip to main content\nMenu\nSearch\nHome | News | Sports\n"
                + "Fire destroys three homes\nBy Jane Doe, Staff Writer\n"
                + "Published 6:15 p.m. ET June 3, 2024 | Updated 8:02 p.m. ET June 3, 2024\nA fire destroyed three homes.");
        assertEquals(LocalDate.of(2024, 6, 3), a.dateline().orElseThrow().date());
        assertEquals(7, a.dateline().get().line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "By Staff Writer | March 4, 2025 at 9:00 a.m.;2025-03-04",
        "ANKARA, 3 March 2025 / TRT;2025-03-03",
        "Kabul, October 8, 2023;2023-10-08",
        "Jane Doe • Reporter • Oct. 8, 2023 • 3 min read;2023-10-08"})
    void aHeaderFieldThatIsOnlyADateDatesThePage(String line, String date) {
        Article a = loader.parse("x.txt", "Quake hits Herat\n" + line + "\nThe quake struck on Saturday.");
        assertEquals(LocalDate.parse(date), a.dateline().orElseThrow().date());
        assertEquals(2, a.dateline().get().line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Blinken meets Xi | June 19, 2023 talks",
        "Talks in Ankara - Fidan says March 4, 2025 is the deadline",
        "Reid checked herself in on Tuesday, December 9, 2008."})
    void aFieldWithOtherWordsBesideItsDateIsNoDateline(String line) {
        assertTrue(loader.parse("x.txt", "Quake hits Herat\n" + line + "\nThe quake struck on Saturday.").dateline()
                .isEmpty());
    }

    @Test
    void aStorySentenceOrHeadlineWithADateIsNoDatelineOnTheSecondLineEither() {
        assertTrue(loader.parse("x.txt", "Quake hits Iran\nBlinken meets Xi on June 19, 2023\n\nBody.").dateline()
                .isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BEIJING, June 19 (Reuters) - Blinken met Xi on Monday.|--06-19|BEIJING, June 19 (Reuters)|3",
        "Mumbai, Nov 11 - The navy foiled an attack.|--11-11|Mumbai, Nov 11|3",
        "NEW DELHI/MUMBAI, Nov. 11 (PTI) -- The navy foiled an attack.|--11-11|NEW DELHI/MUMBAI, Nov. 11 (PTI)|3",
        "PORTLAND, Ore., Dec. 3 (AP) — The bridge closed.|--12-03|PORTLAND, Ore., Dec. 3 (AP)|3"})
    void aWireDatelineWithoutAYearIsKeptForTheRunToDate(String lead, String day, String text, int line) {
        Article a = loader.parse("x.txt", "Navy foils attack\n\n" + lead);
        assertTrue(a.dateline().isEmpty());
        assertEquals(day, a.wire().orElseThrow().day().toString());
        assertEquals(text, a.wire().orElseThrow().text());
        assertEquals(line, a.wire().orElseThrow().line());
        assertEquals(LocalDate.of(2011, Integer.parseInt(day.substring(2, 4)), Integer.parseInt(day.substring(5))),
                a.withWireDate(LocalDate.of(2011, Integer.parseInt(day.substring(2, 4)),
                        Integer.parseInt(day.substring(5)))).dateline().orElseThrow().date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "On June 19, Blinken met Xi in Beijing - a first.",
        "Blinken met Xi on June 19 - a first.",
        "BEIJING, June 19 (Reuters) is a headline without a dash"})
    void aDayInASentenceIsNoWireDateline(String lead) {
        assertTrue(loader.parse("x.txt", "Navy foils attack\n\n" + lead).wire().isEmpty());
    }

    @Test
    void anArticleWithAFullDatelineHasNoWireDatelineToComplete() {
        Article a = loader.parse("x.txt", "June 19, 2023\n\nBEIJING, June 19 (Reuters) - Blinken met Xi.");
        assertEquals(LocalDate.of(2023, 6, 19), a.dateline().orElseThrow().date());
        assertTrue(a.wire().isEmpty());
    }

    @Test
    void aHeadlineIsNotADateline() {
        assertTrue(loader.parse("x.txt", "Blinken meets Xi on June 19, 2023\n\nBody.").dateline().isEmpty());
    }

    @Test
    void byteOrderMarkAndCrlfAreToleratedAndLinesKept() {
        Article a = loader.parse("x.txt", "\uFEFFFirst line.\r\n\r\nThird line.");
        assertEquals(List.of(1, 3), a.segments().stream().map(s -> a.lines().lineOf(s.start())).toList());
    }

    @Test
    void invalidUtf8NamesTheFileAndTheOffendingByte(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("bad.txt");
        Files.write(f, "ok \u00e9".getBytes(StandardCharsets.ISO_8859_1));
        InputException e = assertThrows(InputException.class, () -> loader.load(f, "in/bad.txt"));
        assertEquals("in/bad.txt: not valid UTF-8 text (byte 0xE9 at offset 3); save it as UTF-8", e.getMessage());
    }

    @Test
    void aNulByteMakesAFileBinaryWhateverItsNameAndItIsSkippedNotFailed(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("photo.txt");
        Files.write(f, new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 'x'});
        InputException e = assertThrows(InputException.class, () -> loader.load(f, "in/photo.txt"));
        assertTrue(e.isNotText());
        assertEquals("in/photo.txt: skipped: binary content (NUL byte at offset 6), not article text", e.getMessage());
    }

    @Test
    void invalidUtf8IsBrokenTextNotABinaryFile(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("cp1252.txt");
        Files.write(f, "\u201cQuoted\u201d".getBytes("windows-1252"));
        InputException e = assertThrows(InputException.class, () -> loader.load(f, "cp1252.txt"));
        assertFalse(e.isNotText());
        assertEquals("not valid UTF-8 text (byte 0x93 at offset 0); save it as UTF-8", e.reason());
    }

    @Test
    void aUtf8ByteOrderMarkInAFileIsIgnored(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("bom.txt");
        Files.write(f, ("\uFEFF20.03.2023\n\nBody text.").getBytes(StandardCharsets.UTF_8));
        Article a = loader.load(f, "bom.txt");
        assertEquals(LocalDate.of(2023, 3, 20), a.dateline().orElseThrow().date());
        assertFalse(a.text().contains("\uFEFF"));
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE, FF, FE", "UTF-16BE, FE, FF"})
    void utf16WithAByteOrderMarkIsDecoded(String charset, String b0, String b1, @TempDir Path tmp)
            throws IOException {
        Path f = tmp.resolve("utf16.txt");
        byte[] body = "20.03.2023\n\nMayor Ivo Ra\u0161k spoke.".getBytes(charset);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) Integer.parseInt(b0, 16);
        bytes[1] = (byte) Integer.parseInt(b1, 16);
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(f, bytes);
        Article a = loader.load(f, "utf16.txt");
        assertEquals(LocalDate.of(2023, 3, 20), a.dateline().orElseThrow().date());
        assertTrue(a.text().endsWith("Mayor Ivo Ra\u0161k spoke."), a.text());
    }

    @Test
    void truncatedUtf8AtTheEndNamesTheOffset(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("cut.txt");
        Files.write(f, new byte[] {'o', 'k', ' ', (byte) 0xE2, (byte) 0x80});
        InputException e = assertThrows(InputException.class, () -> loader.load(f, "cut.txt"));
        assertEquals("not valid UTF-8 text (byte 0xE2 at offset 3); save it as UTF-8", e.reason());
    }

    @Test
    void photoCreditsAreCutAndTheLineMarkedAsCaption() {
        Article a = loader.parse("x.txt", "Blinken met Wang Yi. (Photo: Reuters/Lea Melis)\n"
                + "Xi and Blinken in Beijing – Photo: Xinhua/Wang Ye\nPlain body line.");
        String text = segmentsText(a);
        assertTrue(text.contains("Blinken met Wang Yi. [caption]"), text);
        assertTrue(text.contains("Xi and Blinken in Beijing [caption]"), text);
        assertFalse(text.contains("Wang Ye") || text.contains("Reuters"), text);
        assertTrue(text.contains("Plain body line.\n"), text);
    }

    @Test
    void aScrapedPagesImageSourceAndCaptionLabelsAreFurnitureAndTheCaptionACaption() {
        Article a = loader.parse("x.txt", "Body one.\nImage source, Getty Images\n"
                + "Image caption, Rescuers search the rubble in Herat\nBody two.\n"
                + "Image sources close to the ministry said 12 died.");
        String text = segmentsText(a);
        // control: a story sentence that starts with the same words stays, and is no caption
        assertEquals("Body one.\nRescuers search the rubble in Herat [caption]\nBody two.\n"
                + "Image sources close to the ministry said 12 died.\n", text);
    }

    @Test
    void promotionsAndTeasersForOtherStoriesAreFurniture() {
        Article a = loader.parse("x.txt", "Body one.\nSponsored: 5 stocks to buy now\nWatch: 12 killed in highway pileup\n"
                + "Recommended Videos\nClick to expand\nGet the latest news delivered to your inbox\n"
                + "Watch the video below, he said.\nBody two.");
        // control: a story sentence that starts with one of the words stays
        assertEquals("Body one.\nWatch the video below, he said.\nBody two.\n", segmentsText(a));
    }

    @Test
    void linkListsBiosFormsAndPromptsAreNotStoryText() {
        String article = String.join("\n", "Body one.", "", "See also  Some other story about 8 cities", "",
                "Body two.", "", "Read on:", "", "Ukraine announced 8 cities", "Turkish police: 8 activists", "",
                "Freddie Dawson", "", "\"Beer specialist. Bacon ninja. Gamer. Creator.\"", "",
                "Join our WhatsApp group, click on this link", "By admin", "Leave a Reply", "",
                "Your email address will not be published.", "Back to top");
        String text = segmentsText(loader.parse("x.txt", article));
        assertEquals("Body one.\nBody two.\n", text);
    }

    @Test
    void aReadOnHeadingMidArticleOnlyRemovesItsOwnBlock() {
        String text = segmentsText(loader.parse("x.txt", "Intro.\nRead more:\nLink one\nLink two\n\nStory goes on."));
        assertEquals("Intro.\nStory goes on.\n", text);
    }

    @Test
    void aScrapedLocalPagesChromeHeadlineListsAndFooterAreNotStoryText() {
        String article = String.join("\n", "Skip to main content", "Menu", "Home | News | Sports | Weather",
                "Fire destroys three homes", "Share on Facebook", "Email",
                "A fire destroyed three homes on Elm Street on Monday.", "Advertisement",
                "Two firefighters were treated for heat exhaustion.", "Tags: fire, Millbrook",
                "Most Popular", "5 killed in house fire in Dover", "Police: man, 34, arrested after chase", "",
                "Nobody was hurt, Chief Tom Reyes said.",
                "© 2024 Millbrook Gazette. All rights reserved.", "Privacy Policy", "Terms of Use");
        String text = segmentsText(loader.parse("x.txt", article));
        assertEquals("Fire destroys three homes\nA fire destroyed three homes on Elm Street on Monday.\n"
                + "Two firefighters were treated for heat exhaustion.\nNobody was hurt, Chief Tom Reyes said.\n", text);
    }

    @Test
    void storyLinesThatStartLikeChromeStay() {
        // controls: the same words inside sentences, a list with a verb, a year in a sentence
        String article = String.join("\n", "Search teams found 12 survivors on Monday.",
                "Share prices fell after the quake.", "Most residents of Dover were evacuated.",
                "In 2024 the town rebuilt its school.", "Rescuers, police and volunteers worked through the night.");
        String text = segmentsText(loader.parse("x.txt", article));
        assertEquals(article + "\n", text);
    }
}
