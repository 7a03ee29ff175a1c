package io.copydesk.example;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What keeps the engine usable on its own: picocli, SQLite (JDBC) and SLF4J bindings are optional
 * dependencies, so only the CLI and the persistent index may use them, and the engine never
 * reaches up into either; and the API a library user calls takes and returns no internal type.
 */
class CoreDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java/io/copydesk");
    private static final List<String> OPTIONAL = List.of("import picocli.", "import java.sql.", "import org.sqlite.", "import org.slf4j.");

    @Test
    void onlyTheCliAndTheIndexUseTheOptionalDependencies() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = SOURCES.relativize(f).toString();
                if (rel.startsWith("cli") || rel.startsWith("index")) continue;
                for (String line : Files.readAllLines(f)) {
                    boolean optional = OPTIONAL.stream().anyMatch(line::startsWith);
                    boolean upward = line.startsWith("import io.copydesk.cli.") || line.startsWith("import io.copydesk.index.");
                    if (optional || upward) offenders.add(rel + ": " + line);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theLibraryApiTakesAndReturnsNoInternalType() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (String pkg : List.of("engine", "fingerprint", "verify", "document", "analysis", "minhash", "hash", "lsh")) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Class<?> c = Class.forName("io.copydesk." + pkg + "." + f.getFileName().toString().replace(".java", ""));
                    if (!Modifier.isPublic(c.getModifiers())) continue;
                    for (Method m : c.getMethods()) {
                        if (m.getDeclaringClass() != c) continue;
                        check(c.getSimpleName() + "." + m.getName(), m.getReturnType(), offenders);
                        for (Class<?> p : m.getParameterTypes()) check(c.getSimpleName() + "." + m.getName(), p, offenders);
                    }
                    for (Constructor<?> k : c.getConstructors()) {
                        for (Class<?> p : k.getParameterTypes()) check(c.getSimpleName() + ".<init>", p, offenders);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    private static void check(String where, Class<?> type, List<String> offenders) {
        if (type.getName().startsWith("io.copydesk.internal.")) offenders.add(where + " uses " + type.getName());
    }
}
