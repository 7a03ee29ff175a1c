package io.copydesk.index;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.BoilerplateConfig;
import io.copydesk.analysis.TokenizerKind;
import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.lsh.LshParams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexSettingsTest {
    static final IndexSettings OTHER = new IndexSettings(new AnalysisConfig(5, 99, TokenizerKind.learnable, BoilerplateConfig.OFF, 64),
            new LshParams(8, 8), 4, 0.123456789, 0.75, 20, 1.5, false, false, false);

    @Test
    void settingsRoundTripThroughProperties() {
        assertEquals(IndexSettings.DEFAULT, IndexSettings.fromProperties(IndexSettings.DEFAULT.toProperties()));
        assertEquals(OTHER, IndexSettings.fromProperties(OTHER.toProperties()));
    }

    @Test
    void figuresAreCompareOrIgnoreAndNeverLeftOut() {
        assertEquals("compare", IndexSettings.DEFAULT.toProperties().get("figures"));
        assertEquals("ignore", OTHER.toProperties().get("figures"));
        assertFalse(IndexSettings.fromProperties(OTHER.toProperties()).rule().compareFigures());
        Map<String, String> p = new java.util.HashMap<>(IndexSettings.DEFAULT.toProperties());
        p.put("figures", "some");
        assertEquals("setting figures must be compare or ignore, was some",
                assertThrows(IllegalArgumentException.class, () -> IndexSettings.fromProperties(p)).getMessage());
        p.remove("figures"); // only an index of format 4 or later is read, and each has the setting
        assertThrows(IllegalArgumentException.class, () -> IndexSettings.fromProperties(p));
    }

    @Test
    void anIndexMadeBeforePrefixKeysReadsAsWithoutThem() {
        assertTrue(IndexSettings.DEFAULT.prefixKeys(), "a new index has them");
        Map<String, String> p = new java.util.HashMap<>(IndexSettings.DEFAULT.toProperties());
        assertEquals("on", p.remove("prefix-keys"));
        assertFalse(IndexSettings.fromProperties(p).prefixKeys());
        p.put("prefix-keys", "maybe");
        assertEquals("setting prefix-keys must be on or off, was maybe",
                assertThrows(IllegalArgumentException.class, () -> IndexSettings.fromProperties(p)).getMessage());
    }

    @Test
    void anIndexMadeBeforeBriefKeysReadsAsWithoutThem() {
        assertTrue(IndexSettings.DEFAULT.briefKeys(), "a new index has them");
        Map<String, String> p = new java.util.HashMap<>(IndexSettings.DEFAULT.toProperties());
        assertEquals("on", p.remove("brief-keys"));
        IndexSettings before = IndexSettings.fromProperties(p);
        assertFalse(before.briefKeys());
        assertTrue(before.prefixKeys(), "the other switch as stored");
        p.put("brief-keys", "yes");
        assertEquals("setting brief-keys must be on or off, was yes",
                assertThrows(IllegalArgumentException.class, () -> IndexSettings.fromProperties(p)).getMessage());
    }

    @Test
    void differencesNameEachSettingWithBothValues() {
        assertEquals(List.of(), IndexSettings.DEFAULT.differences(IndexSettings.DEFAULT));
        List<String> d = IndexSettings.DEFAULT.differences(OTHER);
        assertTrue(d.contains("shingle 4 vs 5"), d.toString());
        assertTrue(d.contains("tokenizer simple vs learnable"), d.toString());
        assertTrue(d.contains("threshold 0.5 vs 0.123456789"), d.toString());
        assertTrue(d.contains("boilerplate on vs off"), d.toString());
        assertTrue(d.contains("title-weight 2.0 vs 1.5"), d.toString());
    }

    @Test
    void aMissingOrBadSettingIsNamed() {
        Map<String, String> p = new java.util.HashMap<>(IndexSettings.DEFAULT.toProperties());
        p.remove("hashes");
        assertEquals("setting hashes is missing", assertThrows(IllegalArgumentException.class, () -> IndexSettings.fromProperties(p)).getMessage());
        p.put("hashes", "many");
        assertEquals("setting hashes is not an integer: many",
                assertThrows(IllegalArgumentException.class, () -> IndexSettings.fromProperties(p)).getMessage());
    }
}
