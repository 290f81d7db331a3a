package org.factline.api.v1;

import java.net.URI;
import org.factline.api.ApiProblems;
import org.factline.article.ImportOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;

/**
 * An import's outcome as an HTTP answer: 201 with {@code Location} for a new article, 200 for a
 * duplicate (the body's {@code status} is {@code DUPLICATE}, {@code articleId} the article already
 * there, and {@code Location} points to it too; also for {@code UPDATED} and {@code UNCHANGED}, a
 * new fetch of an address imported before), a 422 problem ({@code import-failed}) with the
 * reason when nothing was stored.
 */
final class ImportAnswers {

    private ImportAnswers() {}

    static ResponseEntity<ImportOutcome> of(ImportOutcome outcome) {
        return switch (outcome.status()) {
            case IMPORTED -> ResponseEntity.created(location(outcome)).body(outcome);
            case DUPLICATE, UPDATED, UNCHANGED ->
                outcome.articleId() == null
                        ? ResponseEntity.ok(outcome)
                        : ResponseEntity.ok().location(location(outcome)).body(outcome);
            case FAILED -> {
                ProblemDetail problem =
                        ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "import-failed", outcome.message());
                problem.setTitle("Not imported");
                problem.setProperty("item", outcome.item());
                throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
            }
        };
    }

    private static URI location(ImportOutcome outcome) {
        return URI.create("/api/v1/articles/" + outcome.articleId());
    }
}
