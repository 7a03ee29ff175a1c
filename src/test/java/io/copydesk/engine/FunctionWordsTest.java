package io.copydesk.engine;

import static org.junit.jupiter.api.Assertions.*;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.document.Article;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An article in French, German, Russian, Hindi, Dutch, Indonesian or Arabic (of the languages listed) has its language's
 * function words taken out of its terms, as an English one has English's: two unrelated stories in one language no
 * longer look related through "le", "de" and "pour"; the same words in English ("son", "car", "die", "LA") stay terms.
 * (Written for this test.)
 */
class FunctionWordsTest {
    private static final Instant DAY = Instant.parse("2025-03-04T00:00:00Z");

    /** Pairs of unrelated stories in one language each, and one story told twice ("budget", "budget-2"). */
    private static final List<Article> MULTILINGUAL = List.of(
            article("budget", "Le conseil municipal approuve le budget", "Le conseil municipal de la ville a approuvé mardi soir le "
                    + "budget pour l'année prochaine. Les élus ont voté en faveur du projet par une large majorité, malgré les critiques "
                    + "de l'opposition dans la salle sur la hausse des impôts locaux."),
            article("fire", "Un incendie détruit une usine", "Un incendie a détruit dans la nuit une usine de meubles située dans la "
                    + "zone industrielle. Les pompiers sont intervenus pendant plusieurs heures pour maîtriser les flammes, et une "
                    + "enquête a été ouverte pour déterminer les causes du sinistre."),
            article("budget-2", "Le budget municipal adopté", "Les élus du conseil municipal ont adopté le budget de la commune lors de "
                    + "la séance de mardi. Le maire défend des investissements pour les écoles, tandis que l'opposition dénonce une "
                    + "hausse des impôts."),
            article("feuer", "Großbrand zerstört Lagerhalle", "Ein Großbrand hat in der Nacht eine Lagerhalle im Industriegebiet "
                    + "zerstört. Die Feuerwehr war mit vielen Kräften im Einsatz und konnte das Feuer erst nach Stunden löschen, wie "
                    + "die Polizei mitteilte."),
            article("wahl", "Die Wahl in der Stadt", "Die Bürger der Stadt haben am Sonntag einen neuen Bürgermeister gewählt. Der "
                    + "Kandidat der Opposition hat die Wahl mit einer deutlichen Mehrheit gewonnen und will die Verwaltung erneuern."),
            article("byudzhet", "Правительство обсудило бюджет", "На заседании правительства, которое прошло в Москве, министры "
                    + "обсудили бюджет на следующий год. Как сообщили в министерстве, расходы на дороги и школы будут увеличены."),
            article("shtorm", "Шторм оставил без света тысячи домов", "На севере страны сильный шторм оставил без света тысячи "
                    + "домов. Как сообщили в энергетической компании, ремонтные бригады работают на линиях уже вторые сутки."),
            article("barish", "दिल्ली में भारी बारिश", "दिल्ली में भारी बारिश के बाद कई इलाकों में पानी भर गया। प्रशासन ने लोगों से घरों "
                    + "में रहने की अपील की और राहत कार्य शुरू किया।"),
            article("cricket", "भारत ने श्रृंखला जीती", "भारतीय क्रिकेट टीम ने रोमांचक मुकाबले में ऑस्ट्रेलिया को हराकर श्रृंखला जीत ली। "
                    + "कप्तान ने खिलाड़ियों की प्रशंसा की और कहा कि टीम ने अच्छा खेल दिखाया।"),
            article("begroting", "Gemeenteraad keurt begroting goed", "De gemeenteraad heeft dinsdag de begroting voor het komende jaar "
                    + "goedgekeurd, met steun van een ruime meerderheid in de raad."),
            article("brand", "Grote brand verwoest fabriek", "Een grote brand heeft in de nacht een fabriek in het industriegebied verwoest "
                    + "en de brandweer was uren bezig met blussen."),
            article("anggaran", "Pemerintah umumkan anggaran baru", "Pemerintah daerah mengumumkan anggaran baru untuk tahun depan yang "
                    + "akan digunakan untuk membangun jalan dan sekolah di kota itu."),
            article("kebakaran", "Kebakaran besar di pabrik tekstil", "Kebakaran besar terjadi di sebuah pabrik tekstil pada malam hari dan "
                    + "petugas pemadam berhasil memadamkan api yang menyebar setelah beberapa jam."),
            article("mizaniya", "المجلس يوافق على الميزانية", "وافق مجلس المدينة على الميزانية الجديدة للعام المقبل بعد نقاش طويل في الجلسة "
                    + "التي حضرها عدد من الأعضاء."),
            article("hariq", "حريق كبير في مصنع", "اندلع حريق كبير في مصنع للأثاث في المنطقة الصناعية وتمكن رجال الإطفاء من السيطرة عليه "
                    + "بعد ساعات من العمل."));

    private static Article article(String id, String title, String text) {
        return new Article(id, title, text, DAY, null, null);
    }

    private static RelatedStories stories(Article... articles) {
        return stories(List.of(articles), 2);
    }

    private static RelatedStories stories(List<Article> articles, int threads) {
        return RelatedStories.build(Corpus.of(articles, AnalysisConfig.DEFAULT), RelatedConfig.DEFAULT.withThreads(threads), Progress.NONE);
    }

    private static Set<String> shared(RelatedStories rs, String a, String b) {
        return rs.explain(a, b).shared().stream().map(RelatedExplanation.SharedTerm::term).collect(Collectors.toSet());
    }

