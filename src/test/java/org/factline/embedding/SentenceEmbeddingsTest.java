package org.factline.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real model, read once per JVM like in the application. */
class SentenceEmbeddingsTest {

    private final SentenceEmbeddings embeddings = new SentenceEmbeddings(100, Duration.ofMinutes(2));

    @Test
    void a_paraphrase_is_closer_than_a_sentence_about_something_else() {
        List<float[]> v = embeddings.embedAll(List.of(
                "Washington barred Nvidia from selling its fastest AI chips to Chinese buyers.",
                "The US banned exports of Nvidia's top artificial intelligence processors to China.",
                "The city council approved a new bicycle lane along the river."));
        double paraphrase = Vectors.cosine(v.get(0), v.get(1));
        double unrelated = Vectors.cosine(v.get(0), v.get(2));
        assertThat(paraphrase).isGreaterThan(0.5);
        assertThat(unrelated).isLessThan(0.2);
        assertThat(v).allSatisfy(vector -> assertThat(vector).hasSize(SentenceEmbeddings.DIMENSIONS));
    }

    @Test
    void a_batch_keeps_the_order_of_its_texts_and_repeats_come_from_the_cache() {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < SentenceEmbeddings.BATCH + 5; i++) {
            texts.add("Data centre number " + i + " draws power from the regional grid.");
        }
        texts.add(texts.getFirst());
        List<float[]> batch = embeddings.embedAll(texts);
        assertThat(batch).hasSize(texts.size());
        assertThat(batch.getLast()).isSameAs(batch.getFirst());
        float[] alone = embeddings.embed(texts.get(SentenceEmbeddings.BATCH + 2));
        assertThat(alone).isSameAs(batch.get(SentenceEmbeddings.BATCH + 2));
        assertThat(embeddings.ready()).isTrue();
        assertThat(embeddings.ifReady("Huawei ships its own accelerators.")).isPresent();
    }

    @Test
    void vectors_survive_the_database_column() {
        float[] v = embeddings.embed("Export controls on lithography machines tightened in 2023.");
        assertThat(Vectors.fromBytes(Vectors.toBytes(v))).containsExactly(v);
        assertThat(Vectors.cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }
}
