package io.copydesk.generate;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class GeneratorConfigTest {
    @Test
    void outOfRangeValuesNameTheSettingTheValueAndTheRange() {
        var e = assertThrows(GeneratorConfig.InvalidSetting.class, () -> GeneratorConfig.of(10).withEditRate(0.7));
        assertEquals("edit-rate", e.setting());
        assertTrue(e.problem().startsWith("0.7 is outside 0..0.5 ("), e.problem());
        assertEquals("articles", assertThrows(GeneratorConfig.InvalidSetting.class, () -> GeneratorConfig.of(0)).setting());
        assertEquals("dup-rate", assertThrows(GeneratorConfig.InvalidSetting.class,
                () -> GeneratorConfig.of(1).withDupRate(Double.NaN)).setting());
        assertEquals("related-per-event", assertThrows(GeneratorConfig.InvalidSetting.class,
                () -> GeneratorConfig.of(1).withRelatedPerEvent(0)).setting());
    }
}
