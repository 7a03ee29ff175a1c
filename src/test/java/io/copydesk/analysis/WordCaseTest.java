package io.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name vote of the word in brackets, in its sentence (TermTallyTest checks the votes of random text against the rule written out). */
class WordCaseTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a fire in [Brenmoor] on Monday|1",
        "a [chemical] fire|-1",
        "[Firefighters] fought the blaze|0",
        "[Glamis] Gold Ltd said|1",
        "Shares fell. [Glamis] Gold said|1",
        "[Glamis]  said|0",
        "The blaze spread. [Firefighters] fought it|0",
        "said: [Firefighters] fought it|0",
        "residents of \u201C[Brenmoor]\u201D said|1",
        "the town, [Brenmoor], said|1",
        "officials said, \"[Firefighters] arrived late\"|0",
        "officials said, \u201C[Firefighters] arrived late|0",
        "officials said, \"[Brenmoor] Fire Service arrived|1",
        "\"We are ready,\" [Smith] said|1",
        "\u201CWe are ready,\u201D [Smith] said|1",
        "a new [iPhone] went on sale|1",
        "[eBay] said|1",
        "talks at [NATO] resumed|1",
        "[NATO] leaders met|0",
        "[NATO] Secretary General|1",
        "A STORM [HITS] THE COAST OF THE SOUTHERN REGION|0",
        "A STORM [HITS] THE COAST|0",
        "fell on [Monday] and [March] 3|0",
        "broadcast on [Tuesdays] and Wednesdays|0",
        "open on [SUNDAYS] too|0",
        "\u5728[\u5317\u4EAC]\u4E3E\u884C|0",
        "in 2025 [2026] too|0",
        "a [\u00C9lys\u00E9e] spokesman|1",
        "le [\u00E9lys\u00E9e]|-1",
        "first line~[Brenmoor] second line|0",
        "lawmakers in [Velmora] approved|1"})
    void votes(String sentence, int vote) {
        sentence = sentence.replace('~', '\n'); // a line break
        String text = sentence.replace("[", "").replace("]", "");
        int start = sentence.indexOf('['), end = sentence.indexOf(']') - 1;
        assertEquals(vote, WordCase.vote(text, start, end), sentence);
    }
}
