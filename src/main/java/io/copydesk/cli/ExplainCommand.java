package io.copydesk.cli;

import io.copydesk.cli.options.DedupOptions;
import io.copydesk.cli.options.InputOptions;
import io.copydesk.cli.options.LevelOptions;
import io.copydesk.cli.options.OutputOptions;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.cluster.ThresholdCalibration;
import io.copydesk.engine.ArticleLevels;
import io.copydesk.engine.ClusterResult;
import io.copydesk.analysis.Span;
import io.copydesk.document.Dates;
import io.copydesk.document.InputSet;
import io.copydesk.engine.ArticleMeta;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.Explainer;
import io.copydesk.engine.PairExplanation;
import io.copydesk.engine.RelatedConfig;
import io.copydesk.engine.RelatedExplanation;
import io.copydesk.engine.TimeDecay;
import io.copydesk.internal.json.JsonWriter;
import io.copydesk.internal.Printable;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Explains the verdict for one pair of articles: exact Jaccard, containment both ways, the MinHash "
                + "estimate, the passages the two share and the boilerplate ignored in each; then the related-story score: "
                + "TF-IDF cosine, the shared terms with their weights, and the time gap; then the level at which the two meet "
                + "when the collection is clustered as cluster does: duplicate, event, storyline, or none.",
                "Boilerplate is judged against the whole input, as dedup does, so give the same inputs. Without --a and --b, "
                        + "the input must hold two articles (two pages, say): those are explained."},
        footer = {"%nExample (a # line shows part of what the example above prints):"
                + "%n  ./copydesk explain corpus --a harbourcourier/valdoria-earthquake-kills-27 \\%n      --b dailyledger/valdoria-earthquake"
                + "%n  # jaccard 0.7723   containment a in b 0.8311   b in a 0.9161 ..."
                + "%n  # verdict: duplicate: Jaccard 0.7723 >= threshold 0.50"
                + "%n  ./copydesk explain corpus/harbourcourier/rennick-ferry-strike.txt \\%n      corpus/metrodigest/rennick-ferry-strike-brief.txt", ExitCode.HELP})
public final class ExplainCommand implements Callable<Integer> {
    private static final int MAX_PASSAGE_CHARS = 300;
    private static final int MAX_FIGURES_SHOWN = 12;

    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin InputOptions input;
    @Mixin OutputOptions output;
    @Mixin DedupOptions dedup;
    @Mixin LevelOptions levels;

    @Option(names = "--a", paramLabel = "ID", description = "Id of the first article (left out with --b: the input's first of two).")
    String idA;

