package org.factline.note;

import java.util.List;
import org.factline.AbstractIntegrationTest;
import org.factline.audit.AuditLog;
import org.factline.search.SearchHit;
import org.factline.search.SearchService;
import org.factline.search.SearchSort;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Note and evidence service tests: each test starts signed in as the class's fact-checker on a
 * fresh claim, with a marker word that sets its search hits apart from other tests'.
 */
abstract class AbstractNoteTest extends AbstractIntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    SearchService search;

    private final String checker;
    private final String markerPrefix;
    private final String claimText;

    long claimId;
    String marker;

    AbstractNoteTest(String checker, String markerPrefix, String claimText) {
        this.checker = checker;
        this.markerPrefix = markerPrefix;
        this.claimText = claimText;
    }

    @BeforeEach
    void aClaim() {
        signIn(user(checker, Role.FACT_CHECKER));
        marker = marker(markerPrefix);
        claimId = newClaim(claimText);
    }

    /** This test's search hits for {@code query}. */
    List<SearchHit> hits(String query) {
        return search.search(marker + " " + query, SearchSort.RELEVANCE, 0, 20).hits();
    }
}
