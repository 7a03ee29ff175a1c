package io.copydesk.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad option values are told in one plain line (no Java type names, no picocli phrasing), then the usage hint; exit 2. */
class OptionErrorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "dedup corpus --threshold abc;--threshold: 'abc' is not a number",
        "dedup corpus --shingle 1.5;--shingle: '1.5' is not a whole number",
        "dedup corpus --threads 99999999999;--threads: '99999999999' is too large",
        "dedup corpus --max-article-bytes 1x;--max-article-bytes: '1x' is not a size in bytes (such as 65536, 512k, 16M or 8G)",
        "dedup corpus --max-input-bytes 2.5G;--max-input-bytes: '2.5G' is not a size in bytes (such as 65536, 512k, 16M or 8G)",
        "dedup corpus --field x;--field: 'x' is not PART=NAME",
        "dedup corpus --format xml;--format: 'xml' is not one of text, tsv, csv, jsonl",
        "dedup;missing 'INPUT'",
        "explain corpus --a;--a needs a value (ID)",
        "related corpus;give one of --id=ID | --all | --query-file=FILE",
        "index add corpus;missing '--index=DIR'",
    })
    void aBadValueIsOnePlainLine(String command, String message) {
        String[] args = command.split(" ");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new ByteArrayOutputStream(), err, false, args);
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.USAGE, exit, text);
        String name = command.startsWith("index") ? "index add" : args[0];
        assertEquals("copydesk: " + message + "\nTry 'copydesk " + name + " --help' for more information.\n", text);
    }
}
