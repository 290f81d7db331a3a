package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedWordsTest {

    @Test
    void typed_text_is_cut_like_the_words_as_written_fields() {
        assertThat(TypedWords.of("DeepSeek-V3 chips")).containsExactly("deepseek", "v3", "chips");
        assertThat(TypedWords.of("Qwen2.5 H20")).containsExactly("qwen2.5", "h20");
        assertThat(TypedWords.of("Café  Señor")).containsExactly("cafe", "senor");
    }

    @Test
    void punctuation_and_query_syntax_are_not_words_and_repeats_count_once() {
        assertThat(TypedWords.of(" --- \"\" * ( ) ")).isEmpty();
        assertThat(TypedWords.of("export* export (export)")).containsExactly("export");
    }

    @Test
    void very_long_input_is_cut_to_a_few_words() {
        assertThat(TypedWords.of("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14"))
                .hasSize(TypedWords.MAX_WORDS);
    }
}
