package org.factline.claim.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.NotFoundView;
import org.factline.claim.ClaimLink;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimantDetail;
import org.factline.security.AppRoles;

/** A claimant (person, organization, government) and every claim they made, with verdicts. */
@Route("claimants/:id")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimantView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ClaimService claims;
    private String title = "Claimant";

    ClaimantView(ClaimService claims) {
        this.claims = claims;
        addClassNames("view-content", "reader");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClaimantDetail claimant;
        try {
            claimant = claims.claimant(
                    Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | ValidationException | ItemNotFoundException e) {
            // ClaimService still reports a missing claimant as a ValidationException.
            NotFoundView.reroute(event, "There is no such claimant.", "claims", "All claims");
            return;
        }
        title = claimant.name();
        removeAll();
        var back = new Anchor("claims", "\u2190 Claims");
        back.addClassName("back-link");
        var heading = new H1(claimant.name());
        heading.addClassName("claim-title");
        var meta = new Div(new Span(Character.toUpperCase(claimant.kind().charAt(0))
                + claimant.kind().substring(1)
                + " \u00b7 " + claimant.claims().size() + (claimant.claims().size() == 1 ? " claim" : " claims")
                + " \u00b7 " + claimant.verified() + " with a verdict"));
        meta.addClassName("reader-meta");
        add(back, heading, meta, new H2("Claims"));
        var list = new UnorderedList();
        list.addClassName("claimant-claims");
        for (ClaimLink c : claimant.claims()) {
            var item = new ListItem(new Anchor("claims/" + c.id(), c.text()));
            if (c.claimDate() != null) {
                item.add(new Span(" \u00b7 " + DAY.format(c.claimDate())));
            }
            var state = new Span(
                    c.verdict() != null ? c.verdict().label() : c.status().label());
            state.addClassNames(
                    "badge",
                    c.verdict() != null ? "verdict-label" : "badge-role",
                    c.verdict() != null
                            ? "verdict-" + c.verdict().name().toLowerCase(Locale.ROOT)
                            : "status-" + c.status().name().toLowerCase(Locale.ROOT));
            item.add(new Span(" "), state);
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return title + " \u00b7 Factline";
    }
}
