package org.factline.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.factline.AbstractAppTest;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;

/** The export menu: the shown state is read at the click, and a refusal reaches the person as a notice. */
class ExportMenuTest extends AbstractAppTest {

    @Test
    void an_entry_writes_what_the_page_shows_when_it_is_clicked() {
        login(user("export-menu-checker", Role.FACT_CHECKER));
        var shown = new AtomicReference<>("first filter");
        UI.getCurrent().add(new ExportMenu().addTable("Things", "things", format -> {
                    String now = shown.get();
                    return out -> out.write((format.name() + ":" + now).getBytes(StandardCharsets.UTF_8));
                }));
        shown.set("filter at the click");

        assertThat(download("Things as CSV")).isEqualTo("CSV:filter at the click");
        assertThat(download("Things as JSON")).isEqualTo("JSON:filter at the click");
        assertThat(_get(Anchor.class, spec -> spec.withText("Things as CSV"))
                        .getElement()
                        .hasAttribute("download"))
                .isTrue();
    }

    @Test
    void a_refused_export_sends_nothing_and_says_why() {
        login(user("export-menu-checker", Role.FACT_CHECKER));
        UI.getCurrent().add(new ExportMenu().add("Refused", "refused.csv", "text/csv", () -> out -> {
            throw new ValidationException("This list can't be exported now.");
        }));

        assertThat(download("Refused")).isEmpty();
        MockVaadin.clientRoundtrip(false);
        NotificationsKt.expectNotifications("This list can't be exported now.");
    }

    private static String download(String entry) {
        return new String(
                DownloadKt._download(_get(Anchor.class, spec -> spec.withText(entry))), StandardCharsets.UTF_8);
    }
}
