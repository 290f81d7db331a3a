package org.factline.review.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factline.base.ui.PlannedFeatureView;
import org.factline.security.AppRoles;

@Route("review")
@PageTitle("Review · Factline")
@Menu(order = 3, icon = "vaadin:check-square-o", title = "Review")
@RolesAllowed(AppRoles.EDITOR)
public class ReviewView extends PlannedFeatureView {

    public ReviewView() {
        super(
                "Review",
                VaadinIcon.CHECK_SQUARE_O,
                "Nothing to review",
                "Claims whose verdict has been proposed will wait here for an editor's approval.");
    }
}
