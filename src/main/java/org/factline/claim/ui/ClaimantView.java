package org.factline.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
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
import org.factline.claim.ClaimantDetail;
import org.factline.claim.ClaimantProfiles;
import org.factline.security.AppRoles;

/** A claimant (person, organization, government) and every claim they made, with verdicts. */
@Route("claimants/:id")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimantView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ClaimantProfiles profiles;
    private String title = "Claimant";

    ClaimantView(ClaimantProfiles profiles) {
        this.profiles = profiles;
        addClassNames("view-content", "reader");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClaimantDetail claimant;
        try {
            claimant = profiles.get(
                    Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | ValidationException | ItemNotFoundException e) {
            NotFoundView.reroute(event, "There is no such claimant.", "claims", "All claims");
            return;
        }
        show(claimant);
    }

    private void show(ClaimantDetail claimant) {
        title = claimant.name();
        removeAll();
        var back = new Anchor("claims", "\u2190 Claims");
        back.addClassName("back-link");
        var heading = new H1(claimant.name());
        heading.addClassName("claim-title");
        var meta = new Div(new Span(claimant.kind().label()
                + " \u00b7 " + claimant.claims().size() + (claimant.claims().size() == 1 ? " claim" : " claims")
                + " \u00b7 " + claimant.verified() + " with a verdict"));
        meta.addClassName("reader-meta");
        add(back, heading, meta);
        if (!claimant.links().isEmpty()) {
            var links = new UnorderedList();
            links.addClassName("claimant-links");
            claimant.links().forEach(url -> {
                var link = new Anchor(url, url, AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                links.add(new ListItem(link));
            });
            add(links);
        }
        if (claimant.canEdit()) {
            var edit = new Button(
                    "Edit kind and links",
                    e -> new ClaimantDialog(profiles, claimant, () -> show(profiles.get(claimant.id()))).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(edit);
        }
        add(new H2("Claims"));
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
