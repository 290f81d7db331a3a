package org.factline.worthiness;

import jakarta.annotation.security.RolesAllowed;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factline.audit.AuditRecord;
import org.factline.base.ClusterLock;
import org.factline.base.Correlation;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.worthiness.domain.FeedbackExample;
import org.factline.worthiness.domain.FeedbackRepository;
import org.factline.worthiness.domain.TrainedModel;
import org.factline.worthiness.domain.TrainedModelRepository;
import org.factline.worthiness.model.LabeledLine;
import org.factline.worthiness.model.Line;
import org.factline.worthiness.model.RankingMetrics;
import org.factline.worthiness.model.WorthinessModel;
import org.factline.worthiness.model.WorthinessTrainer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retraining with the team's feedback (admins). A quarter of the feedback — chosen by a hash of
 * the sentence, so a sentence is always on the same side and nothing a model trained on is later
 * used to judge it — is held back; the shipped model is adapted to the rest; the candidate
 * replaces the active model only if it ranks the held-back sentences better (average precision,
 * claimed ones relevant). Every attempt is kept with its figures, replaced or not. One retraining
 * runs at a time across all nodes ({@link ClusterLock} {@value #LOCK}); a second is refused.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.ADMIN)
public class ModelRetraining {

    static final String LOCK = "worthiness-retraining";
    /**
     * Training on the largest feedback ({@link #MAX_EXAMPLES}) takes a minute or two and can't renew
     * in between; a node that dies training blocks retraining for this long.
     */
    static final java.time.Duration LEASE = java.time.Duration.ofMinutes(20);

    static final int MIN_PER_CLASS = 8;
    static final int MIN_HELD_OUT_PER_CLASS = 3;
    static final int MAX_EXAMPLES = 50_000;
    private static final WorthinessTrainer.Settings SETTINGS = new WorthinessTrainer.Settings(1.0, 2, 1);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final FeedbackRepository feedback;
    private final TrainedModelRepository models;
    private final ActiveModel active;
    private final TriageBackfill backfill;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate readTx;
    private final TransactionTemplate writeTx;
    private final ClusterLock lock;

    ModelRetraining(
            FeedbackRepository feedback,
            TrainedModelRepository models,
            ActiveModel active,
            TriageBackfill backfill,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions,
            ClusterLock lock) {
        this.lock = lock;
        this.feedback = feedback;
        this.models = models;
        this.active = active;
        this.backfill = backfill;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
        this.writeTx = new TransactionTemplate(transactions);
    }

    @Transactional(readOnly = true)
    public ModelHistory history() {
        var entries = models.summaries(PageRequest.of(0, 20)).stream()
                .map(m -> new ModelHistory.Entry(
                        m.name(),
                        m.createdAt(),
                        m.createdBy(),
                        m.trainingItems(),
                        m.heldOutItems(),
                        m.previousName(),
                        m.previousScore(),
                        m.newScore(),
                        m.active()))
                .toList();
        return new ModelHistory(
                active.get().name(),
                active.shippedModel().name(),
                feedback.countByAccepted(true),
                feedback.countByAccepted(false),
                entries);
    }

    /** The active model as a file, for the {@code score-sentences --model FILE} command. */
    @Transactional(readOnly = true)
    public String activeModelFile() {
        var out = new StringWriter();
        active.get().write(out);
        return out.toString();
    }

    /** Goes back to the model shipped with Factline (e.g. if the team's model disappoints). */
    public void useShippedModel() {
        String previous = active.get().name();
        if (models.deactivateAll() > 0) {
            events.publishEvent(new AuditRecord(
                    currentUser.actorName(),
                    "worthiness.reverted",
                    "worthiness-model",
                    previous,
                    "Went back to the shipped check-worthiness model "
                            + active.shippedModel().name(),
                    Map.of("model", previous),
                    Map.of("model", active.shippedModel().name())));
            backfill.afterCommitRescore();
        }
    }

    /**
     * Reads the feedback, trains and evaluates outside any transaction (no connection held while
     * the model learns), then stores the result in a short transaction of its own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RetrainOutcome retrain() {
        var outcome = new RetrainOutcome[1];
        if (!lock.runExclusively(LOCK, LEASE, lease -> outcome[0] = Correlation.call("retrain", this::retrainHeld))) {
            throw new ValidationException(
                    "A retraining is already running (here or on another node); try again when it has finished.");
        }
        return outcome[0];
    }

    private RetrainOutcome retrainHeld() {
        List<FeedbackExample> all = readTx.execute(s -> feedback.examples(PageRequest.of(0, MAX_EXAMPLES)));
        long claimed = all.stream().filter(FeedbackExample::accepted).count();
        long dismissed = all.size() - claimed;
        if (claimed < MIN_PER_CLASS || dismissed < MIN_PER_CLASS) {
            throw new ValidationException(String.format(
                    "Retraining needs at least %d claimed and %d dismissed suggestions; the team has %d and %d so far.",
                    MIN_PER_CLASS, MIN_PER_CLASS, claimed, dismissed));
        }
        var training = new ArrayList<FeedbackExample>();
        var heldOut = new ArrayList<FeedbackExample>();
        for (FeedbackExample f : all) {
            (heldBack(f) ? heldOut : training).add(f);
        }
        long heldClaimed = heldOut.stream().filter(FeedbackExample::accepted).count();
        if (heldClaimed < MIN_HELD_OUT_PER_CLASS || heldOut.size() - heldClaimed < MIN_HELD_OUT_PER_CLASS) {
            throw new ValidationException(String.format(
                    "Not enough feedback to judge a new model yet: %d claimed and %d dismissed sentences fall in"
                            + " the held-back quarter; at least %d of each are needed.",
                    heldClaimed, heldOut.size() - heldClaimed, MIN_HELD_OUT_PER_CLASS));
        }
        WorthinessModel current = active.get();
        String name = "team-" + STAMP.format(clock.instant());
        WorthinessModel candidate = WorthinessTrainer.adapt(
                name,
                active.shippedModel(),
                training.stream().map(ModelRetraining::example).toList(),
                SETTINGS);
        double previousScore = score(current, heldOut);
        double candidateScore = score(candidate, heldOut);
        boolean replace = candidateScore > previousScore;
        var file = new StringWriter();
        candidate.write(file);
        String actor = currentUser.actorName();
        writeTx.executeWithoutResult(s -> {
            if (replace) {
                models.deactivateAll();
            }
            models.save(new TrainedModel(
                    name,
                    actor,
                    file.toString(),
                    training.size(),
                    heldOut.size(),
                    current.name(),
                    previousScore,
                    candidateScore,
                    replace));
            events.publishEvent(new AuditRecord(
                    actor,
                    "worthiness.retrained",
                    "worthiness-model",
                    name,
                    String.format(
                            "Retrained on %d feedback items; held-back average precision %.3f (was %.3f with %s): %s",
                            training.size(),
                            candidateScore,
                            previousScore,
                            current.name(),
                            replace ? "now active" : "not better, current model kept"),
                    Map.of("model", current.name()),
                    Map.of("model", replace ? name : current.name())));
            if (replace) {
                backfill.afterCommitRescore();
            }
        });
        return new RetrainOutcome(
                name, current.name(), training.size(), heldOut.size(), previousScore, candidateScore, replace);
    }

    /** A stable quarter of the sentences, by their hash. */
    static boolean heldBack(FeedbackExample f) {
        return Integer.parseInt(f.sentenceHash().substring(0, 2), 16) % 4 == 0;
    }

    /** Average precision of the model's ranking of the held-back sentences. */
    static double score(WorthinessModel model, List<FeedbackExample> heldOut) {
        double[] scores = new double[heldOut.size()];
        boolean[] relevant = new boolean[heldOut.size()];
        for (int i = 0; i < scores.length; i++) {
            FeedbackExample f = heldOut.get(i);
            scores[i] = model.score(lines(f))[1];
            relevant[i] = f.accepted();
        }
        return RankingMetrics.averagePrecision(scores, relevant);
    }

    private static List<Line> lines(FeedbackExample f) {
        return List.of(
                new Line("", f.previousSentence() == null ? "" : f.previousSentence()),
                new Line("", f.sentence()),
                new Line("", f.nextSentence() == null ? "" : f.nextSentence()));
    }

    private static List<LabeledLine> example(FeedbackExample f) {
        return List.of(
                LabeledLine.context(f.previousSentence() == null ? "" : f.previousSentence()),
                new LabeledLine(new Line("", f.sentence()), f.accepted()),
                LabeledLine.context(f.nextSentence() == null ? "" : f.nextSentence()));
    }
}
