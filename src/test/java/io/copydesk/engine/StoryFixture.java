package io.copydesk.engine;

import io.copydesk.analysis.AnalysisConfig;

import io.copydesk.document.Article;
import io.copydesk.internal.json.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded collection of news events for tests. Events come in kinds (a quake, a summit, a rate
 * decision, a trial); two events of the same kind share almost every name (the same diplomats,
 * the same bank) and happen months apart, and differ in a few details. Each event is covered by
 * several agencies writing their own sentences from the event's facts, plus verbatim copies
 * (duplicates) with other page furniture.
 */
final class StoryFixture {
    record Item(Article article, String event, String dupGroup) {}

    private static final String[][] KINDS = {
            {"earthquake quake magnitude tremor rescuers rubble collapsed buildings aftershocks injured", "Valdoria Montevar Serra Alta Brenaval"},
            {"summit talks ministers delegation agreement water treaty negotiators communique", "Arvenia Tolmark Tarsen Velta"},
            {"central bank interest rate inflation governor committee crown bond yields percentage", "Hollmark Ardenburg Castell Reserve"},
            {"trial jury verdict prosecutors bribery contract court defendant testimony", "Redhaven Varga Douglas Eastmoor"},
    };
    private static final String[] FILLER = ("week officials statement local reports people city country early later morning "
            + "evening region national government spokesman residents agency update news several others today yesterday "
            + "report public announced expected continued former latest official").split(" ");
    private static final String[][] DETAILS = {
            {"Lindqvar harbour 6.1 nine fishermen", "Corvaro valley 6.8 twenty seven schoolhouse"},
            {"commission deadline walkout Kessra", "interim flows signed Dunmere reservoir"},
            {"cut 4.25 relief first reduction", "hold 4.00 pause services wages"},
            {"guilty conviction garbage 2.3 million", "sentenced seven years prison appeal"},
    };
    private static final String[] AGENCIES = {"wire", "ledger", "herald", "courier", "tribune", "observer"};

    private StoryFixture() {}

    /**
     * Events: {@code kinds} kinds × 2 events each (the second 150 days after the first), each with
     * {@code reports} independent reports and one duplicate copy of its first report.
     */
    static List<Item> generate(long seed, int kinds, int reports, boolean dated) {
        Random rnd = new Random(seed);
        List<Item> out = new ArrayList<>();
        Instant base = Instant.parse("2024-03-01T00:00:00Z");
        for (int k = 0; k < kinds; k++) {
            String[] topic = KINDS[k % KINDS.length][0].split(" ");
            String[] names = KINDS[k % KINDS.length][1].split(" ");
            for (int e = 0; e < 2; e++) {
                String event = "k" + k + "e" + e;
                String[] details = DETAILS[k % DETAILS.length][e].split(" ");
                Instant day = base.plus(k * 11L + e * 150L, ChronoUnit.DAYS);
                for (int r = 0; r < reports; r++) {
                    String agency = AGENCIES[r % AGENCIES.length];
                    String title = sentence(rnd, names, topic, details, 7);
                    StringBuilder text = new StringBuilder();
                    for (int s = 0; s < 5; s++) text.append(sentence(rnd, names, topic, details, 14)).append('\n');
                    Instant date = dated ? day.plus(rnd.nextInt(20), ChronoUnit.HOURS) : null;
                    Article a = new Article(agency + "/" + event + "-" + r, title, text.toString(), date, agency, null);
                    out.add(new Item(a, event, r == 0 ? event + "-dup" : null));
                    if (r == 0) {
                        Article copy = new Article("copy/" + event, title, "By Staff Reporter\n" + text + "Share this article\n",
                                date == null ? null : date.plus(3, ChronoUnit.HOURS), "copy", null);
                        out.add(new Item(copy, event, event + "-dup"));
                    }
                }
            }
        }
        return out;
    }

