package org.factline.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factline.article.ArticleFilter;
import org.factline.article.ArticleImportService;
import org.factline.article.ArticleService;
import org.factline.article.ImportOutcome;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimantKind;
import org.factline.claim.ClaimantProfiles;
import org.factline.claim.NewClaim;
import org.factline.claim.Verdict;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.user.DemoAccounts;
import org.factline.user.NewUser;
import org.factline.vote.VoteService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Fills an empty workspace with demo content; safe to run on every start (skips what exists). */
@Component
@Profile("demo")
@Order(10)
class DemoWorkspace implements ApplicationRunner {

    /** Printed in the README; only ever valid in the demo profile. */
    static final String DEMO_PASSWORD = "factline-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);

    static final List<NewUser> USERS = List.of(
            user("ada", "Ada Okafor", EnumSet.of(Role.ADMIN, Role.EDITOR)),
            user("erin", "Erin Castillo", Set.of(Role.EDITOR)),
            user("eli", "Eli Nakamura", Set.of(Role.EDITOR)),
            user("fiona", "Fiona Brandt", Set.of(Role.FACT_CHECKER)),
            user("felix", "Felix Osei", Set.of(Role.FACT_CHECKER)),
            user("farah", "Farah Haddad", Set.of(Role.FACT_CHECKER)));

    private final DemoAccounts accounts;
    private final ArticleImportService articles;
    private final ArticleService articleReader;
    private final ClaimService claims;
    private final VoteService votes;
    private final ReviewService review;
    private final ClaimantProfiles claimants;

    DemoWorkspace(
            DemoAccounts accounts,
            ArticleImportService articles,
            ArticleService articleReader,
            ClaimService claims,
            VoteService votes,
            ReviewService review,
            ClaimantProfiles claimants) {
        this.review = review;
        this.claimants = claimants;
        this.accounts = accounts;
        this.articles = articles;
        this.articleReader = articleReader;
        this.claims = claims;
        this.votes = votes;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int created = SystemAuthentication.runAsSystem(() -> accounts.ensure(USERS, DEMO_PASSWORD));
        if (created > 0) {
            log.info("Demo workspace: created {} demo users (password '{}')", created, DEMO_PASSWORD);
        }
        importArticles();
        SystemAuthentication.runAs("fiona", () -> {
            if (claims.count(ClaimFilter.all()) == 0) {
                demoClaims();
            }
            return null;
        });
    }

