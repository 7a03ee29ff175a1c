package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Trials;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdIndexTest {
    /** Ids with shared hash codes ("Aa" and "BB" hash alike, so do their concatenations), repeats, and the empty id. */
    private static List<String> ids(java.util.Random r) {
        List<String> out = new ArrayList<>();
        String[] pieces = {"Aa", "BB", "wire-", "", "0", "é"};
        for (int i = 0, n = r.nextInt(r.nextBoolean() ? 40 : 5000); i < n; i++) {
            StringBuilder id = new StringBuilder();
            for (int p = 0, parts = r.nextInt(5); p < parts; p++) id.append(pieces[r.nextInt(pieces.length)]);
            if (r.nextInt(3) > 0) id.append(r.nextInt(n + 1));
            out.add(id.toString());
        }
        return out;
    }

    @Test
    void putAndGetAgreeWithAMapKeepingTheFirstPosition() {
        Trials.run("id index", 30, IdIndexTest::ids, ids -> {
            IdIndex index = new IdIndex();
            Map<String, Integer> reference = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                Integer first = reference.putIfAbsent(id, i);
                assertEquals(first == null ? -1 : first, index.putIfAbsent(id, i), id);
            }
            for (String id : ids) assertEquals(reference.get(id), index.get(id), id);
            for (String id : List.of("absent", "Aa-1", "BBBB" + ids.size())) assertEquals(reference.getOrDefault(id, -1), index.get(id), id);
        });
    }
}
