package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factline.base.ValidationException;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.embedding.SentenceEmbeddings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Claims found by meaning: the stored embedding, the kNN queries and the hybrid "similar claims" (real model). */
class MeaningSearchTest extends AbstractSearchTest {

    @Autowired
    ClaimService claims;

    @Autowired
    SentenceEmbeddings embeddings;

    private long claim(String text) {
        long id = claims.create(new NewClaim(text, null, null, java.util.Set.of()))
                .id();
        awaitEvents(); // the embedding is stored after the claim's creation committed
        return id;
    }

    @Test
    void a_claim_in_other_words_is_similar_although_few_words_are_shared() {
        long id = claim("OpenAI says DeepSeek distilled its models (" + marker + ")");
        // Hardly a word in common: the text query alone (half of the words) finds nothing.
        String typed = "DeepSeek trained its chatbot on answers from ChatGPT";
        List<NearbyItem> found = search.similarByMeaning("claim", typed, null, 5);
        double cosine = org.factline.embedding.Vectors.cosine(
                embeddings.embed(typed),
                embeddings.embed(claims.get(id).summary().text()));
        assertThat(found).as("cosine %s", cosine).extracting(NearbyItem::id).contains(id);
        assertThat(found.stream()
                        .filter(i -> i.id() == id)
                        .findFirst()
                        .orElseThrow()
                        .cosine())
                .isGreaterThan(0.3);
        assertThat(search.similar("claim", typed, id, 5))
                .extracting(SimilarItem::id)
                .doesNotContain(id);
    }

    @Test
    void the_search_page_finds_claims_by_meaning_and_the_nearest_query_keeps_its_floor() {
        long chips = claim("Washington stopped Nvidia " + marker + " from selling top AI chips to China");
        long power = claim("Data centres in Inner Mongolia " + marker + " run on cheap coal power");
        var results = search.byMeaning("US ban on exporting advanced GPUs to Chinese buyers", 0, 50);
        List<Long> ids = results.hits().stream().map(SearchHit::id).toList();
        assertThat(ids).contains(chips);
        assertThat(ids.indexOf(chips)).isLessThan(ids.contains(power) ? ids.indexOf(power) : Integer.MAX_VALUE);

        float[] v = embeddings.embed("America restricts Nvidia GPU sales to China");
        assertThat(search.nearest("claim", v, 0.3, 10))
                .extracting(NearbyItem::id)
                .contains(chips)
                .doesNotContain(power);
        assertThat(search.meaningAvailable()).isTrue();
    }

    @Test
    void an_empty_meaning_query_is_refused_with_a_message() {
        assertThatThrownBy(() -> search.byMeaning("   ", 0, 10))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("search by meaning");
    }
}
