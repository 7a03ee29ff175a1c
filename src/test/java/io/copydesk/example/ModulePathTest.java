package io.copydesk.example;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.engine.NewsCollection;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * copydesk as a named module, the way a modular application uses it: a module layer holding only
 * copydesk and its required (non-optional) dependencies, no picocli, no SQLite, no logging binding.
 * The other tests run on the class path, as the CLI does.
 */
class ModulePathTest {
    /** Dependencies a program that only dedups in memory gets (the pom's non-optional compile scope). */
    private static final List<String> CORE = List.of("/org/apache/opennlp/", "/com/github/haifengl/", "/org/slf4j/slf4j-api/");

    private static ModuleLayer coreLayer() throws Exception {
        List<Path> paths = new ArrayList<>();
        paths.add(Path.of(NewsCollection.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String unix = entry.replace('\\', '/');
            if (CORE.stream().anyMatch(unix::contains)) paths.add(Path.of(entry));
        }
        ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
        Configuration config = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("io.copydesk"));
        return ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void exportsTheStagesAndHidesInternalsAndTheCommandLine() throws Exception {
        ModuleDescriptor d = coreLayer().findModule("io.copydesk").orElseThrow().getDescriptor();
        Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(exported.containsAll(List.of("io.copydesk.document", "io.copydesk.engine", "io.copydesk.analysis")), exported.toString());
        assertTrue(exported.stream().noneMatch(p -> p.startsWith("io.copydesk.internal") || p.startsWith("io.copydesk.cli")), exported.toString());
        Set<String> optional = d.requires().stream().filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        assertEquals(Set.of("info.picocli", "org.xerial.sqlitejdbc"), optional);
    }

    @Test
    void dedupsInMemoryWithOnlyTheCoreModules() throws Exception {
        ModuleLayer layer = coreLayer();
        assertTrue(layer.findModule("info.picocli").isEmpty() && layer.findModule("org.xerial.sqlitejdbc").isEmpty());
        ClassLoader loader = layer.findLoader("io.copydesk");
        Class<?> article = loader.loadClass("io.copydesk.document.Article");
        Class<?> news = loader.loadClass("io.copydesk.engine.NewsCollection");
        assertNotSame(NewsCollection.class, news, "the classes come from the module layer, not the class path");
        Method of = article.getMethod("of", String.class, String.class);
        String quake = "Rescue teams searched the collapsed school in Corvaro through the night after the magnitude 6.8 "
                + "earthquake, and officials said at least 27 people had died";
        List<Object> articles = List.of(of.invoke(null, "wire-1", quake + "."), of.invoke(null, "paper-7", quake + ", the agency reported."),
                of.invoke(null, "blog-3", "The central bank of Hollmark held its interest rate at 4 percent on Thursday, saying "
                        + "inflation had eased but wages were still rising faster than expected."));
        Object collection = news.getMethod("of", java.util.Collection.class).invoke(null, articles); // tokenizes with OpenNLP's model jar
        List<?> groups = (List<?>) news.getMethod("duplicates").invoke(collection);
        assertEquals(1, groups.size());
        Object group = groups.getFirst();
        assertEquals("paper-7", group.getClass().getMethod("canonical").invoke(group));
        assertEquals("io.copydesk", group.getClass().getModule().getName());
    }

    /** Without SQLite's driver the index says which dependency it needs (the version the pom names), and leaves its lock free. */
    @Test
    void theIndexWithoutSqliteNamesTheDependencyItNeeds(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Class<?> index = coreLayer().findLoader("io.copydesk").loadClass("io.copydesk.index.ArticleIndex");
        Method open = index.getMethod("openForWriting", Path.class, index.getClassLoader().loadClass("io.copydesk.index.ArticleIndex$SettingsChoice"),
                boolean.class);
        String pom = java.nio.file.Files.readString(Path.of("pom.xml"));
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("<artifactId>sqlite-jdbc</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find());
        for (int attempt = 0; attempt < 2; attempt++) { // the second finds the writer lock free
            Throwable e = assertThrows(java.lang.reflect.InvocationTargetException.class, () -> open.invoke(null, dir.resolve("idx"), null, true))
                    .getCause();
            assertEquals(IllegalStateException.class, e.getClass(), e.toString());
            assertTrue(e.getMessage().contains("org.xerial:sqlite-jdbc:" + version.group(1)), e.getMessage());
        }
    }
}
