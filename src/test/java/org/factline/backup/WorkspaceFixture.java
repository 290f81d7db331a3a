package org.factline.backup;

import static org.factline.timeline.EventFormBuilder.event;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.factline.article.ArticleFixtures;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleService;
import org.factline.article.ImportOutcome;
import org.factline.article.PasteFormat;
import org.factline.claim.ClaimService;
import org.factline.claim.DuplicateMerges;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.note.EvidenceForm;
import org.factline.note.EvidenceForms;
import org.factline.note.EvidenceService;
import org.factline.note.EvidenceUpload;
import org.factline.note.NoteService;
import org.factline.note.SourceType;
import org.factline.note.Stance;
import org.factline.review.ReviewService;
import org.factline.security.SystemAuthentication;
import org.factline.timeline.TimelineCategories;
import org.factline.timeline.TimelineService;
import org.factline.vote.VoteService;
import org.springframework.context.ApplicationContext;

/**
 * A small workspace like the demo one, made through the same services people use, each piece
 * carrying the test's marker word: pasted, uploaded (HTML, PDF) and near-duplicate articles with
 * their originals, claims from passages with claimants and tags, votes, a verdict proposed and
 * approved, a note with a reply and a mention, evidence with a file, a published timeline event,
 * and a near-copy merged into its original.
 */
public final class WorkspaceFixture {

    /** What the fixture made, for the tests to look at. */
    public record Made(long article, long duplicate, long claim, long verifiedClaim, long evidence) {}

    private final ApplicationContext context;

    public WorkspaceFixture(ApplicationContext context) {
        this.context = context;
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** {@code checker} is a fact-checker, {@code editor} an editor; both exist. */
    public Made create(String marker, String checker, String editor) throws Exception {
        var imports = bean(ArticleImportService.class);
        var claims = bean(ClaimService.class);
        String story = marker + " officials said the new licence rules cover accelerators shipped to"
                + " twelve more countries. The ministry added that exporters have ninety days to apply,"
                + " and that smaller laboratories may ask for a general licence instead.";
        ImportOutcome pasted =
                as(checker, () -> imports.importPaste(marker + " licence rules widened", story, PasteFormat.TEXT));
        ImportOutcome copy = as(
                checker,
                () -> imports.importPaste(
                        marker + " licence rules widened (copy)", story + " Reporting by the desk.", PasteFormat.TEXT));
        as(
                checker,
                () -> imports.importFile(
                        marker + "-page.html",
                        ArticleFixtures.NEWS_PAGE.replace("Dana Reyes", marker).getBytes(StandardCharsets.UTF_8)));
        byte[] pdf = ArticleFixtures.pdf(marker + " filing", marker + " the filing lists forty-one entities.");
        as(checker, () -> imports.importFile(marker + "-filing.pdf", pdf));
        long article = pasted.articleId();

        var claim = as(
                checker,
                () -> claims.createFromPassage(
                        new NewClaim(
                                marker + " exporters have ninety days to apply for a licence",
                                "Trade ministry " + marker,
                                LocalDate.of(2025, 3, 4),
                                Set.of("export controls", marker)),
                        article,
                        "exporters have ninety days to apply",
                        -1));
        var verified = as(
                checker,
                () -> claims.createFromPassage(
                        new NewClaim(
                                marker + " the rules cover twelve more countries",
                                "Trade ministry " + marker,
                                LocalDate.of(2025, 3, 4),
                                Set.of("chips")),
                        article,
                        "cover accelerators shipped to twelve more countries",
                        -1));
        var votes = bean(VoteService.class);
        as(checker, () -> votes.castVote(claim.id(), Verdict.MOSTLY_TRUE, "The notice says ninety days."));
        as(editor, () -> votes.castVote(claim.id(), Verdict.MIXED, null));
        as(checker, () -> votes.castVote(verified.id(), Verdict.TRUE, "Matches the published list."));

        var review = bean(ReviewService.class);
        as(
                checker,
                () -> review.propose(
                        verified.id(),
                        claims.get(verified.id()).summary().version(),
                        Verdict.TRUE,
                        "The published list names twelve additional countries."));
        as(
                editor,
                () -> review.approve(
                        verified.id(), claims.get(verified.id()).summary().version()));

        var notes = bean(NoteService.class);
        var note = as(checker, () -> notes.post(claim.id(), "Asked the ministry, @" + editor + " " + marker));
        as(editor, () -> notes.reply(note.id(), "Thanks, **waiting** for their answer."));

        var evidence = as(
                checker,
                () -> bean(EvidenceService.class)
                        .add(
                                claim.id(),
                                new EvidenceForm(
                                        marker + " ministry notice",
                                        "https://ministry.example/notice",
                                        null,
                                        SourceType.OFFICIAL_STATEMENT,
                                        Stance.SUPPORTS,
                                        "exporters have ninety days",
                                        "en",
                                        null,
                                        LocalDate.of(2025, 3, 5)),
                                new EvidenceUpload("notice.pdf", EvidenceForms.PDF)));

        var timeline = bean(TimelineService.class);
        long category = as(
                checker, () -> bean(TimelineCategories.class).all().getFirst().id());
        var drafted = as(
                checker,
                () -> timeline.create(event(marker + " licence rules widened", LocalDate.of(2025, 3, 4), category)
                        .description("Twelve more countries.")
                        .articles(article)
                        .claims(verified.id())
                        .form()));
        as(editor, () -> timeline.publish(drafted.id(), drafted.version()));
        mergedWireCopy(marker, story, claim.id(), checker, editor);
        return new Made(article, copy.articleId(), claim.id(), verified.id(), evidence.id());
    }

    /** A third near-copy, with a claim passage, merged into the article it copies (the merge record). */
    private void mergedWireCopy(String marker, String story, long claim, String checker, String editor) {
        var wire = as(
                checker,
                () -> bean(ArticleImportService.class)
                        .importPaste(
                                marker + " licence rules widened (wire)",
                                story + " Distributed by the wire.",
                                PasteFormat.TEXT));
        as(
                checker,
                () -> bean(ClaimService.class)
                        .addAppearance(
                                claim, wire.articleId(), "smaller laboratories may ask for a general licence", -1));
        long version = as(
                editor,
                () -> bean(ArticleService.class).get(wire.articleId()).summary().version());
        as(editor, () -> bean(DuplicateMerges.class).merge(wire.articleId(), wire.similarTo(), version));
    }

    private static <T> T as(String user, ThrowingSupplier<T> work) {
        return SystemAuthentication.runAs(user, () -> {
            try {
                return work.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
