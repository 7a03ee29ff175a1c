package io.copydesk.generate;

import io.copydesk.generate.Furniture.Byline;
import io.copydesk.generate.Furniture.DateLine;
import io.copydesk.generate.Furniture.Fixed;
import io.copydesk.generate.Furniture.Headline;
import io.copydesk.generate.Furniture.LinkList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A publishing site: its name, domain, reporters and the fixed template its pages share. */
final class Site {
    private static final String[] MASTHEADS = {
        "Herald", "Times", "Post", "Daily", "Tribune", "Gazette", "Observer", "Courier", "Chronicle",
        "Record", "Sentinel", "Journal", "Express", "News", "Wire", "Dispatch", "Star", "Ledger",
    };
    private static final String[] SHARE_PROMPTS = {
        "Share this article", "Share on Facebook Share on X Share by email", "Listen to this article",
        "Save to reading list", "Follow Unfollow", "Copy link", "Print this page",
    };
    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    };

    final String name;
    final String domain;
    private final String[] reporters;
    private final Furniture[] header;
    private final Furniture[] footer;

    private Site(String name, String domain, String[] reporters, List<Furniture> header, List<Furniture> footer) {
        this.name = name;
        this.domain = domain;
        this.reporters = reporters;
        this.header = header.toArray(Furniture[]::new);
        this.footer = footer.toArray(Furniture[]::new);
    }

    /** {@code count} sites with distinct names (at most the number of place names). */
    static Site[] createAll(int count, Lexicon lex, Rng rng) {
        String[] roots = lex.placeNames.clone();
        Site[] sites = new Site[count];
        for (int i = 0; i < count; i++) {
            int j = i + rng.nextInt(roots.length - i); // partial Fisher-Yates: distinct roots
            String root = roots[j];
            roots[j] = roots[i];
            sites[i] = create(root, lex, rng);
        }
        return sites;
    }

    private static Site create(String root, Lexicon lex, Rng rng) {
        String masthead = rng.pick(MASTHEADS);
        String name = (rng.chance(0.5) ? "The " : "") + root + " " + masthead;
        String domain = (root + masthead).toLowerCase(Locale.ROOT) + ".example";
        String[] reporters = new String[rng.between(4, 10)];
        for (int i = 0; i < reporters.length; i++) reporters[i] = lex.personName(rng);

        List<Furniture> header = new ArrayList<>();
        if (rng.chance(0.5)) header.add(new Fixed(name));
        if (rng.chance(0.3)) header.add(new Fixed("Home | World | Business | Politics | Sport | Science | Health"));
        if (rng.chance(0.35)) header.add(new Headline());
        if (rng.chance(0.5)) header.add(new Byline());
        if (rng.chance(0.6)) header.add(new DateLine(rng.pick(new String[] {"Published: ", "Updated ", "Posted on ", ""}), rng.chance(0.5)));
        if (rng.chance(0.3)) header.add(new Fixed(rng.pick(SHARE_PROMPTS)));
        if (rng.chance(0.2)) header.add(new Fixed("Photo: " + rng.pick(lex.orgNames) + " Images / File"));

        List<Furniture> footer = new ArrayList<>();
        if (rng.chance(0.4)) footer.add(new Fixed(rng.pick(SHARE_PROMPTS)));
        if (rng.chance(0.6)) {
            footer.add(new Fixed("Sign up for the " + name + " " + rng.pick(new String[] {"morning", "evening", "daily", "weekly"})
                    + " briefing to get the top stories in your inbox."));
        }
        if (rng.chance(0.8)) {
            footer.add(new LinkList(rng.pick(new String[] {"Read more:", "Also read", "More from " + name, "Related stories", "Most read"})));
        }
        if (rng.chance(0.3)) footer.add(new Fixed("Have a story for us? Write to tips@" + domain));
        if (rng.chance(0.2)) footer.add(new Fixed("Comments are closed for this article."));
        // Every site repeats at least one line on all its pages.
        if (footer.stream().noneMatch(Fixed.class::isInstance) || rng.chance(0.8)) {
            footer.add(new Fixed("\u00a9 " + rng.between(2015, 2025) + " " + name + ". All rights reserved."));
        }
        return new Site(name, domain, reporters, header, footer);
    }

    /** The page text: header lines, the body, footer lines, joined with '\n'. */
    Page render(String title, String body, LocalDate date, Prose prose, Rng rng) {
        StringBuilder sb = new StringBuilder(body.length() + 600);
        for (Furniture f : header) {
            line(sb, f, title, date, prose, rng);
            sb.append('\n');
        }
        int start = sb.length();
        sb.append(body);
        int end = sb.length();
        for (Furniture f : footer) {
            sb.append('\n');
            line(sb, f, title, date, prose, rng);
        }
        return new Page(sb.toString(), start, end);
    }

    private void line(StringBuilder sb, Furniture f, String title, LocalDate date, Prose prose, Rng rng) {
        switch (f) {
            case Fixed x -> sb.append(x.line());
            case Headline h -> sb.append(title);
            case Byline b -> sb.append("By ").append(rng.pick(reporters));
            case DateLine d -> {
                sb.append(d.prefix());
                if (d.spelledOut()) {
                    sb.append(MONTHS[date.getMonthValue() - 1]).append(' ').append(date.getDayOfMonth()).append(", ").append(date.getYear());
                } else {
                    sb.append(date); // ISO yyyy-MM-dd
                }
            }
            case LinkList l -> {
                sb.append(l.heading());
                int n = rng.between(3, 5);
                for (int i = 0; i < n; i++) sb.append('\n').append(prose.linkHeadline(rng));
            }
        }
    }

    /** A rendered page and where the story body sits in it. */
    record Page(String text, int bodyStart, int bodyEnd) {}
}
