package org.factline.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import org.factline.base.ui.ViewContent;
import org.factline.base.ui.ViewToolbar;
import org.factline.review.ReviewQueue;
import org.factline.review.ReviewQueue.Item;
import org.factline.security.AppRoles;

/** Editors' queue: proposed verdicts, oldest first, with the team's votes beside them. */
@Route("review")
@PageTitle("Review · Factline")
@Menu(order = 3, icon = "vaadin:check-square-o", title = "Review")
@RolesAllowed(AppRoles.EDITOR)
public class ReviewView extends Div {

    final Grid<Item> grid = new Grid<>();

    ReviewView(ReviewQueue queue, Clock clock) {
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        grid.addComponentColumn(i -> new Anchor("claims/" + i.claimId(), i.claimText()))
                .setHeader("Claim")
                .setFlexGrow(3);
        grid.addColumn(i -> i.proposed().label())
                .setHeader("Proposed")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Item::proposedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.votes()).setHeader("Votes").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> switch (i.perspectives()) {
                    case AGREED_ACROSS -> "Agreed across";
                    case DIVIDED -> "Divided";
                    case UNKNOWN -> "Too few yet";
                })
                .setHeader("Perspectives")
                .setTooltipGenerator(i -> i.perspectives().label())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.notes() + " \u00b7 " + i.evidence())
                .setHeader("Notes \u00b7 evidence")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> waiting(i, clock))
                .setHeader("Waiting")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(queue.pending());
        grid.setEmptyStateText("Nothing to review: no verdict is waiting for an editor.");
        add(new ViewToolbar("Review"), ViewContent.fill(grid));
    }

    private static String waiting(Item i, Clock clock) {
        if (i.proposedAt() == null) {
            return "";
        }
        Duration d = Duration.between(i.proposedAt(), clock.instant());
        return d.toDays() > 0
                ? d.toDays() + " d"
                : d.toHours() > 0 ? d.toHours() + " h" : Math.max(1, d.toMinutes()) + " min";
    }
}
