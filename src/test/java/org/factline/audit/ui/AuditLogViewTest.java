package org.factline.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.factline.AbstractAppTest;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AuditLogViewTest extends AbstractAppTest {

    @Test
    void admins_filter_the_log_by_action_and_text() {
        String name = user(unique("audited-ui"), Role.FACT_CHECKER);
        login(ADMIN);
        UI.getCurrent().navigate(AuditLogView.class);
        var view = _get(AuditLogView.class);
        assertThat(GridKt._size(view.grid)).isPositive();

        _setValue(view.action, "user.created");
        _setValue(view.text, name);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).summary()).isEqualTo("Created user " + name);

        _setValue(view.action, "user.disabled");
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void admins_export_the_entries_they_filtered() throws Exception {
        String name = user(unique("audited-export-ui"), Role.FACT_CHECKER);
        login(ADMIN);
        UI.getCurrent().navigate(AuditLogView.class);
        var view = _get(AuditLogView.class);
        _setValue(view.action, "user.created");
        _setValue(view.text, name);

        var link = _get(Anchor.class, spec -> spec.withText("Audit log as CSV"));
        var rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(DownloadKt._download(link), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("summary")).isEqualTo("Created user " + name);
        var json = new String(
                DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Audit log as JSON"))),
                StandardCharsets.UTF_8);
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(json)
                        .get(0)
                        .get("summary")
                        .asString())
                .isEqualTo("Created user " + name);
    }

    @Test
    void non_admins_are_refused() {
        login(user("audit-editor", Role.EDITOR));
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditLogView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
