package org.factline.worthiness;

import jakarta.annotation.security.RolesAllowed;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.factline.audit.AuditRecord;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.worthiness.domain.Feedback;
import org.factline.worthiness.domain.FeedbackRepository;
import org.factline.worthiness.domain.TrainedModel;
import org.factline.worthiness.domain.TrainedModelRepository;
import org.factline.worthiness.model.LabeledLine;
import org.factline.worthiness.model.Line;
import org.factline.worthiness.model.RankingMetrics;
import org.factline.worthiness.model.WorthinessModel;
import org.factline.worthiness.model.WorthinessTrainer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retraining with the team's feedback (admins). Every fourth claimed and every fourth dismissed
 * sentence is held back; the shipped model is adapted to the rest; the candidate replaces the
 * active model only if it ranks the held-back sentences better (average precision, claimed ones
 * counting as relevant). Every attempt is kept with its figures, replaced or not.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.ADMIN)
public class ModelRetraining {

    static final int MIN_PER_CLASS = 8;
    private static final int HOLD_OUT_EVERY = 4;
    private static final WorthinessTrainer.Settings SETTINGS = new WorthinessTrainer.Settings(1.0, 2, 1);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final FeedbackRepository feedback;
    private final TrainedModelRepository models;
    private final ActiveModel active;
    private final TriageBackfill backfill;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModelRetraining(
            FeedbackRepository feedback,
            TrainedModelRepository models,
            ActiveModel active,
            TriageBackfill backfill,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.feedback = feedback;
        this.models = models;
        this.active = active;
        this.backfill = backfill;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ModelHistory history() {
        var entries = models.findTop20ByOrderByIdDesc().stream()
                .map(m -> new ModelHistory.Entry(
                        m.getName(),
                        m.getCreatedAt(),
                        m.getCreatedBy(),
                        m.getTrainingItems(),
                        m.getHeldOutItems(),
                        m.getPreviousName(),
                        m.getPreviousScore(),
                        m.getNewScore(),
                        m.isActive()))
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
        models.findFirstByActiveTrueOrderByIdDesc().ifPresent(m -> {
            m.deactivate();
            events.publishEvent(new AuditRecord(
                    currentUser.actorName(),
                    "worthiness.reverted",
                    "worthiness-model",
                    m.getName(),
                    "Went back to the shipped check-worthiness model "
                            + active.shippedModel().name(),
                    Map.of("model", m.getName()),
                    Map.of("model", active.shippedModel().name())));
            backfill.afterCommitRescore();
        });
    }

    public RetrainOutcome retrain() {
        var all = new ArrayList<>(feedback.findAll());
        all.sort(Comparator.comparing(Feedback::getId));
        long claimed = all.stream().filter(Feedback::isAccepted).count();
        long dismissed = all.size() - claimed;
        if (claimed < MIN_PER_CLASS || dismissed < MIN_PER_CLASS) {
            throw new ValidationException(String.format(
                    "Retraining needs at least %d claimed and %d dismissed suggestions; the team has %d and %d so far.",
                    MIN_PER_CLASS, MIN_PER_CLASS, claimed, dismissed));
        }
        var training = new ArrayList<Feedback>();
        var heldOut = new ArrayList<Feedback>();
        int claimedSeen = 0;
        int dismissedSeen = 0;
        for (Feedback f : all) {
            int seen = f.isAccepted() ? claimedSeen++ : dismissedSeen++;
            (seen % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1 ? heldOut : training).add(f);
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
        if (replace) {
            models.findFirstByActiveTrueOrderByIdDesc().ifPresent(TrainedModel::deactivate);
        }
        var file = new StringWriter();
        candidate.write(file);
        models.saveAndFlush(new TrainedModel(
                name,
                currentUser.actorName(),
                file.toString(),
                training.size(),
                heldOut.size(),
                current.name(),
                previousScore,
                candidateScore,
                replace));
        events.publishEvent(new AuditRecord(
                currentUser.actorName(),
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
        return new RetrainOutcome(
                name, current.name(), training.size(), heldOut.size(), previousScore, candidateScore, replace);
    }

    /** Average precision of the model's ranking of the held-back sentences. */
    static double score(WorthinessModel model, List<Feedback> heldOut) {
        double[] scores = new double[heldOut.size()];
        boolean[] relevant = new boolean[heldOut.size()];
        for (int i = 0; i < scores.length; i++) {
            Feedback f = heldOut.get(i);
            scores[i] = model.score(lines(f))[1];
            relevant[i] = f.isAccepted();
        }
        return RankingMetrics.averagePrecision(scores, relevant);
    }

    private static List<Line> lines(Feedback f) {
        return List.of(
                new Line("", f.getPreviousSentence() == null ? "" : f.getPreviousSentence()),
                new Line("", f.getSentence()),
                new Line("", f.getNextSentence() == null ? "" : f.getNextSentence()));
    }

    private static List<LabeledLine> example(Feedback f) {
        return List.of(
                LabeledLine.context(f.getPreviousSentence() == null ? "" : f.getPreviousSentence()),
                new LabeledLine(new Line("", f.getSentence()), f.isAccepted()),
                LabeledLine.context(f.getNextSentence() == null ? "" : f.getNextSentence()));
    }
}
