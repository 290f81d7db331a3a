package org.factline.claim.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.EnumTexts;
import org.factline.base.ui.Formats;
import org.factline.base.ui.NotFoundView;
import org.factline.claim.AppearanceSummary;
import org.factline.claim.ClaimAssignments;
import org.factline.claim.ClaimDetail;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;

/** One claim: the statement, who made it, where it appears, and the panels of other features. */
@Route("claims/:id")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClaimService claims;
    private final ClaimAssignments assignments;
    private final CurrentUser currentUser;
    private final Broadcaster broadcaster;
    private final List<ClaimPanel> panels;
    private String title = "";

    ClaimView(
            ClaimService claims,
            ClaimAssignments assignments,
            CurrentUser currentUser,
            Broadcaster broadcaster,
            List<ClaimPanel> panels) {
        this.claims = claims;
        this.assignments = assignments;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
        this.panels = panels;
        addClassNames("view-content", "reader");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ClaimDetail claim;
        try {
            claim = claims.get(
                    Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException e) {
            NotFoundView.reroute(event, translate("claim.no-such"), "claims", translate("claim.all"));
            return;
        } catch (ItemNotFoundException e) {
            NotFoundView.reroute(event, e.getMessage(), "claims", translate("claim.all"));
            return;
        }
        show(claim);
    }

    @Override
    public String getPageTitle() {
        return translate("shell.title.item", title.isEmpty() ? translate("claims.claim") : title);
    }

    private void show(ClaimDetail claim) {
        var s = claim.summary();
        title = s.text().length() <= 60 ? s.text() : s.text().substring(0, 59) + "…";
        var heading = new H1(s.text());
        heading.addClassName("claim-title");
        var facts = new ArrayList<String>();
        if (s.claimant() == null) {
            facts.add(translate("claim.claimant-unknown"));
        }
        if (s.claimDate() != null) {
            facts.add(Formats.longDay(s.claimDate()));
        }
        facts.add(translate("claim.added-by", s.createdBy()));
        var status = new Span();
        showStatus(status, s.status());
        var meta = new Div(status);
        if (s.claimant() != null) {
            meta.add(new Span(" "));
            claims.claimantIdByName(s.claimant())
                    .ifPresentOrElse(
                            id -> meta.add(new Anchor("claimants/" + id, s.claimant())),
                            () -> meta.add(new Span(s.claimant())));
            meta.add(new Span(" ·"));
        }
        meta.add(new Span(" " + String.join(" · ", facts)));
        meta.addClassName("reader-meta");
        add(heading, meta, new AssigneeControl(s, claims, assignments, currentUser.actorName(), broadcaster));
        if (!s.tags().isEmpty()) {
            var tags = new Div();
            s.tags().forEach(t -> {
                var tag = new Span(t);
                tag.addClassName("badge-role");
                tags.add(tag);
            });
            add(tags);
        }
        add(new H2(translate("claim.appears-in")));
        var appearances = new Div();
        showAppearances(appearances, claim.appearances());
        add(appearances);
        panels.forEach(p -> add(p.create(claim)));
        // a teammate's first vote or note moves the claim into review, a re-processed article moves
        // its passages: both show here without a reload (the panels keep what is typed in them)
        long id = s.id();
        appearances.addAttachListener(attach -> {
            var subscription = broadcaster.subscribe(ClaimService.liveTopic(id), attach.getUI(), () -> {
                ClaimDetail fresh = claims.get(id);
                showStatus(status, fresh.summary().status());
                showAppearances(appearances, fresh.appearances());
            });
            appearances.addDetachListener(detach -> {
                subscription.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void showStatus(Span badge, ClaimStatus status) {
        badge.setText(EnumTexts.of(status));
        badge.setClassName("badge-role status-" + status.name().toLowerCase(Locale.ROOT));
    }

    private static void showAppearances(Div target, List<AppearanceSummary> appearances) {
        target.removeAll();
        if (appearances.isEmpty()) {
            target.add(new Span(translate("claim.not-linked")));
        }
        for (AppearanceSummary a : appearances) {
            var quote = new Div(a.quote());
            quote.addClassName("claim-quote");
            var where = new Div(new Anchor("articles/" + a.articleId(), a.articleTitle()));
            if (a.anchorLost()) {
                var lost = new Span(
                        a.changedInVersion() == null
                                ? translate("claim.passage-lost")
                                : translate("claim.changed-in-version", a.changedInVersion()));
                lost.addClassNames("badge-role", "badge-warning", "appearance-changed");
                where.add(new Span(" "), lost);
            }
            var appearance = new Div(quote, where);
            if (a.anchorLost() && a.changedInVersion() != null) {
                quote.getElement().setAttribute("aria-label", translate("claim.passage-was", a.quote()));
                var now = new Div(
                        a.nearestText() == null
                                ? translate("claim.version-no-text", a.changedInVersion())
                                : translate("claim.version-reads", a.changedInVersion(), a.nearestText()));
                now.addClassName("claim-quote-now");
                appearance.add(now);
            }
            target.add(appearance);
        }
    }
}
