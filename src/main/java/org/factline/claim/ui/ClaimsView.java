package org.factline.claim.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factline.base.ui.PlannedFeatureView;
import org.factline.security.AppRoles;

@Route("claims")
@PageTitle("Claims · Factline")
@Menu(order = 2, icon = "vaadin:comment-ellipsis-o", title = "Claims")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ClaimsView extends PlannedFeatureView {

    public ClaimsView() {
        super(
                "Claims",
                VaadinIcon.COMMENT_ELLIPSIS_O,
                "No claims yet",
                "Claims marked in articles, with their votes and fact-check notes, will be listed here.");
    }
}
