package org.factline.review.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

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
import org.factline.base.ui.EnumTexts;
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
                .setHeader(translate("claims.claim"))
                .setFlexGrow(3);
        grid.addColumn(i -> EnumTexts.of(i.proposed()))
                .setHeader(translate("review.proposed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Item::proposedBy)
                .setHeader(translate("review.by"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.votes())
                .setHeader(translate("review.votes"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> switch (i.perspectives()) {
                    case AGREED_ACROSS -> translate("review.agreed-across");
                    case DIVIDED -> translate("review.divided");
                    case UNKNOWN -> translate("review.too-few");
                })
                .setHeader(translate("review.perspectives"))
                .setTooltipGenerator(i -> EnumTexts.of(i.perspectives()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.notes() + " \u00b7 " + i.evidence())
                .setHeader(translate("review.notes-evidence"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> waiting(i, clock))
                .setHeader(translate("review.waiting"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(queue.pending());
        grid.setEmptyStateText(translate("review.empty"));
        add(new ViewToolbar(translate("menu.ReviewView")), ViewContent.fill(grid));
    }

    private static String waiting(Item i, Clock clock) {
        if (i.proposedAt() == null) {
            return "";
        }
        Duration d = Duration.between(i.proposedAt(), clock.instant());
        return d.toDays() > 0
                ? translate("duration.days", d.toDays())
                : d.toHours() > 0
                        ? translate("duration.hours", d.toHours())
                        : translate("duration.minutes", Math.max(1, d.toMinutes()));
    }
}
