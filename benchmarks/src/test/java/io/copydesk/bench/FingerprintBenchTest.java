package io.copydesk.bench;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.Shingler;
import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.Article;
import io.copydesk.fingerprint.Fingerprint;
import io.copydesk.minhash.MinHasher;
import org.junit.jupiter.api.Test;

class FingerprintBenchTest {
    /** Each timed fingerprint is the analysis's own: its shingles and signature recomputed from the analyzed tokens, and its bytes round-trip. */
    @Test
    void fingerprintsAreTheShinglesAndSignatureOfTheAnalyzedTokens() {
        FingerprintBench b = new FingerprintBench();
        b.setup();
        assertEquals(FingerprintBench.ARTICLES, b.articles.size());
        assertTrue(b.batchBytes > 100L * FingerprintBench.ARTICLES, "articles have text: " + b.batchBytes);
        Shingler shingler = new Shingler(AnalysisConfig.DEFAULT.shingle(), AnalysisConfig.DEFAULT.seed());
        MinHasher minHasher = new MinHasher(AnalysisConfig.DEFAULT.hashes(), AnalysisConfig.DEFAULT.seed());
        int removedSomewhere = 0;
        for (Article a : b.articles) {
            Fingerprint f = b.fingerprinter.fingerprint(a);
            var tokens = b.fingerprinter.analyze(a).tokens();
            assertTrue(tokens.size() > 20, a.id());
            assertArrayEquals(shingler.shingles(tokens).hashes(), f.shingles().hashes(), a.id());
            assertEquals(minHasher.sign(f.shingles()), f.signature(), a.id());
            assertTrue(f.terms().size() > 5, a.id());
            assertEquals(f, Fingerprint.fromBytes(f.toBytes()), a.id());
            Fingerprint d = b.forDuplicates.fingerprint(a); // what the duplicates benchmark times: same shingles and signature, no terms
            assertArrayEquals(f.shingles().hashes(), d.shingles().hashes(), a.id());
            assertEquals(f.signature(), d.signature(), a.id());
            assertFalse(d.complete(), a.id());
            if (!f.removed().isEmpty()) removedSomewhere++;
            assertTrue(FingerprintBench.scan(a.text()) > 0);
        }
        assertTrue(removedSomewhere > 0, "the generated site furniture is cleaned away in some articles");
    }
}
