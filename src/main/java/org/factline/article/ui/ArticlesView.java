package org.factline.article.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.factline.base.ui.PlannedFeatureView;
import org.factline.security.AppRoles;

@Route("articles")
@PageTitle("Articles · Factline")
@Menu(order = 1, icon = "vaadin:newspaper", title = "Articles")
@RolesAllowed(AppRoles.FACT_CHECKER)
public class ArticlesView extends PlannedFeatureView {

    public ArticlesView() {
        super(
                "Articles",
                VaadinIcon.NEWSPAPER,
                "No articles yet",
                "Imported news articles (pasted, uploaded, fetched from a URL or a feed) will be listed here, cleaned and ready to mark claims in.");
    }
}
