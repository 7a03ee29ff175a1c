package io.copydesk.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * Writes the whole coverage of one event at a time: 1..n independently written articles, the
 * copies, briefs and updates other sites republish, sometimes a same-kind twin event (another
 * storyline) and sometimes a follow-up event (the same storyline). Holds
 * only the running id counters, so memory does not grow with the collection.
 */
final class EventWriter {
    private static final double[] COPY_COUNT_WEIGHTS = {0.45, 0.25, 0.15, 0.10, 0.05};
    /** Probability that an event gets a follow-up event of the same storyline (3-20 days later, or a later round). */
    static final double FOLLOW_UP_RATE = 0.15;
    /** Share of follow-ups that are a later round, 30-180 days on (the next meeting of the same talks). */
    static final double LATER_ROUND_SHARE = 1.0 / 3;

    private final GeneratorConfig config;
    private final Lexicon lex;
    private final Prose prose;
    private final CopyEditor editor;
    private final Site[] sites;
    private final AliasTable copyCounts = new AliasTable(COPY_COUNT_WEIGHTS);
    private final Urls urls = new Urls();
    private long nextArticle;
    private long nextGroup;
    private long nextEvent;

    EventWriter(GeneratorConfig config) {
        this.config = config;
        this.lex = new Lexicon(config.seed());
        this.prose = new Prose(lex);
        this.editor = new CopyEditor(lex);
        this.sites = Site.createAll(config.sites(), lex, Rng.of(config.seed(), -2));
    }

    /** Appends the coverage of the next event, and of its twin when one is drawn, to {@code out}. */
    void writeNext(Rng rng, List<GeneratedArticle> out) {
        Event event = Event.create(Ids.event(nextEvent++), EventKind.random(rng), dayInSpan(rng), lex, rng);
        cover(event, ArticleKind.ORIGINAL, rng, out);
        if (rng.chance(config.distractorRate())) {
            Event twin = event.twin(Ids.event(nextEvent++), monthsAway(event.date(), rng), lex, rng);
            cover(twin, ArticleKind.DISTRACTOR, rng, out);
        }
        if (rng.chance(FOLLOW_UP_RATE)) {
            LocalDate later = event.date().plusDays(rng.chance(LATER_ROUND_SHARE) ? rng.between(30, 180) : rng.between(3, 20));
            if (inSpan(later)) cover(event.followUp(Ids.event(nextEvent++), later, lex, rng), ArticleKind.FOLLOW_UP, rng, out);
        }
    }

    private void cover(Event event, ArticleKind leadKind, Rng rng, List<GeneratedArticle> out) {
        int articles = rng.between(1, config.relatedPerEvent());
        for (int i = 0; i < articles; i++) {
            Story story = prose.story(event, rng);
            String title = prose.headline(event, rng);
            LocalDate date = event.date().plusDays(i == 0 ? 0 : rng.nextInt(2));
            String group = Ids.group(nextGroup++);
            int site = rng.nextInt(sites.length);
            out.add(article(i == 0 ? leadKind : ArticleKind.RELATED, title, story.body(), date, site, event, group, rng));
            if (rng.chance(config.dupRate())) republish(event, story, title, date, site, group, rng, out);
        }
    }

    private void republish(Event event, Story story, String title, LocalDate date, int originSite, String group,
                           Rng rng, List<GeneratedArticle> out) {
        int copies = Math.min(copyCounts.sample(rng) + 1, sites.length - 1);
        int[] taken = new int[copies + 1];
        taken[0] = originSite;
        for (int c = 1; c <= copies; c++) {
            taken[c] = otherSite(taken, c, rng);
            double u = rng.nextDouble();
            ArticleKind kind = u < 0.6 ? ArticleKind.COPY : u < 0.8 ? ArticleKind.BRIEF : ArticleKind.UPDATE;
            String body = switch (kind) {
                case BRIEF -> story.lead(rng.between(2, Math.min(4, story.sentences() - 1)));
                case UPDATE -> story.body() + "\n" + prose.paragraph(event, rng);
                default -> editor.edit(story.body(), config.editRate(), rng);
            };
            String copyTitle = rng.chance(0.7) ? title : prose.headline(event, rng);
            LocalDate copyDate = date.plusDays(rng.nextInt(3));
            out.add(article(kind, copyTitle, body, copyDate, taken[c], event, group, rng));
        }
    }

    /** A site index not among the first {@code count} of {@code taken}. */
    private int otherSite(int[] taken, int count, Rng rng) {
        while (true) {
            int s = rng.nextInt(sites.length);
            boolean free = true;
            for (int i = 0; i < count && free; i++) free = taken[i] != s;
            if (free) return s;
        }
    }

    private GeneratedArticle article(ArticleKind kind, String title, String body, LocalDate date, int siteIndex,
                                     Event event, String group, Rng rng) {
        Site site = sites[siteIndex];
        Site.Page page = site.render(title, body, date, prose, rng);
        String url = urls.url(site.domain, event.kind().section, date, title, rng.nextLong());
        return new GeneratedArticle(Ids.article(nextArticle++), title, page.text(), date, site.name, url,
                event.id(), event.storyline(), group, kind, page.bodyStart(), page.bodyEnd());
    }

    private LocalDate dayInSpan(Rng rng) {
        return config.start().plusDays(rng.nextInt(config.days()));
    }

    /**
     * A date 45-300 days before or after {@code date}, within the span when the span allows; else the
     * end of the span farther from {@code date}, so a twin is never days from its original (it would
     * then be a follow-up of the same storyline, not a different event of the same kind).
     */
    private LocalDate monthsAway(LocalDate date, Rng rng) {
        int offset = rng.between(45, 300);
        LocalDate later = date.plusDays(offset);
        LocalDate earlier = date.minusDays(offset);
        boolean preferLater = rng.chance(0.5);
        LocalDate preferred = preferLater ? later : earlier;
        LocalDate other = preferLater ? earlier : later;
        if (inSpan(preferred)) return preferred;
        if (inSpan(other)) return other;
        LocalDate first = config.start(), last = config.start().plusDays(config.days() - 1);
        return date.toEpochDay() - first.toEpochDay() >= last.toEpochDay() - date.toEpochDay() ? first : last;
    }

    private boolean inSpan(LocalDate d) {
        return !d.isBefore(config.start()) && d.isBefore(config.start().plusDays(config.days()));
    }
}