    @Test
    void unrelatedStoriesInOneLanguageShareNoFunctionWords() {
        RelatedStories rs = stories(MULTILINGUAL.toArray(Article[]::new));
        assertTrue(rs.explain("budget", "fire").cosine() < 0.05, "a budget and a fire: " + shared(rs, "budget", "fire"));
        assertTrue(rs.explain("feuer", "wahl").cosine() < 0.05, "a fire and an election: " + shared(rs, "feuer", "wahl"));
        assertTrue(rs.explain("byudzhet", "shtorm").cosine() < 0.05, "a budget and a storm: " + shared(rs, "byudzhet", "shtorm"));
        assertTrue(rs.explain("barish", "cricket").cosine() < 0.05, "rain and cricket: " + shared(rs, "barish", "cricket"));
        assertTrue(rs.explain("begroting", "brand").cosine() < 0.05, "a budget and a fire: " + shared(rs, "begroting", "brand"));
        assertTrue(rs.explain("anggaran", "kebakaran").cosine() < 0.05, "a budget and a fire: " + shared(rs, "anggaran", "kebakaran"));
        assertTrue(rs.explain("mizaniya", "hariq").cosine() < 0.05, "a budget and a fire: " + shared(rs, "mizaniya", "hariq"));
        assertTrue(rs.explain("budget", "budget-2").cosine() >= 0.3, "one budget: " + shared(rs, "budget", "budget-2"));
        Set<String> budget = shared(rs, "budget", "budget-2");
        assertTrue(budget.containsAll(Set.of("budget", "municip", "conseil")), budget.toString());
        Set<String> budgetAndFire = shared(rs, "budget", "fire"); // both say "dans", whose term is "dan"
        for (String functionWord : List.of("le", "de", "la", "pour", "dan", "des", "du", "une")) {
            assertFalse(budget.contains(functionWord), functionWord);
            assertFalse(budgetAndFire.contains(functionWord), functionWord + " in " + budgetAndFire);
        }
    }

    /** The terms are a function of each article alone: any thread count and any order give the same scores. */
    @Test
    void theTermsDependOnNoThreadCountOrOrder() {
        List<Article> reversed = new java.util.ArrayList<>(MULTILINGUAL);
        java.util.Collections.reverse(reversed);
        RelatedStories two = stories(MULTILINGUAL, 2), one = stories(MULTILINGUAL, 1), back = stories(reversed, 2);
        for (Article a : MULTILINGUAL) {
            for (Article b : MULTILINGUAL) {
                if (a == b) continue;
                Set<String> terms = shared(two, a.id(), b.id());
                assertEquals(terms, shared(one, a.id(), b.id()), a.id() + " " + b.id());
                assertEquals(terms, shared(back, a.id(), b.id()), a.id() + " " + b.id());
                assertEquals(two.explain(a.id(), b.id()).cosine(), one.explain(a.id(), b.id()).cosine(), 1e-12);
                assertEquals(two.explain(a.id(), b.id()).cosine(), back.explain(a.id(), b.id()).cosine(), 1e-12);
            }
        }
    }

    /**
     * A word of Cyrillic or Greek letters is stemmed by Russian's or Greek's rules, whatever the text's length (as a plain
     * ASCII word is by Porter's): "бюджета" and "бюджет", "εκλογές" and "εκλογή" are one term each.
     */
    @Test
    void russianAndGreekFormsOfOneWordAreOneTerm() {
        RelatedStories rs = stories(
                article("ru-a", "Бюджет города утвердили", "Депутаты утвердили бюджет города на следующий год."),
                article("ru-b", "Споры вокруг бюджета", "Обсуждение бюджета города продолжалось несколько часов, но депутаты так и не "
                        + "смогли договориться о расходах."),
                article("el-a", "Οι εκλογές στην πόλη", "Οι δημοτικές εκλογές θα γίνουν τον Μάρτιο."),
                article("el-b", "Δύσκολη εκλογή", "Η εκλογή του δημάρχου θα είναι δύσκολη, σύμφωνα με δημοσκόπηση."));
        assertTrue(shared(rs, "ru-a", "ru-b").containsAll(Set.of("бюджет", "город", "депутат")), shared(rs, "ru-a", "ru-b").toString());
        assertTrue(shared(rs, "el-a", "el-b").stream().anyMatch(t -> t.startsWith("εκλογ")), shared(rs, "el-a", "el-b").toString());
    }

    @Test
    void theSameWordsInEnglishStayTerms() {
        RelatedStories rs = stories(
                article("crash-a", "Son dies after car hits tree", "A man's son was killed when his car hit a tree on the coast road. Police said "
                        + "two others could die of their injuries, and the car's driver was arrested at the scene."),
                article("crash-b", "Car crash kills son of local man", "Police said the car left the road and hit a tree, killing the son "
                        + "of a local man. Two more could die, doctors said."),
                article("lakers", "LA Lakers beat LA Clippers", "The Lakers beat the Clippers in LA on Sunday night."),
                article("lakers-2", "LA derby goes to the Lakers", "The LA derby went to the Lakers, who beat the Clippers by eight points."),
                // German's "in" twice and "war" (was): more than English's two "in", not twice as many
                article("polls", "Marijuana ad war in Denver, votes in June", "Marijuana ad war in Denver, votes in June"),
                article("polls-2", "Denver marijuana ad war heats up before the vote", "Denver marijuana ad war heats up before the vote"));
        Set<String> crash = shared(rs, "crash-a", "crash-b");
        assertTrue(crash.containsAll(Set.of("son", "car", "die")), crash.toString());
        assertTrue(shared(rs, "lakers", "lakers-2").contains("la"), shared(rs, "lakers", "lakers-2").toString());
        assertTrue(shared(rs, "polls", "polls-2").contains("war"), shared(rs, "polls", "polls-2").toString());
    }
}
