package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options {@code ./copydesk} picks by command and input size ({@code COPYDESK_PRINT_JAVA=1}
 * prints the java command instead of running it): C1 alone under 1 GiB of input for the commands
 * that analyze a collection, the young generation by command and size, the collector, huge pages by
 * what the kernel and the machine offer, the user's options last. Inputs are sparse files, so their sizes
 * cost no disk; the kernel's and devices' files are read from a made-up {@code /sys} ({@code COPYDESK_SYS}).
 */
class LauncherOptionsTest {
    private static final long MIB = 1 << 20;
    private static final String C1 = "-XX:TieredStopAtLevel=1";
    private static final String THP = "-XX:+UseTransparentHugePages";

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsBash() {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isRegularFile(Path.of("copydesk")), "bash and ./copydesk");
    }

    private static Path sized(String name, long bytes) throws IOException {
        Path p = dir.resolve(name);
        if (!Files.exists(p)) {
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                f.setLength(bytes);
            }
        }
        return p;
    }

    /**
     * A made-up {@code /sys}: the kernel's huge page mode, and virtio devices as {@code id:features}
     * (features one character a bit, bit 0 first).
     */
    private static Path sys(String name, String hugePages, String... devices) throws IOException {
        Path root = dir.resolve("sys-" + name);
        Path mm = Files.createDirectories(root.resolve("kernel/mm/transparent_hugepage"));
        Files.writeString(mm.resolve("enabled"), hugePages + "\n");
        for (int i = 0; i < devices.length; i++) {
            String[] d = devices[i].split(":");
            Path dev = Files.createDirectories(root.resolve("bus/virtio/devices/virtio" + i));
            Files.writeString(dev.resolve("device"), d[0] + "\n");
            Files.writeString(dev.resolve("features"), d[1] + "0".repeat(64 - d[1].length()) + "\n");
        }
        return root;
    }

    /** A kernel that gives huge pages on request, on a machine that keeps its free memory. */
    private static final String MADVISE = "always [madvise] never";

    /** The java command the launcher would run for {@code args}, one argument an entry. */
    private static List<String> javaWith(String userOptions, String... args) throws Exception {
        return javaOn(sys("plain", MADVISE), userOptions, args);
    }

    /** As {@link #javaWith}, the launcher reading {@code sys} for {@code /sys}. */
    private static List<String> javaOn(Path sys, String userOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/bin/bash", "copydesk"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("COPYDESK_PRINT_JAVA", "1");
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("COPYDESK_SYS", sys.toString());
        if (userOptions == null) env.remove("COPYDESK_JAVA_OPTS");
        else env.put("COPYDESK_JAVA_OPTS", userOptions);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).endsWith("/bin/java"), out);
        int jar = lines.indexOf("-jar");
        assertTrue(jar > 0 && lines.get(jar + 1).endsWith("-all.jar"), out);
        assertEquals(List.of(args), lines.subList(jar + 2, lines.size()), "the arguments follow the jar, unchanged");
        return lines.subList(0, jar);
    }

    private static List<String> java(String... args) throws Exception {
        return javaWith(null, args);
    }

    @Test
    void dedupRunsC1AloneUnderOneGibAndSizesItsYoungGenerationByInput() throws Exception {
        List<String> small = java("dedup", sized("small.jsonl", 1000).toString(), "-q");
        assertTrue(small.contains(C1) && small.contains("-XX:Tier3BackEdgeThreshold=2000"), small.toString());
        assertTrue(small.contains("-Xmn24m") && small.contains("-XX:PretenureSizeThreshold=2m"), small.toString());
        if (Runtime.getRuntime().availableProcessors() >= 2) assertTrue(small.contains("-XX:CICompilerCount=2"), small.toString());
        List<String> mid = java("dedup", sized("mid.jsonl", 100 * MIB).toString());
        assertTrue(mid.contains(C1) && mid.contains("-Xmn64m") && mid.contains("-XX:PretenureSizeThreshold=2m"), mid.toString());
        List<String> large = java("dedup", sized("large.jsonl", 600 * MIB).toString());
        assertTrue(large.contains(C1), large.toString());
        assertFalse(large.stream().anyMatch(o -> o.startsWith("-Xmn") || o.startsWith("-XX:PretenureSizeThreshold")), large.toString());
        List<String> huge = java("dedup", sized("huge.jsonl", 1100 * MIB).toString());
        assertFalse(huge.contains(C1) || huge.stream().anyMatch(o -> o.startsWith("-Xmn") || o.startsWith("-XX:Tier3BackEdge") || o.startsWith("-XX:CICompilerCount")),
                "C2 keeps HotSpot's compiler threads: " + huge);
        assertTrue(huge.contains("-XX:Tier4BackEdgeThreshold=400000"), "dedup's C2 settings: " + huge);
        for (List<String> opts : List.of(small, mid, large, huge, java("dedup", "-"))) {
            assertTrue(opts.contains(THP), "huge pages at every size where the kernel gives them on request: " + opts);
        }
    }

    @Test
    void hugePagesWhereTheKernelGivesThemOnRequestAndTheHostDoesNotTakeFreeMemoryBack() throws Exception {
        String small = sized("small.jsonl", 1000).toString();
        String reporting = "0110010100000000000000000000000010"; // bit 5: VIRTIO_BALLOON_F_REPORTING
        String stats = "0110000100000000000000000000000010"; // the same balloon without it
        for (String command : List.of("dedup", "cluster", "related", "generate")) {
            assertTrue(javaOn(sys("balloon", MADVISE, "0x0002:" + stats, "0x0005:" + stats), null, command, small).contains(THP),
                    command + ": a balloon that does not report free pages");
            assertTrue(javaOn(sys("net", MADVISE, "0x0001:" + reporting), null, command, small).contains(THP),
                    command + ": bit 5 of a network device is another feature");
            assertFalse(javaOn(sys("reporting", MADVISE, "0x0002:" + stats, "0x0005:" + reporting), null, command, small).contains(THP),
                    command + ": the host takes free 2 MB blocks back, and a huge page would be one");
            assertFalse(javaOn(sys("always", "[always] madvise never"), null, command, small).contains(THP), command + ": given without asking");
            assertFalse(javaOn(sys("never", "always madvise [never]"), null, command, small).contains(THP), command + ": not given");
            assertFalse(javaOn(dir.resolve("no-sys"), null, command, small).contains(THP), command + ": no /sys to read");
        }
        List<String> off = javaWith("-XX:-UseTransparentHugePages", "dedup", "-");
        assertTrue(off.lastIndexOf(THP) < off.indexOf("-XX:-UseTransparentHugePages"), "the user's choice comes last and wins: " + off);
        List<String> on = javaOn(sys("reporting-alone", MADVISE, "0x0005:" + reporting), "-XX:+UseTransparentHugePages", "dedup", small);
        assertEquals("-XX:+UseTransparentHugePages", on.getLast(), "the user may ask for them: " + on);
    }

    @Test
    void inputsAddUpGzipCountsFourTimesAndOutputsAndStdinAreNotSized() throws Exception {
        String half = sized("half.jsonl", 600 * MIB).toString();
        assertFalse(java("dedup", half, half).contains(C1), "two inputs of 600 MiB are 1.2 GiB");
        assertFalse(java("dedup", sized("packed.jsonl.gz", 300 * MIB).toString()).contains(C1), "300 MiB of gzip is taken as 1.2 GiB");
        String small = sized("small.jsonl", 1000).toString(), huge = sized("huge.jsonl", 1100 * MIB).toString();
        assertTrue(java("dedup", small, "--out", huge).contains(C1), "--out names an output");
        assertTrue(java("dedup", small, "--write-unique", huge).contains(C1), "--write-unique names an output");
        List<String> stdin = java("dedup", "-");
        assertFalse(stdin.contains(C1) || stdin.stream().anyMatch(o -> o.startsWith("-Xmn")), "stdin cannot be sized: " + stdin);
    }

    @Test
    void commandsThatClusterKeepTheirYoungGenerationUpToOneGib() throws Exception {
        String small = sized("small.jsonl", 1000).toString(), large = sized("large.jsonl", 600 * MIB).toString();
        for (String command : List.of("cluster", "related", "report", "explain", "eval")) {
            for (String input : List.of(small, large)) {
                List<String> opts = java(command, input);
                assertTrue(opts.contains(C1) && opts.contains("-XX:Tier3BackEdgeThreshold=2000"), command + " " + opts);
                assertTrue(opts.contains("-Xmn64m") && opts.contains("-XX:MaxTenuringThreshold=1"), command + " " + opts);
                assertTrue(opts.contains("-XX:+UseParallelGC"), command + " holds every vector: " + opts);
            }
        }
        List<String> huge = java("cluster", sized("huge.jsonl", 1100 * MIB).toString());
        assertFalse(huge.contains(C1) || huge.stream().anyMatch(o -> o.startsWith("-Xmn")), huge.toString());
        for (List<String> opts : List.of(java("cluster", small), java("cluster", large), huge)) {
            assertTrue(opts.contains(THP), "huge pages at every size where the kernel gives them on request: " + opts);
        }
        List<String> generate = java("generate", "--articles", "10");
        assertFalse(generate.contains(C1) || generate.stream().anyMatch(o -> o.startsWith("-Xmn")), generate.toString());
    }

    /** This machine's memory as the launcher reads it (MemTotal), or 0 where there is no /proc/meminfo. */
    private static long memory() throws IOException {
        Path info = Path.of("/proc/meminfo");
        if (!Files.isReadable(info)) return 0;
        for (String line : Files.readAllLines(info)) {
            if (line.startsWith("MemTotal:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
        return 0;
    }

    /** The initial heap the launcher asks for, in bytes of {@code memory} (-1 when it asks for none). */
    private static double initialHeap(List<String> opts, long memory) {
        List<String> shares = opts.stream().filter(o -> o.startsWith("-XX:InitialRAMPercentage=")).toList();
        assertTrue(shares.size() <= 1, opts.toString());
        return shares.isEmpty() ? -1 : Double.parseDouble(shares.getFirst().substring(shares.getFirst().indexOf('=') + 1)) / 100 * memory;
    }

    @Test
    void theInitialHeapIsWhatTheRunWillHoldWhereThatIsMoreThanTheJvmsOwnStart() throws Exception {
        long memory = memory();
        assumeTrue(memory > 0, "the launcher reads /proc/meminfo");
        for (long bytes : List.of(1000L, 100 * MIB, 300 * MIB, 500 * MIB)) {
            Path input = sized("heap-" + bytes + ".jsonl", bytes);
            for (String command : List.of("dedup", "cluster", "related", "report", "explain", "eval")) {
                double times = command.equals("dedup") ? 2.5 : 4, wanted = Math.min(times * bytes, memory / 4.0);
                double asked = initialHeap(java(command, input.toString()), memory);
                // the share is written to a hundredth of a percent, rounded down: within that of the JVM's start, either
                if (wanted <= memory / 64.0) {
                    assertEquals(-1, asked, command + " " + bytes + ": no more than the JVM's own start");
                } else if (asked != -1 || wanted >= memory / 64.0 + memory / 10_000.0) {
                    assertTrue(asked <= wanted && asked > wanted - memory / 10_000.0 && asked > memory / 64.0,
                            command + " " + bytes + ": " + asked + " for " + wanted);
                }
            }
        }
        for (List<String> opts : List.of(java("dedup", sized("large.jsonl", 600 * MIB).toString()), java("dedup", "-"),
                java("generate", "--articles", "10"), java("cluster", sized("huge.jsonl", 1100 * MIB).toString()))) {
            assertEquals(-1, initialHeap(opts, memory), "from 512 MiB, unsized inputs and other commands: the JVM's own " + opts);
        }
    }

    @Test
    void theUsersOptionsComeLastAndTheirCollectorReplacesTheLaunchers() throws Exception {
        String small = sized("small.jsonl", 1000).toString();
        List<String> plain = java("dedup", small);
        assertEquals(1, plain.stream().filter(o -> o.equals("-XX:+UseSerialGC") || o.equals("-XX:+UseParallelGC")).count(), plain.toString());
        List<String> opts = javaWith("-Xmx3g -Xmn100m", "dedup", small);
        assertEquals(List.of("-Xmx3g", "-Xmn100m"), opts.subList(opts.size() - 2, opts.size()), "later options win: " + opts);
        List<String> g1 = javaWith("-XX:+UseG1GC", "cluster", small);
        assertEquals(1, g1.stream().filter(o -> o.startsWith("-XX:+Use") && o.endsWith("GC")).count(), g1.toString());
        assertEquals("-XX:+UseG1GC", g1.getLast());
    }
}
