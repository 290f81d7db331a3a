package org.factline.worthiness;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.factline.worthiness.domain.TrainedModelRepository;
import org.factline.worthiness.model.WorthinessModel;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The model that scores sentences: the one shipped in the jar (trained on the CLEF-2019 debates)
 * until an admin retrains with the team's feedback; then the newest active retrained model from
 * the database. Every node re-reads which model is active at most every 30 seconds, so all nodes
 * switch shortly after a retraining on any of them.
 */
@Component
public class ActiveModel {

    static final String SHIPPED_RESOURCE = "/org/factline/worthiness/model/clef19-model.tsv.gz";
    private static final Duration RECHECK = Duration.ofSeconds(30);

    private final TrainedModelRepository trained;
    private final TransactionTemplate readTx;
    private final Clock clock;
    private final WorthinessModel shipped = shipped();
    private volatile WorthinessModel current = shipped;
    private volatile Instant checkedAt = Instant.MIN;

    ActiveModel(TrainedModelRepository trained, PlatformTransactionManager transactions, Clock clock) {
        this.trained = trained;
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        // also called right after a commit (retraining), where only a new transaction can read
        this.readTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The model in the jar; also what the {@code score-sentences} command uses. */
    public static WorthinessModel shipped() {
        try (var in = ActiveModel.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            Objects.requireNonNull(in, "The check-worthiness model is missing from the application.");
            return WorthinessModel.read(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WorthinessModel get() {
        Instant now = clock.instant();
        if (now.isAfter(checkedAt.plus(RECHECK))) {
            refresh();
        }
        return current;
    }

    /** Looks up the active model now (after a retraining on this node). */
    void refresh() {
        checkedAt = clock.instant();
        String activeName = readTx.execute(status ->
                trained.activeNames(PageRequest.of(0, 1)).stream().findFirst().orElse(shipped.name()));
        if (!activeName.equals(current.name())) {
            current = readTx.execute(status -> trained.findFirstByActiveTrueOrderByIdDesc()
                    .map(m -> WorthinessModel.read(new StringReader(m.getModel())))
                    .orElse(shipped));
        }
    }

    WorthinessModel shippedModel() {
        return shipped;
    }
}