    /** A sentence mixing the event's names, topic words, its own details and filler. */
    private static String sentence(Random rnd, String[] names, String[] topic, String[] details, int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int pick = rnd.nextInt(10);
            String word = pick < 3 ? names[rnd.nextInt(names.length)]
                    : pick < 6 ? topic[rnd.nextInt(topic.length)]
                    : pick < 8 ? details[rnd.nextInt(details.length)]
                    : FILLER[rnd.nextInt(FILLER.length)];
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(word);
        }
        return sb.append('.').toString();
    }

    static Path write(List<Item> items, Path dir) throws IOException {
        Path file = dir.resolve("articles.jsonl");
        List<String> lines = new ArrayList<>();
        for (Item it : items) {
            Article a = it.article();
            JsonWriter w = new JsonWriter().beginObject().field("id", a.id()).field("title", a.title()).field("text", a.text());
            if (a.date() != null) w.field("date", a.date().toString());
            lines.add(w.field("source", a.source()).endObject().toString());
        }
        Files.write(file, lines);
        return file;
    }

    /**
     * {@code count} undated JSONL records of words drawn from a Zipf-like vocabulary of 3,000 (long posting
     * lists, few close pairs: searches over them visit most of their postings), every 50th an exact copy of an
     * earlier one and every 50th from the 25th a near copy (one word changed).
     */
    static List<String> zipfRecords(Random rnd, int count) {
        return zipfRecords(rnd, count, false);
    }

    /**
     * As {@link #zipfRecords(Random, int)}; with {@code dated} every record has a date in 24 days of March 2024, a
     * third of them without a time of day, and a copy takes its original's date half the time.
     */
    static List<String> zipfRecords(Random rnd, int count, boolean dated) {
        List<String> texts = new ArrayList<>(), dates = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            String text;
            int from = -1;
            if (a % 50 == 49) text = texts.get(from = rnd.nextInt(a));
            else if (a % 50 == 24) text = texts.get(from = rnd.nextInt(a)).replaceFirst(" w[0-9a-z]+ ", " changed ");
            else {
                StringBuilder sb = new StringBuilder();
                for (int w = 0, len = 40 + rnd.nextInt(120); w < len; w++) {
                    int rank = (int) Math.min(2999, Math.floor(Math.pow(3000, rnd.nextDouble())) - 1);
                    sb.append(w == 0 ? "" : w % 12 == 0 ? ". " : " ").append("w").append(Integer.toString(rank + 36 * 36, 36));
                }
                text = sb.append('.').toString();
            }
            String day = String.format(java.util.Locale.ROOT, "2024-03-%02d", 1 + rnd.nextInt(24));
            String date = from >= 0 && rnd.nextBoolean() ? dates.get(from)
                    : rnd.nextInt(3) == 0 ? day : String.format(java.util.Locale.ROOT, "%sT%02d:%02d:00Z", day, rnd.nextInt(24), rnd.nextInt(60));
            texts.add(text);
            dates.add(date);
            JsonWriter record = new JsonWriter().beginObject().field("id", "a" + a).field("text", text);
            if (dated) record.field("date", date);
            lines.add(record.endObject().toString());
        }
        return lines;
    }

    /** Each article's TF-IDF vector in {@code rs}, in input order. */
    static List<io.copydesk.tfidf.TermVector> vectors(RelatedStories rs) {
        List<io.copydesk.tfidf.TermVector> out = new ArrayList<>(rs.articles().size());
        for (int i = 0; i < rs.articles().size(); i++) out.add(rs.vector(i));
        return out;
    }

    /** Each article's date in {@code rs} (undated ones placed), in input order. */
    static long[] dates(RelatedStories rs) {
        long[] out = new long[rs.articles().size()];
        for (int i = 0; i < out.length; i++) out[i] = rs.date(i);
        return out;
    }

    static Corpus corpus(Path file) {
        return Corpus.scan(io.copydesk.document.InputSet.of(List.of(file.toString())), AnalysisConfig.DEFAULT,
                io.copydesk.document.ReadProblems.silent(), io.copydesk.engine.Progress.NONE);
    }
}
