package org.factline.article;

import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** For tests outside this package (views): runs the import job worker, whose schedule is off in tests. */
public final class ImportJobDriver {

    private ImportJobDriver() {}

    /** Works every item due (retries as if their backoff had passed); returns how many. */
    public static int workAll(ApplicationContext context) {
        return context.getBean(ImportJobWorker.class).workDue(Instant.now().plus(Duration.ofDays(2)));
    }

    /** Jobs other tests left open would otherwise be worked by this test's worker run. */
    public static void cancelOpenItems(ApplicationContext context) {
        context.getBean(JdbcTemplate.class)
                .update("update import_job_item set state = 'CANCELLED' where state in ('PENDING', 'RUNNING')");
    }
}