    @Option(names = "--b", paramLabel = "ID", description = "Id of the second article (left out with --a: the input's second of two).")
    String idB;

    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "12h",
            description = "Time decay of the related score, as in related --window (default: ${DEFAULT-VALUE}).")
    String window;

    private static final int SHARED_TERMS = 15;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if ((idA == null) != (idB == null)) throw new CommandLine.ParameterException(cl, (idA == null ? "--a" : "--b")
                + " is missing: give both --a and --b, or neither for an input of two articles");
        var config = dedup.config(cl, input, false);
        PrintWriter err = cl.getErr();
        try (InputSet inputs = input.open(cl)) {
            Corpus corpus = input.scan(cl, inputs, err);
            if (idA == null) {
                if (corpus.size() != 2) {
                    throw new UserException(ExitCode.USAGE, "the input holds " + Terminal.count(corpus.size(), "article")
                            + ": give the pair with --a ID --b ID (they may be left out only when it holds two)");
                }
                idA = corpus.articles().get(0).id();
                idB = corpus.articles().get(1).id();
            }
            for (String id : List.of(idA, idB)) {
                if (corpus.indexOf(id) < 0) throw new UserException(ExitCode.USAGE, "no article with id " + id + " in the input"); // as related --id
            }
            RelatedConfig relatedConfig = new RelatedConfig(config, RelatedConfig.DEFAULT_TITLE_WEIGHT, timeDecay(cl),
                    RelatedConfig.DEFAULT_MIN_SCORE, config.threads());
            Explainer.Full full = Explainer.explain(corpus, idA, idB, levels.config(cl, relatedConfig));
            PairExplanation e = full.pair();
            RelatedExplanation r = full.related();
            Meeting m = meeting(full.clusters(), corpus.indexOf(idA), corpus.indexOf(idB));
            try (OutputOptions.Sink sink = output.open(cl.getOut())) {
                if (output.format() == OutputOptions.Format.text) {
                    text(sink.writer(), e);
                    text(sink.writer(), r, m);
                    text(sink.writer(), m, e.duplicate());
                } else {
                    sink.writer().println(json(e, r, m));
                }
                sink.commit();
            }
        }
        return input.exitCode(spec.commandLine().getErr());
    }

    private TimeDecay timeDecay(CommandLine cl) {
        try {
            return TimeDecay.parse(window);
        } catch (IllegalArgumentException ex) {
            throw new CommandLine.ParameterException(cl, "--window: " + ex.getMessage());
        }
    }

    private static void text(PrintWriter out, RelatedExplanation r, Meeting m) {
        out.println();
        // the product is shown where it is the score (time weight 1), the rule by which related lists the pair where it is not
        String score = r.byCosine() && r.score() != r.cosine() * r.timeWeight()
                ? String.format(Locale.ROOT, "TF-IDF cosine %.4f = score %.4f (related lists %s by cosine alone; time weight %.4f)",
                        r.cosine(), r.score(), r.duplicate() ? "a verified duplicate" : "a member of the same " + m.level() + " beyond the time window",
                        r.timeWeight())
                : String.format(Locale.ROOT, "TF-IDF cosine %.4f x time weight %.4f = score %.4f", r.cosine(), r.timeWeight(), r.score());
        out.println("related: " + score + (r.gap() == null ? " (no time gap: a date is missing)" : ", time gap " + gap(r.gap()) + placed(r)));
        out.println("shared terms (" + r.shared().size() + (r.shared().size() > SHARED_TERMS ? ", top " + SHARED_TERMS : "")
                + "; weight in a x weight in b = share of the cosine):");
        for (RelatedExplanation.SharedTerm t : r.shared().subList(0, Math.min(SHARED_TERMS, r.shared().size()))) {
            out.println(String.format(Locale.ROOT, "  %-20s %.4f x %.4f = %.4f%s", t.word(), t.weightA(), t.weightB(), t.contribution(),
                    t.name() ? "  name" : ""));
        }
        if (r.namesNeeded() > 0) {
            out.println(String.format(Locale.ROOT, "names shared: %d (two storylines merge only when they share %d)", r.sharedNames(),
                    r.namesNeeded()));
        }
    }

    /** Where two articles sit in the two-level clustering, and the closest level they share. */
    record Meeting(ArticleLevels.Level level, int eventA, int eventB, int storylineA, int storylineB, ThresholdCalibration.Thresholds thresholds) {}

    private static Meeting meeting(ClusterResult c, int a, int b) {
        ArticleLevels lv = c.levels();
        return new Meeting(lv.of(a, b), lv.event(a) + 1, lv.event(b) + 1, lv.storyline(a) + 1, lv.storyline(b) + 1, c.thresholds());
    }

    /** {@code duplicate}: the two are duplicates of each other (else, in one group, each is a copy of another member). */
    private static void text(PrintWriter out, Meeting m, boolean duplicate) {
        out.println();
        String where = switch (m.level()) {
            case duplicate -> duplicate ? "duplicates (same duplicate group, so the same event and storyline)"
                    : "in one duplicate group through other members, each a copy of another there, though not of each other "
                    + "(so the same event and storyline)";
            case event -> "the same event";
            case storyline -> "different events of the same storyline";
            case none -> "no common level: different storylines";
        };
        out.println(String.format(Locale.ROOT, "level: %s; a in event %d of storyline %d, b in event %d of storyline %d "
                + "(thresholds event %.3f, storyline %.3f: %s)", where, m.eventA(), m.storylineA(), m.eventB(), m.storylineB(),
                m.thresholds().event(), m.thresholds().storyline(), m.thresholds().reason()));
    }

    /** Where the gap was measured from for an undated article: the date it is scored at (README: undated articles). */
    private static String placed(RelatedExplanation r) {
        List<String> placed = new java.util.ArrayList<>(2);
        if (r.placedA() != null) placed.add("a at " + Dates.format(r.placedA()));
        if (r.placedB() != null) placed.add("b at " + Dates.format(r.placedB()));
        if (placed.isEmpty()) return "";
        return (placed.size() == 1 ? " (undated, so placed at its most similar dated article's date: "
                : " (undated, so placed at their most similar dated articles' dates: ") + String.join(", ", placed) + ")";
    }

    private static String gap(java.time.Duration d) {
        long h = d.toHours();
        return h >= 48 ? (h / 24) + " days" : h >= 1 ? h + " h" : d.toMinutes() + " min";
    }

    private static void text(PrintWriter out, PairExplanation e) {
        out.println("a: " + describe(e.a()));
        out.println("b: " + describe(e.b()));
        out.println(String.format(Locale.ROOT, "jaccard %.4f   containment a in b %.4f   b in a %.4f   minhash estimate %.4f (%d hashes)",
                e.jaccard(), e.containmentAinB(), e.containmentBinA(), e.minhashEstimate(), e.hashes()));
        out.println(String.format(Locale.ROOT, "shingles: a %d, b %d, shared %d", e.shinglesA(), e.shinglesB(), e.sharedShingles()));
        out.println(String.format(Locale.ROOT, "figure codes: a %d, b %d, shared %d", e.figuresA(), e.figuresB(), e.sharedFigures()));
        figures(out, "a", e.textA(), e.figuresOnlyA());
        figures(out, "b", e.textB(), e.figuresOnlyB());
        out.println("verdict: " + e.verdict());
        passages(out, "shared passages in a" + (e.sharedInTitleA() ? "'s title (no word of its body left)" : ""), e.textA(), e.sharedA());
        passages(out, "shared passages in b" + (e.sharedInTitleB() ? "'s title (no word of its body left)" : ""), e.textB(), e.sharedB());
        if (e.titleSharedA() != null) passages(out, "shared passages in a's title (its body is short: the title's shingles count too)", e.a().title(), e.titleSharedA());
        if (e.titleSharedB() != null) passages(out, "shared passages in b's title (its body is short: the title's shingles count too)", e.b().title(), e.titleSharedB());
        removed(out, "page furniture removed from a", e.bodyA(), e.removedA());
        removed(out, "page furniture removed from b", e.bodyB(), e.removedB());
    }

    /** The figures only one article holds, on one line (the first few). */
    private static void figures(PrintWriter out, String which, String text, List<Span> only) {
        if (only.isEmpty()) return;
        List<String> shown = only.stream().limit(MAX_FIGURES_SHOWN).map(s -> Printable.inline(text.substring(s.start(), s.end()))).toList();
        out.println("  only in " + which + ": " + String.join(", ", shown) + (only.size() > shown.size() ? ", ..." : ""));
    }

    private static String describe(ArticleMeta m) {
        return Printable.inline(m.id()) + (m.date() == null ? "" : "  " + Dates.format(m.date()))
                + (m.title() == null ? "" : "  \"" + Printable.inline(m.title().strip()) + "\"");
    }

    private static void passages(PrintWriter out, String heading, String text, List<Span> spans) {
        out.println();
        out.println(heading + " (" + spans.size() + "):");
        for (Span s : spans) out.println("  [" + s.start() + ".." + s.end() + ", " + s.reason() + "] " + shorten(text.substring(s.start(), s.end())));
    }

    private static void removed(PrintWriter out, String heading, String text, List<Span> spans) {
        out.println();
        out.println(heading + " (" + Terminal.count(spans.size(), "line") + "):");
        for (Span s : spans) out.println("  " + s.reason() + ": " + shorten(text.substring(s.start(), s.end())));
    }

    private static String shorten(String s) {
        s = s.replace('\n', ' ');
        return s.length() <= MAX_PASSAGE_CHARS ? s : s.substring(0, MAX_PASSAGE_CHARS - 3) + "...";
    }

    private static String json(PairExplanation e, RelatedExplanation r, Meeting m) {
        JsonWriter w = new JsonWriter().beginObject().field("a", e.a().id()).field("b", e.b().id())
                .field("jaccard", e.jaccard()).field("containment_a_in_b", e.containmentAinB())
                .field("containment_b_in_a", e.containmentBinA()).field("minhash_estimate", e.minhashEstimate())
                .field("hashes", e.hashes()).field("shingles_a", e.shinglesA()).field("shingles_b", e.shinglesB())
                .field("shared_shingles", e.sharedShingles()).field("figures_a", e.figuresA()).field("figures_b", e.figuresB())
                .field("shared_figures", e.sharedFigures()).field("figures_differ", e.figuresDiffer())
                .field("duplicate", e.duplicate()).field("verdict", e.verdict());
        // the shared passages' offsets are into the body, or into the title where no word of the body is left; the
        // boilerplate's always into the body
        w.field("shared_a_in", e.sharedInTitleA() ? "title" : "text").field("shared_b_in", e.sharedInTitleB() ? "title" : "text");
        spans(w, "shared_a", e.textA(), e.sharedA());
        spans(w, "shared_b", e.textB(), e.sharedB());
        // a short body's title joins its shingles: its passages, into the title (absent otherwise)
        if (e.titleSharedA() != null) spans(w, "shared_a_title", e.a().title(), e.titleSharedA());
        if (e.titleSharedB() != null) spans(w, "shared_b_title", e.b().title(), e.titleSharedB());
        spans(w, "figures_only_a", e.textA(), e.figuresOnlyA());
        spans(w, "figures_only_b", e.textB(), e.figuresOnlyB());
        spans(w, "boilerplate_a", e.bodyA(), e.removedA());
        spans(w, "boilerplate_b", e.bodyB(), e.removedB());
        w.name("related").beginObject().field("cosine", r.cosine()).field("time_weight", r.timeWeight()).field("score", r.score());
        if (r.gap() == null) w.name("gap_seconds").nullValue();
        else w.field("gap_seconds", r.gap().toSeconds());
        w.field("by_cosine", r.byCosine()).field("placed_a", Dates.format(r.placedA())).field("placed_b", Dates.format(r.placedB()));
        w.name("shared_terms").beginArray();
        for (RelatedExplanation.SharedTerm t : r.shared()) {
            w.beginObject().field("term", t.word()).field("weight_a", t.weightA()).field("weight_b", t.weightB())
                    .field("contribution", t.contribution()).field("name", t.name()).endObject();
        }
        w.endArray().field("shared_names", r.sharedNames()).field("names_needed", r.namesNeeded()).endObject();
        w.name("levels").beginObject().field("level", m.level().name()).field("event_a", m.eventA()).field("event_b", m.eventB())
                .field("storyline_a", m.storylineA()).field("storyline_b", m.storylineB())
                .field("event_threshold", m.thresholds().event()).field("storyline_threshold", m.thresholds().storyline()).endObject();
        return w.endObject().toString();
    }

    private static void spans(JsonWriter w, String name, String text, List<Span> spans) {
        w.name(name).beginArray();
        for (Span s : spans) {
            w.beginObject().field("start", s.start()).field("end", s.end()).field("reason", s.reason())
                    .field("text", text.substring(s.start(), s.end())).endObject();
        }
        w.endArray();
    }
}
