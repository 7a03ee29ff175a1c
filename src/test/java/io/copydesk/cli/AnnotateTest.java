package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.internal.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dedup/cluster --annotate and --write-unique write the input records back exactly as given. */
class AnnotateTest {
    @TempDir static Path dir;
    static Path input;
    static List<String> lines;

    @BeforeAll
    static void input() throws Exception {
        Path generated = dir.resolve("gen.jsonl");
        assertEquals("0", RelatedAndClusterCommandTest.run(new GenerateCommand(), "--articles", "300", "--seed", "5",
                "--out", generated.toString())[0]);
        lines = new ArrayList<>(Files.readAllLines(generated));
        String body = "Rescue teams searched the collapsed market hall in Montevar through the night after the quake, "
                + "officials said, as aftershocks rattled the valley and families waited outside the cordon for news.";
        // text the reader repairs (mojibake; accents as marks of their own, raw and escaped): written back as given all the same
        lines.add("{\"id\":\"odd-4\",\"text\":\"The mayor\u00e2\u20ac\u2122s office said the Lindqvarn ferry would resume its crossings "
                + "on Monday after the inspectors\u00e2\u20ac\u2122 report found the hull sound.\",\"topic\":\"kept\",\"n\":2}");
        lines.add("{\"id\":\"odd-5\",\"x\":[1],\"text\":\"Le conseil municipal de Valre\u0301mont a vote\\u0301 mardi la re\u0301novation "
                + "de la gare, un chantier de deux ans finance\u0301 par la re\u0301gion et l'E\u0301tat.\"}");
        // odd but valid values: a far-future date, a number with a trailing zero, nested values, escapes, spaces
        lines.add("{\"id\": \"odd-1\", \"text\": \"" + body + "\", \"date\": \"+999999999-12-31\", \"n\": 1.50, "
                + "\"meta\": {\"k\": [1, 2.0e3, null]}, \"e\": \"caf\\u00e9\", \"flag\": true}  ");
        lines.add("{\"id\":\"odd-3\",\"date\":[\"2024\",\"06\"],\"text\":\"A storm cut power to sixty thousand homes on the "
                + "Eastmoor coast overnight, the grid operator said, and crews expected to restore most of it by the evening.\"}");
        lines.add("{\"meta\":[],\"id\":\"odd-2\",\"date\":{\"when\":\"soon\"},\"text\":\"" + body + "\"}");
        input = dir.resolve("in.jsonl");
        Files.write(input, lines);
    }

