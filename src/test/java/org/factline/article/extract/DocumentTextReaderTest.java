package org.factline.article.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.factline.article.ArticleFixtures;
import org.junit.jupiter.api.Test;

class DocumentTextReaderTest {

    @Test
    void a_document_is_read_within_the_time_limit() throws Exception {
        byte[] pdf = ArticleFixtures.pdf("Export rules", "The rules apply from April.");
        var result = new DocumentTextReader(100_000).read(pdf, "rules.pdf");
        assertThat(String.join(" ", result.paragraphs())).contains("The rules apply from April.");
    }

    @Test
    void a_document_that_takes_too_long_is_refused_with_a_reason() throws Exception {
        byte[] pdf = ArticleFixtures.pdf("Export rules", "The rules apply from April.");
        assertThatThrownBy(() -> new DocumentTextReader(100_000, Duration.ofNanos(1)).read(pdf, "rules.pdf"))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("took longer than");
    }
}
