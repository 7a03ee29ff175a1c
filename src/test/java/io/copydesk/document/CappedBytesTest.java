package io.copydesk.document;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.testing.Trials;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CappedBytesTest {
    /** Bytes added one at a time or in runs, to a record under a cap, then cleared and added again. */
    private record Case(int cap, List<byte[]> adds) {}

    @Test
    void keepsEveryByteUpToTheCapAndCountsThemAll() {
        Trials.run("capped bytes", 300, r -> {
            int cap = r.nextInt(5000);
            List<byte[]> adds = new ArrayList<>();
            for (int i = r.nextInt(40); i > 0; i--) {
                byte[] b = new byte[r.nextInt(10) == 0 ? 1 : r.nextInt(2000)];
                r.nextBytes(b);
                adds.add(b);
            }
            return new Case(cap, adds);
        }, c -> {
            CappedBytes record = new CappedBytes(c.cap());
            for (int round = 0; round < 2; round++) { // the second after clear: nothing of the first is left
                record.clear();
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                for (byte[] b : c.adds()) {
                    if (b.length == 1) record.add(b[0]);
                    else record.add(b, 0, b.length);
                    all.writeBytes(b);
                }
                byte[] added = all.toByteArray();
                assertEquals(added.length, record.total, "every byte counted");
                assertEquals(added.length > c.cap(), record.overCap());
                if (!record.overCap()) {
                    assertArrayEquals(added, Arrays.copyOf(record.bytes, record.length), "every byte kept, in order");
                } else {
                    assertTrue(record.length <= c.cap(), "kept " + record.length + " of a cap of " + c.cap());
                    assertArrayEquals(Arrays.copyOf(added, record.length), Arrays.copyOf(record.bytes, record.length), "a prefix kept");
                }
            }
        });
    }
}
