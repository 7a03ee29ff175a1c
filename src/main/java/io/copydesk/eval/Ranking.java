package io.copydesk.eval;

import java.util.List;
import java.util.Objects;

/** What a related-story search returned for one query item: result ids, best first. */
public record Ranking(String query, List<String> results) {
    public Ranking {
        Objects.requireNonNull(query, "query");
        results = List.copyOf(results);
    }
}
