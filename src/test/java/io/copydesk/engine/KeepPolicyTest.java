package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeepPolicyTest {
    /** Each policy's order as its documentation states it, in Comparator's combinators (the spec the policy's own method must meet). */
    private static Comparator<ArticleMeta> spec(KeepPolicy p) {
        // a date without a time (midnight UTC) could be any time of its day: after that day's stamped times
        Comparator<ArticleMeta> byDate = Comparator.comparing(a -> a.date() == null ? null
                        : a.date().atZone(java.time.ZoneOffset.UTC).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? a.date().plus(java.time.Duration.ofDays(1)).minusNanos(1) : a.date(),
                Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
        Comparator<ArticleMeta> longestFirst = Comparator.comparingInt(ArticleMeta::length).reversed();
        Comparator<ArticleMeta> c = switch (p) {
            case earliest -> byDate.thenComparing(longestFirst);
            case longest -> longestFirst.thenComparing(byDate);
            case first -> Comparator.comparingInt(ArticleMeta::index);
        };
        return c.thenComparing(ArticleMeta::id);
    }

    @Test
    void everyPolicyOrdersAsItsDocumentationSays() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            // few distinct dates, lengths and ids, missing dates: ties at every level of each order; dates without a
            // time (midnight), stamped times of the same days, and the day's last instant, which ties with its date alone
            List<ArticleMeta> articles = new ArrayList<>();
            long[] times = {0, 7 * 3_600, 9 * 3_600, 86_399};
            for (int i = 0; i < 12; i++) {
                Instant date = random.nextInt(4) == 0 ? null
                        : Instant.ofEpochSecond(86_400L * random.nextInt(3) + times[random.nextInt(times.length)], random.nextInt(5) == 0 ? 999_999_999 : 0);
                articles.add(new ArticleMeta(random.nextInt(6), "id" + random.nextInt(5), null, date, null, null, random.nextInt(3), null));
            }
            for (KeepPolicy p : KeepPolicy.values()) {
                for (ArticleMeta a : articles) {
                    for (ArticleMeta b : articles) {
                        assertEquals(Integer.signum(spec(p).compare(a, b)), Integer.signum(p.order().compare(a, b)), p + ": " + a + " vs " + b);
                    }
                }
            }
        }
    }
}
