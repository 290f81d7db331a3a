package org.factline.embedding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Embeds texts with all-MiniLM-L6-v2 (384 dimensions, L2-normalised). The model (about 25 MB of
 * ONNX) is read once per JVM, in the background, starting when the application is ready (or at
 * the first call, whichever comes first): startup never waits for it. Texts are embedded in
 * batches of {@value #BATCH}; results are cached by the SHA-256 of the text, so a claim's text or
 * an article's sentence is embedded once while it is in the cache.
 *
 * <p>No one's data passes through here that they could not read anyway, and nothing is stored, so
 * this is a component for other modules' services, not a secured service of its own.
 */
@Component
public class SentenceEmbeddings {

    public static final int DIMENSIONS = 384;

    /** ONNX Runtime runs a batch as one call; more texts than this are cut into batches. */
    static final int BATCH = 32;

    /** The model reads at most 256 word pieces; longer texts are cut there by the tokenizer. */
    static final int MAX_TEXT_LENGTH = 2_000;

    private static final Logger log = LoggerFactory.getLogger(SentenceEmbeddings.class);

    /** One model per JVM: tests start several application contexts, each would read it again. */
    private static final CompletableFuture<EmbeddingModel> MODEL = new CompletableFuture<>();

    private static volatile boolean loading;

    private final Cache<String, float[]> cache;
    private final Duration wait;

    SentenceEmbeddings(
            @Value("${factline.embedding.cache-size:20000}") long cacheSize,
            @Value("${factline.embedding.load-wait:PT2M}") Duration wait) {
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).build();
        this.wait = wait;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        load();
    }

    /** Starts reading the model in the background, once per JVM. */
    public static void load() {
        synchronized (MODEL) {
            if (loading) {
                return;
            }
            loading = true;
        }
        Thread.ofVirtual().name("embedding-model").start(() -> {
            long start = System.nanoTime();
            try {
                MODEL.complete(new AllMiniLmL6V2QuantizedEmbeddingModel());
                log.info(
                        "Sentence embedding model loaded in {} ms",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            } catch (RuntimeException | LinkageError e) {
                log.error("The sentence embedding model could not be loaded; matching by meaning is off", e);
                MODEL.completeExceptionally(e);
            }
        });
    }

    /** Whether the model is loaded, so embedding now doesn't wait. */
    public boolean ready() {
        return MODEL.isDone() && !MODEL.isCompletedExceptionally();
    }

    /** The text's embedding if the model is loaded already, else nothing (and loading starts). */
    public Optional<float[]> ifReady(String text) {
        if (!ready()) {
            load();
            return Optional.empty();
        }
        return Optional.of(embed(text));
    }

    /** The text's embedding; waits for the model if it is still loading. */
    public float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    /**
     * The embeddings of the texts, in their order; waits for the model if it is still loading.
     *
     * @throws EmbeddingUnavailableException when the model could not be loaded in time
     */
    public List<float[]> embedAll(List<String> texts) {
        Map<String, float[]> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String text : texts) {
            String key = key(text);
            float[] cached = cache.getIfPresent(key);
            if (cached != null) {
                found.put(key, cached);
            } else if (!found.containsKey(key) && !missing.contains(text)) {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            EmbeddingModel model = model();
            for (int from = 0; from < missing.size(); from += BATCH) {
                List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
                var embeddings = model.embedAll(batch.stream()
                                .map(t -> TextSegment.from(input(t)))
                                .toList())
                        .content();
                for (int i = 0; i < batch.size(); i++) {
                    float[] vector = embeddings.get(i).vector();
                    String key = key(batch.get(i));
                    cache.put(key, vector);
                    found.put(key, vector);
                }
            }
        }
        return texts.stream().map(t -> found.get(key(t))).toList();
    }

    private EmbeddingModel model() {
        load();
        try {
            return MODEL.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingUnavailableException("Interrupted while the embedding model loaded", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new EmbeddingUnavailableException("The sentence embedding model is not available", e);
        }
    }

    /** The model would embed an empty text as padding only; a blank stays a blank word. */
    private static String input(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return " ";
        }
        return t.length() > MAX_TEXT_LENGTH ? t.substring(0, MAX_TEXT_LENGTH) : t;
    }

    private static String key(String text) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
