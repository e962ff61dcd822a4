package dev.crosscheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic benchmark corpus: N articles in clusters of 3–8 about one invented event each
 * (a foreign minister's visit after deadly floods), with invented people, places, titles,
 * durations, datelines, quotes, tolls and page furniture, and a known set of planted
 * discrepancies written to {@code truth.tsv}.
 *
 * <p>Usage: {@code CorpusGenerator N OUTDIR [SEED]}. Writes {@code OUTDIR/articles/*.txt} and
 * {@code OUTDIR/truth.tsv} ({@code file, cluster, planted rule or "-", what was planted}).
 *
 * <p>Clusters are kept apart the way real, unrelated news is: every cluster has its own people
 * and towns (invented words that are never spelling variants of each other), and clusters that
 * share a country's office are months apart, so the only discrepancies inside the corpus are
 * the planted ones.
 */
public final class CorpusGenerator {

    /** Countries of the built-in lexicon: adjective and name. */
    private static final String[][] COUNTRIES = {
        {"French", "France"}, {"German", "Germany"}, {"Italian", "Italy"}, {"Spanish", "Spain"},
        {"Portuguese", "Portugal"}, {"Dutch", "Netherlands"}, {"Belgian", "Belgium"}, {"Austrian", "Austria"},
        {"Polish", "Poland"}, {"Hungarian", "Hungary"}, {"Czech", "Czechia"}, {"Romanian", "Romania"},
        {"Greek", "Greece"}, {"Swedish", "Sweden"}, {"Norwegian", "Norway"}, {"Danish", "Denmark"},
        {"Finnish", "Finland"}, {"Irish", "Ireland"}, {"Japanese", "Japan"}, {"Indian", "India"},
        {"Brazilian", "Brazil"}, {"Mexican", "Mexico"}, {"Canadian", "Canada"}, {"Chilean", "Chile"},
        {"Kenyan", "Kenya"}, {"Nigerian", "Nigeria"}, {"Egyptian", "Egypt"}, {"Moroccan", "Morocco"},
        {"Australian", "Australia"}, {"Indonesian", "Indonesia"},
    };
    private static final int DAYS_BETWEEN_CLUSTERS = 3;
    private static final String[] HOURS = {"two", "three", "four", "five", "six"};
    private static final String[] AGENCIES = {"Reuters", "AFP", "AP", "EPA", "Anadolu"};
    private static final String[] ISSUES = {"flood defences", "river management", "emergency housing",
        "rail links", "grain exports", "fishing rights", "energy prices", "border checks", "student visas",
        "water supply", "the reconstruction fund", "insurance claims", "crop losses", "road repairs"};
    private static final String[] SYL_ONSET = {"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
        "br", "dr", "gr", "kr", "st", "sl", "tr", "zv", "pl"};
    private static final String[] SYL_VOWEL = {"a", "e", "i", "o", "u"};
    private static final String[] SYL_CODA = {"", "", "", "n", "r", "l", "s", "k", "v", "m"};
    private static final String[] SURNAME_END = {"enko", "ovic", "escu", "berg", "ander", "elli", "ova", "ek",
        "ar", "ini", "sen", "dor"};
    private static final String[] PLACE_END = {"ava", "grad", "ovo", "heim", "ora", "ica", "esti", " burg"};

    private final SplittableRandom rnd;
    private final List<String> keys = new ArrayList<>();
    private final Set<String> fullNames = new HashSet<>();
    private final List<String> firstNames = new ArrayList<>();
    private final List<String> surnames = new ArrayList<>();
    private final Set<String> places = new LinkedHashSet<>();
    /** Cities and regions, shared by clusters; towns (where tolls are counted) are one per cluster. */
    private final List<String> regions = new ArrayList<>();

    CorpusGenerator(long seed) {
        this.rnd = new SplittableRandom(seed);
        // invented words keep their distance from fixed capitalised words of the articles too
        for (String[] c : COUNTRIES) {
            accept(c[0]);
            accept(c[1]);
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            accept(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        for (String w : List.of("President", "Minister", "Foreign", "Prime", "Reuters", "January", "February",
                "March", "April", "June", "July", "August", "September", "October", "November", "December",
                "University", "Ministry", "Interior", "Photo", "Related", "Comment")) {
            accept(w);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator N OUTDIR [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20240611L;
        new CorpusGenerator(seed).write(n, out);
    }

    // ------------------------------------------------------------------ invented words

    /** Lower-case key with the lexicon's transliteration pairs applied, to keep keys apart. */
    private static String key(String w) {
        String k = w.toLowerCase(Locale.ROOT).replace(" ", "");
        String[][] pairs = {{"th", "t"}, {"ph", "f"}, {"kh", "k"}, {"dh", "d"}, {"ck", "k"}, {"y", "i"},
            {"ou", "u"}, {"oo", "u"}, {"ee", "i"}, {"ie", "i"}, {"ei", "i"}, {"aa", "a"}};
        for (String[] p : pairs) {
            k = k.replace(p[0], p[1]);
        }
        return k;
    }

    /** Edit distance, or any value of at least {@code cap} once it is known to reach it. */
    private static int distance(String a, String b, int cap) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= cap) {
                return cap;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Accepts a word when its key is at least 4 edits from every accepted key and no prefix of one. */
    private boolean accept(String word) {
        String k = key(word);
        for (String o : keys) {
            if (Math.abs(o.length() - k.length()) < 4 && distance(o, k, 4) < 4 || o.startsWith(k) || k.startsWith(o)) {
                return false;
            }
        }
        keys.add(k);
        return true;
    }

    private String syllables(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(pick(SYL_ONSET)).append(pick(SYL_VOWEL));
            if (i == n - 1 || rnd.nextInt(3) == 0) {
                sb.append(pick(SYL_CODA));
            }
        }
        return sb.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String newWord(java.util.function.Supplier<String> shape) {
        for (int tries = 0; ; tries++) {
            String w = cap(shape.get());
            if (w.length() >= 5 && w.length() <= 11 && accept(w)) {
                return w;
            }
            if (tries > 100_000) {
                throw new IllegalStateException("word space exhausted");
            }
        }
    }

    private void pools(int clusters) {
        int nFirst = Math.max(60, Math.min(400, clusters / 4));
        int nSur = Math.max(120, Math.min(1200, clusters));
        for (int i = 0; i < nFirst; i++) {
            firstNames.add(newWord(() -> syllables(2) + (rnd.nextBoolean() ? "a" : "")));
        }
        for (int i = 0; i < nSur; i++) {
            surnames.add(newWord(() -> syllables(1 + rnd.nextInt(2)) + pick(SURNAME_END)));
        }
        for (int i = 0; i < nFirst; i++) {
            regions.add(newPlace());
        }
    }

    private String newPlace() {
        String p = newWord(() -> syllables(1 + rnd.nextInt(2)) + pick(PLACE_END).replace(" ", ""));
        places.add(p);
        return p;
    }

    /** Surnames used in the current cluster: people of one event never share a surname. */
    private final Set<String> clusterSurnames = new HashSet<>();

    private String[] newPerson() {
        for (;;) {
            String f = firstNames.get(rnd.nextInt(firstNames.size()));
            String s = surnames.get(rnd.nextInt(surnames.size()));
            if (!clusterSurnames.contains(s) && fullNames.add(f + " " + s)) {
                clusterSurnames.add(s);
                return new String[] {f, s};
            }
        }
    }

    /** A one-letter spelling variant: a vowel inside the word changed, e.g. Dravnik/Dravnek. */
    private String variant(String w) {
        List<Integer> vowels = new ArrayList<>();
        for (int i = 1; i < w.length() - 1; i++) {
            if ("aeiou".indexOf(w.charAt(i)) >= 0) {
                vowels.add(i);
            }
        }
        int at = vowels.get(rnd.nextInt(vowels.size()));
        char c = w.charAt(at);
        char r;
        do {
            r = "aeiou".charAt(rnd.nextInt(5));
        } while (r == c);
        return w.substring(0, at) + r + w.substring(at + 1);
    }

    private String pick(String[] a) {
        return a[rnd.nextInt(a.length)];
    }

    private <T> T pick(List<T> a) {
        return a.get(rnd.nextInt(a.size()));
    }

    // ------------------------------------------------------------------ clusters

    /** Facts of one event, as every article of the cluster tells it unless a discrepancy is planted. */
    private static final class Event {
        String hostAdj;
        String hostCountry;
        String guestAdj;
        String guestCountry;
        String hostOffice;
        String[] host;
        String[] guest;
        String[] spokes;
        String[] analyst;
        String city;
        String town;
        String region;
        LocalDate meetingDay;
        LocalDate published;
        String hours;
        int deaths;
        int evacuated;
        String[] issues;
    }

    /** One article's deviations from the event. */
    private static final class Plant {
        String rule = "-";
        String what = "";
        String[] guest;
        String guestSurname;
        String hours;
        String durationText;
        LocalDate published;
        int deaths;
    }

    void write(int n, Path out) throws IOException {
        Path dir = out.resolve("articles");
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        List<Integer> sizes = new ArrayList<>();
        for (int left = n; left > 0; ) {
            int s = 3 + rnd.nextInt(6);
            if (left - s < 3 && left - s != 0) {
                s = left <= 8 ? left : left - 3;
            }
            s = Math.min(s, left);
            sizes.add(s);
            left -= s;
        }
        pools(sizes.size());
        int planted = 0;
        int written = 0;
        try (Writer truth = Files.newBufferedWriter(out.resolve("truth.tsv"), StandardCharsets.UTF_8)) {
            truth.write("file\tcluster\trule\tplanted\n");
            LocalDate base = LocalDate.of(2012, 1, 2);
            for (int c = 0; c < sizes.size(); c++) {
                Event e = event(c, base.plusDays((long) c * DAYS_BETWEEN_CLUSTERS));
                int size = sizes.get(c);
                // up to two articles of a cluster carry a planted discrepancy, of different kinds
                List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4));
                Collections.shuffle(kinds, new java.util.Random(rnd.nextLong()));
                int plants = rnd.nextInt(10) < 3 ? 0 : rnd.nextInt(10) < 6 ? 1 : 2;
                List<Integer> slots = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    slots.add(i);
                }
                Collections.shuffle(slots, new java.util.Random(rnd.nextLong()));
                for (int i = 0; i < size; i++) {
                    Plant p = plain(e);
                    int slot = slots.indexOf(i);
                    if (slot < plants) {
                        plant(e, p, kinds.get(slot));
                        planted++;
                    }
                    String file = String.format("c%05d_%d.txt", c, i);
                    Files.writeString(dir.resolve(file), article(e, p, i), StandardCharsets.UTF_8);
                    truth.write(file + "\t" + c + "\t" + p.rule + "\t" + p.what + "\n");
                    written++;
                }
            }
        }
        System.err.printf("generated %d articles in %d clusters, %d planted discrepancies -> %s%n", written,
                sizes.size(), planted, out);
    }

    private Event event(int c, LocalDate published) {
        Event e = new Event();
        clusterSurnames.clear();
        int host = c % COUNTRIES.length;
        int guest = (c + 7) % COUNTRIES.length;
        e.hostAdj = COUNTRIES[host][0];
        e.hostCountry = COUNTRIES[host][1];
        e.guestAdj = COUNTRIES[guest][0];
        e.guestCountry = COUNTRIES[guest][1];
        e.hostOffice = (c / COUNTRIES.length) % 2 == 0 ? "President" : "Prime Minister";
        e.host = newPerson();
        e.guest = newPerson();
        e.spokes = newPerson();
        e.analyst = newPerson();
        e.city = pick(regions);
        e.town = newPlace();
        do {
            e.region = pick(regions);
        } while (e.region.equals(e.city));
        e.published = published;
        e.meetingDay = published.minusDays(1 + rnd.nextInt(3));
        e.hours = pick(HOURS);
        e.deaths = 30 + rnd.nextInt(160);
        e.evacuated = (2 + rnd.nextInt(40)) * 100;
        List<String> issues = new ArrayList<>(List.of(ISSUES));
        Collections.shuffle(issues, new java.util.Random(rnd.nextLong()));
        e.issues = issues.subList(0, 4).toArray(new String[0]);
        return e;
    }

    private Plant plain(Event e) {
        Plant p = new Plant();
        p.guest = e.guest;
        p.guestSurname = e.guest[1];
        p.hours = e.hours;
        p.durationText = hedgeHours(e.hours);
        p.published = e.published;
        p.deaths = e.deaths;
        return p;
    }

    private String hedgeHours(String hours) {
        return switch (rnd.nextInt(4)) {
            case 0 -> "about " + hours + " hours";
            case 1 -> "roughly " + hours + " hours";
            case 2 -> "around " + hours + " hours";
            default -> hours + " hours";
        };
    }

    private void plant(Event e, Plant p, int kind) {
        switch (kind) {
            case 0 -> {
                String[] other = newPerson();
                p.rule = "office-holder-conflict";
                p.what = e.guestAdj + " Foreign Minister " + String.join(" ", e.guest) + " -> " + String.join(" ", other);
                p.guest = other;
                p.guestSurname = other[1];
            }
            case 1 -> {
                p.rule = "event-duration-conflict";
                String to = List.of("two", "three").contains(e.hours) ? "30 minutes" : "40 minutes";
                p.durationText = to;
                p.what = "meeting " + p.hours + " hours -> " + to;
            }
            case 2 -> {
                // clusters with the same office of the same country recur every 90 or 180 days: move
                // by about seven and a half months (2 x 90 + 45 days), half-way between them, and by
                // the same amount in every cluster, so moved articles never meet another holder either
                p.published = e.published.plusDays(225 + rnd.nextInt(5));
                p.rule = "event-date-conflict";
                p.what = "dateline " + e.published + " -> " + p.published;
            }
            case 3 -> {
                String v = variant(e.guest[1]);
                p.rule = "name-spelling-variant";
                p.what = e.guest[1] + " -> " + v;
                p.guest = new String[] {e.guest[0], v};
                p.guestSurname = v;
            }
            default -> {
                // lower and never hedged: "at least N" in other articles must not cover it
                int to = e.deaths / 3;
                p.rule = "count-conflict";
                p.what = "deaths in " + e.town + " " + e.deaths + " -> " + to;
                p.deaths = to;
            }
        }
    }

    // ------------------------------------------------------------------ article text

    private String dateline(LocalDate d) {
        String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String mon = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String dow = d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        int day = d.getDayOfMonth();
        String suffix = day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd"
                : day % 10 == 3 && day != 13 ? "rd" : "th";
        return switch (rnd.nextInt(4)) {
            case 0 -> String.format("%s. %s %d%s, %d", dow, mon, day, suffix, d.getYear());
            case 1 -> String.format("%02d.%02d.%d", day, d.getMonthValue(), d.getYear());
            case 2 -> String.format("%s %d, %d", month, day, d.getYear());
            default -> d.toString();
        };
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private String article(Event e, Plant p, int index) {
        String guestFull = p.guest[0] + " " + p.guest[1];
        String hostFull = e.host[0] + " " + e.host[1];
        String guestTitle = e.guestAdj + " Foreign Minister " + guestFull;
        String hostTitle = e.hostAdj + " " + e.hostOffice + " " + hostFull;
        String day = weekday(e.meetingDay);
        String deaths = rnd.nextBoolean() ? Integer.toString(p.deaths) : Integer.toString(p.deaths);
        List<String> paras = new ArrayList<>();

        // headline and caption with a photo credit
        paras.add(pick(new String[] {
            e.guestAdj + " foreign minister visits " + e.hostCountry + " after deadly floods",
            p.guestSurname + " and " + e.host[1] + " hold talks as " + e.region + " counts flood damage",
            "Floods top the agenda as " + p.guestSurname + " arrives in " + e.city}));
        if (rnd.nextBoolean()) {
            paras.add(guestFull + " and " + hostFull + " in " + e.city + ". (Photo: " + pick(AGENCIES) + "/"
                    + String.join(" ", newPersonForCredit()) + ")");
        }

        // lead: the meeting, its day and its duration in one sentence
        paras.add(pick(new String[] {
            guestTitle + " met with " + hostTitle + " for " + p.durationText + " on " + day + " in " + e.city
                + ", days after floods swept through the " + e.region + " region.",
            "On " + day + ", " + guestTitle + " held " + p.durationText + " of talks with " + hostTitle + " in "
                + e.city + ", as the " + e.region + " region struggled with the aftermath of the floods.",
            hostTitle + " met with " + guestTitle + " for " + p.durationText + " in " + e.city + " on " + day
                + ", the first stop of a two-day trip."}));

        // the toll, scoped to the town
        paras.add(pick(new String[] {
            "The floods killed " + deaths + " people in " + e.town + " and forced some " + e.evacuated
                + " residents from their homes, according to local officials.",
            (p.deaths != e.deaths ? "" : "At least ") + deaths + " people died in " + e.town + " when the river burst its banks, and rescue teams "
                + "were still searching damaged houses on the edge of the town.",
            "Rescuers said " + deaths + " people were killed in " + e.town + ", where volunteers have been "
                + "clearing mud from the streets since the water began to recede."}));

        List<String> body = new ArrayList<>();
        body.add("“We came to listen and to help,” " + p.guestSurname + " told reporters after the meeting. “The "
                + "people of " + e.region + " have shown remarkable courage, and they will not be left alone.”");
        body.add(e.host[1] + " said the two governments had agreed to work together on " + e.issues[0] + " and "
                + e.issues[1] + ", and that officials would meet again before the end of the year to review "
                + "progress. He thanked his guest for what he called a gesture of real friendship.");
        body.add("“These were frank and useful discussions,” said " + e.spokes[0] + " " + e.spokes[1]
                + ", a spokeswoman for the " + e.hostAdj + " government. “Both sides know that the recovery "
                + "will take years, not months, and that it will cost a great deal.”");
        body.add("The visit had been planned long before the disaster, but the agenda changed once the "
                + "water rose. Aides said " + e.issues[2] + " and " + e.issues[3] + " would now be discussed "
                + "by working groups rather than at the top level.");
        body.add("Relations between " + e.hostCountry + " and " + e.guestCountry + " have improved steadily "
                + "in recent years, after a long dispute over trade rules that soured ties between the two "
                + "capitals. Diplomats on both sides describe the current mood as cautious but warm.");
        body.add("Professor " + e.analyst[0] + " " + e.analyst[1] + ", who studies the region at a university "
                + "in " + e.city + ", said the trip sent an important signal. “Neighbours are judged by what "
                + "they do when things go wrong,” " + e.analyst[1] + " said. “This visit will be remembered.”");
        body.add("Residents of " + e.town + " said help had been slow to arrive in the first days. Many "
                + "families are staying with relatives, and schools in the area remain closed while engineers "
                + "inspect bridges and roads for damage.");
        body.add("Weather services have warned that more heavy rain is possible later in the week, and "
                + "emergency crews remain on alert along the river. Farmers fear that much of the harvest "
                + "has already been lost.");
        body.add(p.guestSurname + " later laid flowers at a memorial for the victims and visited a shelter "
                + "where displaced families are being housed. She spoke briefly with volunteers and doctors "
                + "who have worked around the clock since the disaster.");
        body.add("Opposition politicians in " + e.hostCountry + " have criticised the government's response, "
                + "saying warnings were issued too late and that flood defences had been neglected for "
                + "years. The government rejects the criticism and has promised an independent review.");
        body.add("The meeting was the first between the two leaders since the new government took office. "
                + "Both sides released short statements afterwards, describing the talks as constructive and "
                + "promising closer cooperation in the months ahead.");
        body.add("Before flying to " + e.city + ", " + p.guestSurname + " had promised that " + e.guestCountry
                + " would send pumps, generators and a team of engineers. The first aircraft carrying supplies "
                + "landed at the weekend, and more are expected once the runway lights have been repaired.");
        body.add("Economists say the damage to farms, factories and homes will weigh on growth for the rest of "
                + "the year. Insurers have begun to send assessors to the worst-hit districts, but many small "
                + "businesses say they had no cover against floods at all.");
        body.add("In a joint statement, the two ministries said they would set up a standing committee on "
                + "disaster preparedness, share river data in real time and hold a joint rescue exercise next "
                + "spring. Details of the funding were not disclosed.");
        body.add("Local officials in " + e.region + " said the priority now was clean drinking water. Tanker "
                + "lorries are supplying villages whose wells were contaminated, and health workers are "
                + "handing out tablets to purify water and advice on how to avoid infection.");
        Collections.shuffle(body, new java.util.Random(rnd.nextLong()));
        paras.addAll(body.subList(0, 11 + rnd.nextInt(4)));

        // page furniture
        List<String> tail = new ArrayList<>();
        if (rnd.nextBoolean()) {
            tail.add("See also: " + e.region + " floods: what we know so far");
        }
        if (rnd.nextBoolean()) {
            tail.add("Read more:\n\n" + e.hostCountry + " braces for more rain\n" + "Aid groups appeal for help in "
                    + e.town + "\n" + "How climate change is making floods worse");
        }
        if (rnd.nextBoolean()) {
            tail.add("Follow us on social media for the latest updates");
        }
        if (rnd.nextBoolean()) {
            tail.add("Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
                    + "Comment *\n\nName *\n\nEmail *\n\nSave my name, email, and website in this browser for the "
                    + "next time I comment.");
        }
        paras.addAll(tail);
        return dateline(p.published) + "\n\n" + String.join("\n\n", paras) + "\n";
    }

    private String[] newPersonForCredit() {
        return new String[] {pick(firstNames), pick(surnames)};
    }
}
