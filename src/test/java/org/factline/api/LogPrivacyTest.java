package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.factline.HttpBrowser;
import org.factline.claim.ClaimService;
import org.factline.claim.Verdict;
import org.factline.note.NoteService;
import org.factline.review.ReviewService;
import org.factline.security.AppRoles.Role;
import org.factline.security.SystemAuthentication;
import org.factline.security.TokenScope;
import org.factline.user.NewUser;
import org.factline.user.UserAdminService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A whole journey with debug logging on — an admin creates two accounts (one-time passwords), the
 * people sign in over HTTP (one with "keep me signed in", one mistyping first) and choose their
 * passwords, import an article and vote over the API with a token (and a wrong token is tried), write
 * a note, propose and approve a verdict — and then the log is searched for every secret and personal
 * detail the journey used: passwords, tokens, session and remember-me cookies, e-mail addresses.
 * None may appear. The log lines of the requests carry their correlation id.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest extends AbstractApiTest {

    private static final List<String> DEBUG_LOGGERS = List.of(
            "org.factline", "org.springframework.security", "org.springframework.web", "com.vaadin.flow.server");
    private static final Pattern CORRELATED = Pattern.compile("\\[(req|event)-[0-9a-f]{12}]");

    @Autowired
    LoggingSystem logging;

    @Autowired
    UserAdminService users;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService review;

    @Autowired
    NoteService notes;

    @AfterEach
    void loggingAsBefore() {
        DEBUG_LOGGERS.forEach(name -> logging.setLogLevel(name, null));
    }

    @Test
    void a_whole_journey_logs_no_password_token_session_or_e_mail_address(CapturedOutput output) throws Exception {
        DEBUG_LOGGERS.forEach(name -> logging.setLogLevel(name, LogLevel.DEBUG));
        var secrets = new ArrayList<String>();

        // An admin creates two accounts; each gets a one-time password.
        String checker = unique("journey-checker");
        String editor = unique("journey-editor");
        String checkerMail = checker + "@newsroom.example";
        String editorMail = editor + "@newsroom.example";
        secrets.addAll(List.of(checkerMail, editorMail));
        String checkerOnce = SystemAuthentication.runAs(
                ADMIN,
                () -> users.create(new NewUser(checker, "Journey Checker", checkerMail, Set.of(Role.FACT_CHECKER)))
                        .temporaryPassword());
        String editorOnce = SystemAuthentication.runAs(
                ADMIN,
                () -> users.create(new NewUser(editor, "Journey Editor", editorMail, Set.of(Role.EDITOR)))
                        .temporaryPassword());
        secrets.addAll(List.of(checkerOnce, editorOnce));

        // They sign in over HTTP with it and choose their own.
        String checkerPassword = "Orchid-Harbour-Lantern-47";
        String editorPassword = "Walnut-Meadow-Compass-58";
        String mistyped = "Mistyped-Secret-Word-93";
        secrets.addAll(List.of(checkerPassword, editorPassword, mistyped));
        var checkerBrowser = new HttpBrowser(port);
        checkerBrowser.login(checker, checkerOnce);
        signIn(checker);
        accountService.changePassword(checkerOnce, checkerPassword, checkerPassword);
        var editorBrowser = new HttpBrowser(port);
        editorBrowser.login(editor, mistyped);
        editorBrowser.login(editor, editorOnce);
        signIn(editor);
        accountService.changePassword(editorOnce, editorPassword, editorPassword);
        checkerBrowser = new HttpBrowser(port);
        checkerBrowser.login(checker, checkerPassword, "&remember-me=on");
        checkerBrowser.get("/claims");
        editorBrowser = new HttpBrowser(port);
        editorBrowser.login(editor, editorPassword);
        editorBrowser.get("/review");
        secrets.addAll(cookieValues(checkerBrowser));
        secrets.addAll(cookieValues(editorBrowser));

        // The fact-checker imports an article and votes through the API; a wrong token is tried too.
        String token = token(checker, TokenScope.READ_WRITE);
        String wrongToken = "flt_" + marker("notarealtoken") + "0123456789";
        secrets.addAll(List.of(token, wrongToken));
        var imported = send(
                "POST",
                "/api/v1/articles",
                token,
                "{\"title\":\"Journey " + marker("article") + "\",\"content\":\"Exports of chips rose by "
                        + marker("figure") + " percent.\",\"format\":\"TEXT\"}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(get("/api/v1/claims", wrongToken).statusCode()).isEqualTo(401);
        signIn(checker);
        long claimId = newClaim("Chip exports rose");
        var vote = send("PUT", "/api/v1/claims/" + claimId + "/vote", token, "{\"verdict\":\"MOSTLY_TRUE\"}");
        assertThat(vote.statusCode()).as(vote.body()).isEqualTo(200);

        // A note, a proposal and the editor's approval.
        notes.post(claimId, "The ministry's table shows it; asked @" + editor + " to check.");
        review.propose(claimId, claims.get(claimId).summary().version(), Verdict.MOSTLY_TRUE, "Mostly right.");
        signIn(editor);
        review.approve(claimId, claims.get(claimId).summary().version());
        awaitEvents();

        // An admin resets a password: a new one-time password.
        String reset = SystemAuthentication.runAs(
                ADMIN,
                () -> users.resetPassword(users.find(checker, 0, 1, org.springframework.data.domain.Sort.unsorted())
                        .getFirst()
                        .id()));
        secrets.add(reset);

        String log = output.getAll();
        assertThat(log).as("debug logging was on").contains("DEBUG");
        for (String secret : secrets) {
            assertThat(log).as("the log must not contain %s", secret).doesNotContain(secret);
        }
        assertThat(log.lines().filter(l -> l.contains("-exec-")).toList())
                .as("request threads' lines carry a correlation id")
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).containsPattern(CORRELATED));
    }

    private static List<String> cookieValues(HttpBrowser browser) {
        List<String> values = browser.cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID") || c.getName().equals("remember-me"))
                .map(HttpCookie::getValue)
                .toList();
        assertThat(values).as("the browser holds a session").isNotEmpty();
        return values;
    }
}
