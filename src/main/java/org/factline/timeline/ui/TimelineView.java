package org.factline.timeline.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factline.base.ui.PlannedFeatureView;
import org.factline.security.AppRoles;

@Route("timeline")
@PageTitle("Timeline · Factline")
@Menu(order = 4, icon = "vaadin:calendar-clock", title = "Timeline")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class TimelineView extends PlannedFeatureView {

    public TimelineView() {
        super(
                "Timeline",
                VaadinIcon.CALENDAR_CLOCK,
                "The timeline is empty",
                "The team's chronology of US-China AI events (model launches, export controls, chips, accusations) will be drawn here.");
    }
}