    static Map<String, String> byId(List<String> jsonLines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : jsonLines) out.put(Json.parseObject(l).get("id").toString(), l);
        return out;
    }

    @Test
    void annotateKeepsEveryRecordAndFieldAsGiven() throws Exception {
        Path out = dir.resolve("annotated.jsonl");
        String[] r = RelatedAndClusterCommandTest.run(new DedupCommand(), input.toString(), "--annotate", out.toString(), "--format", "jsonl", "-q");
        assertEquals("0", r[0], r[2]);
        List<String> annotated = Files.readAllLines(out);
        assertEquals(lines.size(), annotated.size());
        for (int i = 0; i < lines.size(); i++) {
            String original = lines.get(i).strip();
            String head = original.substring(0, original.lastIndexOf('}'));
            assertTrue(annotated.get(i).startsWith(head + ","), "record text kept as given:\n" + original + "\n" + annotated.get(i));
            Map<String, Object> before = Json.parseObject(original), after = new HashMap<>(Json.parseObject(annotated.get(i)));
            List<String> added = List.of(before.containsKey("dup_group") ? "copydesk_dup_group" : "dup_group", "canonical", "jaccard", "containment");
            for (String f : added) assertTrue(after.containsKey(f), f + " in " + annotated.get(i));
            after.keySet().removeAll(added);
            assertEquals(before, after);
        }
        assertTrue(r[2].contains("\"dup_group\" field of their own"), "the generator's own dup_group is kept and the clash reported: " + r[2]);
    }

    /** The group copydesk annotated: under its own name, or prefixed where the input had a dup_group field. */
    static Object group(Map<String, Object> annotated) {
        return annotated.containsKey("copydesk_dup_group") ? annotated.get("copydesk_dup_group") : annotated.get("dup_group");
    }

    @Test
    void annotationsAgreeWithTheGroupsPrinted() throws Exception {
        Path out = dir.resolve("groups-annotated.jsonl");
        String[] r = RelatedAndClusterCommandTest.run(new DedupCommand(), input.toString(), "--annotate", out.toString(), "--format", "jsonl", "-q");
        Map<String, Map<String, Object>> annotated = new HashMap<>();
        for (String l : Files.readAllLines(out)) annotated.put(Json.parseObject(l).get("id").toString(), Json.parseObject(l));
        int grouped = 0;
        for (String g : r[1].lines().toList()) {
            Map<String, Object> group = Json.parseObject(g);
            List<?> members = (List<?>) group.get("members");
            String canonical = ((Map<?, ?>) members.getFirst()).get("id").toString();
            for (Object m : members) {
                Map<?, ?> member = (Map<?, ?>) m;
                Map<String, Object> a = annotated.get(member.get("id").toString());
                assertEquals(group.get("group"), group(a));
                assertEquals(canonical, a.get("canonical"));
                assertEquals(member.get("jaccard"), a.get("jaccard"));
                grouped++;
            }
        }
        assertTrue(grouped > 10, "the generated input has duplicates");
        long alone = annotated.values().stream().filter(a -> group(a) == null).count();
        assertEquals(annotated.size() - grouped, alone);
        assertTrue(annotated.values().stream().filter(a -> group(a) == null)
                .allMatch(a -> a.get("canonical").equals(a.get("id")) && a.get("jaccard") == null));
    }

    @Test
    void writeUniqueKeepsRecordsByteForByte() throws Exception {
        Path unique = dir.resolve("unique.jsonl");
        String[] r = RelatedAndClusterCommandTest.run(new DedupCommand(), input.toString(), "--write-unique", unique.toString(), "--format", "jsonl", "-q");
        assertEquals("0", r[0], r[2]);
        Set<Object> keptIds = new HashSet<>();
        for (String g : r[1].lines().toList()) {
            List<?> members = (List<?>) Json.parseObject(g).get("members");
            for (Object m : members.subList(1, members.size())) keptIds.add(((Map<?, ?>) m).get("id")); // copies: left out
        }
        StringBuilder expected = new StringBuilder();
        for (String l : lines) if (!keptIds.contains(Json.parseObject(l).get("id"))) expected.append(l).append('\n');
        assertTrue(expected.length() < String.join("\n", lines).length(), "some copies are left out");
        // the kept lines in input order, byte for byte: spaces after the object, escapes, number forms, key order
        assertEquals(expected.toString(), new String(Files.readAllBytes(unique), StandardCharsets.UTF_8));
        assertTrue(expected.toString().contains("+999999999-12-31"), "an odd date is written as given");
    }

    @Test
    void objectAndArrayDatesAreWarnedAboutLikeAnyUnreadableDate() {
        String[] r = RelatedAndClusterCommandTest.run(new DedupCommand(), input.toString(), "--format", "jsonl");
        assertTrue(r[2].contains("in.jsonl:" + lines.size() + ": unreadable date {...} ignored"), r[2]);
        assertTrue(r[2].contains("in.jsonl:" + (lines.size() - 1) + ": unreadable date [...] ignored"), r[2]);
    }

    @Test
    void clusterAnnotatesTheEventAndStorylineNumbersPrinted() throws Exception {
        Path out = dir.resolve("stories-annotated.jsonl");
        String[] r = RelatedAndClusterCommandTest.run(new ClusterCommand(), input.toString(), "--annotate", out.toString(), "--format", "jsonl", "-q");
        assertEquals("0", r[0], r[2]);
        Map<String, Long> event = new HashMap<>(), storyline = new HashMap<>();
        for (String l : r[1].lines().toList()) {
            Map<String, Object> c = Json.parseObject(l);
            for (Object m : (List<?>) c.get("members")) {
                event.put(m.toString(), (Long) c.get("cluster"));
                storyline.put(m.toString(), (Long) c.get("storyline"));
            }
        }
        assertTrue(storyline.values().stream().distinct().count() < event.values().stream().distinct().count(),
                "some storyline holds more than one event, so the two fields differ");
        List<String> annotated = Files.readAllLines(out);
        assertEquals(lines.size(), annotated.size());
        for (String l : annotated) {
            Map<String, Object> a = Json.parseObject(l);
            assertEquals(event.get(a.get("id").toString()), ours(a, "event"), l);
            assertEquals(storyline.get(a.get("id").toString()), ours(a, "storyline"), l);
        }
    }

    /** Our field of that name: prefixed when the input record has one of its own (generated records carry their true storyline). */
    private static Object ours(Map<String, Object> record, String field) {
        return record.containsKey("copydesk_" + field) ? record.get("copydesk_" + field) : record.get(field);
    }
}