    /** A few claims from the demo articles, with votes from the demo fact-checkers. */
    private void demoClaims() {
        long r1 = article("DeepSeek releases R1");
        long distillation = article("US labs accuse Chinese rivals");
        long h20 = article("Licence rules for Nvidia");
        var cost = claims.createFromPassage(
                new NewClaim(
                        "DeepSeek-V3's final training run used about 2.8 million GPU hours on Nvidia H800 chips",
                        "DeepSeek",
                        LocalDate.of(2024, 12, 26),
                        Set.of("training cost", "models")),
                r1,
                "the final training run used about 2.8 million GPU hours on Nvidia H800 chips",
                -1);
        vote(
                cost.id(),
                "fiona",
                Verdict.MOSTLY_TRUE,
                "The figure is DeepSeek's own; it leaves out research and earlier runs.");
        vote(cost.id(), "felix", Verdict.MIXED, "Accurate for the final run only; often quoted as the full cost.");
        vote(cost.id(), "farah", Verdict.MOSTLY_TRUE, null);
        var drop = claims.createFromPassage(
                new NewClaim(
                        "Nvidia shares fell about 17 percent on 27 January 2025",
                        "Factline Demo Wire",
                        LocalDate.of(2025, 1, 27),
                        Set.of("markets", "chips")),
                r1,
                "shares of Nvidia fell about 17 percent in a single day",
                -1);
        vote(drop.id(), "felix", Verdict.TRUE, "Closing prices confirm it.");
        vote(drop.id(), "farah", Verdict.TRUE, null);
        var accusation = claims.createFromPassage(
                new NewClaim(
                        "OpenAI says DeepSeek distilled outputs of its models",
                        "OpenAI",
                        LocalDate.of(2026, 2, 12),
                        Set.of("distillation", "accusation")),
                distillation,
                "it repeated the accusation in a memo to the House Select Committee",
                -1);
        vote(accusation.id(), "fiona", Verdict.UNVERIFIABLE, "No underlying data published.");
        claims.createFromPassage(
                new NewClaim(
                        "The US required a licence for Nvidia H20 exports to China from April 2025",
                        "Nvidia",
                        LocalDate.of(2025, 4, 15),
                        Set.of("export controls", "chips")),
                h20,
                "exports of the H20 to China would require a licence",
                -1);
        // One verified claim (proposed by a fact-checker, approved by an editor) and one waiting in review.
        SystemAuthentication.runAs(
                "fiona",
                () -> review.propose(
                        cost.id(),
                        claims.get(cost.id()).summary().version(),
                        Verdict.MOSTLY_TRUE,
                        "DeepSeek's technical report gives the figure for the final training run only;"
                                + " research, ablations and earlier runs are not included, so it is not the full cost of the model."));
        SystemAuthentication.runAs(
                "erin",
                () -> review.approve(cost.id(), claims.get(cost.id()).summary().version()));
        SystemAuthentication.runAs(
                "felix",
                () -> review.propose(
                        drop.id(),
                        claims.get(drop.id()).summary().version(),
                        Verdict.TRUE,
                        "Closing prices on 26 and 27 January 2025 show a fall of about 17 percent in one session."));
        // What the claimants are, for the public pages' ClaimReview (an editor's say).
        SystemAuthentication.runAs("erin", () -> {
            describe("DeepSeek", "https://www.deepseek.com", "深度求索", "DeepSeek AI");
            describe("OpenAI", "https://openai.com");
            describe("Nvidia", "https://www.nvidia.com", "NVIDIA Corporation");
            // The demo articles' own wire service reported the share price fall.
            claims.claimantIdByName("Factline Demo Wire")
                    .ifPresent(id -> claimants.describe(
                            id, claimants.get(id).version(), ClaimantKind.MEDIA, List.of(), List.of("Demo Wire")));
            return null;
        });
        log.info("Demo workspace: created 4 demo claims with votes, one verified and one awaiting review");
    }

    private long article(String titleStart) {
        return articleReader
                .find(new ArticleFilter(titleStart, null, null, null, null, false), 0, 1, Sort.unsorted())
                .getFirst()
                .id();
    }

    /** A company with its official site and other names. */
    private void describe(String claimant, String sameAs, String... aliases) {
        claims.claimantIdByName(claimant)
                .ifPresent(id -> claimants.describe(
                        id, claimants.get(id).version(), ClaimantKind.COMPANY, List.of(sameAs), List.of(aliases)));
    }

    private void vote(long claimId, String who, Verdict verdict, @Nullable String reason) {
        SystemAuthentication.runAs(who, () -> votes.castVote(claimId, verdict, reason));
    }

    /** Demo articles written for Factline; importing again finds them as duplicates and skips them. */
    private void importArticles() throws IOException {
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.html");
        int imported = 0;
        for (Resource resource : resources) {
            byte[] bytes = resource.getContentAsByteArray();
            String name = resource.getFilename() == null ? "demo.html" : resource.getFilename();
            var outcome = SystemAuthentication.runAs("fiona", () -> articles.importFile(name, bytes));
            if (outcome.status() == ImportOutcome.Status.IMPORTED) {
                imported++;
            } else if (outcome.status() == ImportOutcome.Status.FAILED) {
                log.warn("Demo article {} not imported: {}", name, outcome.message());
            }
        }
        if (imported > 0) {
            log.info("Demo workspace: imported {} demo articles", imported);
        }
    }

    private static NewUser user(String username, String name, Set<Role> roles) {
        return new NewUser(username, name, username + "@demo.factline.test", roles);
    }
}
