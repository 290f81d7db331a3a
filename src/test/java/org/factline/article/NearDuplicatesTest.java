package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Shingling by script: words for Latin (and other spaced) text, character bigrams for CJK. */
class NearDuplicatesTest {

    static final String LATIN = """
            The U.S. Commerce Department on Tuesday widened its controls on advanced computing chips, closing gaps
            that had let some accelerators designed for the Chinese market escape the rules issued a year earlier.
            Officials said the thresholds drop by 3.5% and don't apply to consumer graphics cards; Anna Müller of
            the café-owners' association (Düsseldorf) called it "a well-meant, half-finished rule". Ответ министерства
            ожидается в среду. Ο υπουργός δεν σχολίασε.
            """;

    @Test
    void text_without_cjk_keeps_the_signature_it_always_had() throws Exception {
        // SHA-256 of the encoded signatures computed by the word-only shingling (main at a855635):
        // stored signatures of such articles stay comparable without being recomputed.
        assertThat(digest(NearDuplicates.signature(LATIN)))
                .isEqualTo("7d1895f9a0e0f5bf4354181dfeab9efe67638204fef663752c7a357ad9d866c7");
        assertThat(digest(NearDuplicates.signature("Chip rules, again.")))
                .isEqualTo("3d9cca2ce140c494f674ab98f207426cf8662e68932b8e13411bd1bfb9eeaaea");
        assertThat(NearDuplicates.hasCjk(LATIN)).isFalse();
    }

    @Test
    void cjk_runs_become_character_bigrams_and_latin_words_stay_words() {
        assertThat(NearDuplicates.tokens("英伟达H20芯片，出口 Export-rules 2025年"))
                .containsExactly("英伟", "伟达", "h20", "芯片", "出口", "export", "rules", "2025", "年");
        assertThat(NearDuplicates.tokens("東京で会議。ｶﾀｶﾅ")).containsExactly("東京", "京で", "で会", "会議", "カタ", "タカ", "カナ");
        assertThat(NearDuplicates.tokens("수출 규제")).containsExactly("수출", "규제");
        assertThat(NearDuplicates.tokens(CjkFixtures.EXPORT_RULE)).hasSizeGreaterThan(300);
    }

    @Test
    void copies_of_a_chinese_report_with_other_boilerplate_are_near_duplicates() {
        int[] a = NearDuplicates.signature(CjkFixtures.exportRuleOnSiteA());
        int[] b = NearDuplicates.signature(CjkFixtures.exportRuleOnSiteB());

        assertThat(NearDuplicates.similarity(a, b)).isBetween(0.7, 0.99);
        assertThat(NearDuplicates.lshKeys(a)).containsAnyElementsOf(NearDuplicates.lshKeys(b));
    }

    @Test
    void different_chinese_reports_on_a_neighbouring_subject_are_not() {
        int[] report = NearDuplicates.signature(CjkFixtures.exportRuleOnSiteA());
        int[] other = NearDuplicates.signature(CjkFixtures.INDUSTRY_PARK);

        // Same site furniture, same vocabulary (芯片, 集成电路, 企业), different story.
        assertThat(NearDuplicates.similarity(report, other)).isLessThan(0.15);
    }

    @Test
    void mixed_chinese_and_english_copies_are_near_duplicates_and_an_english_retelling_is_not() {
        int[] a = NearDuplicates.signature(CjkFixtures.mixedOnSiteA());
        int[] b = NearDuplicates.signature(CjkFixtures.mixedOnSiteB());
        int[] english = NearDuplicates.signature(CjkFixtures.ENGLISH_ON_THE_SAME_NEWS);

        assertThat(NearDuplicates.similarity(a, b)).isGreaterThan(0.7);
        assertThat(NearDuplicates.similarity(a, english)).isLessThan(NearDuplicates.THRESHOLD);
    }

    private static String digest(int[] signature) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(NearDuplicates.encode(signature).getBytes(StandardCharsets.UTF_8)));
    }
}
