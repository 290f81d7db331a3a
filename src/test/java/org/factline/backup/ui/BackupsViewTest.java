package org.factline.backup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factline.AbstractAppTest;
import org.factline.backup.BackupService;
import org.factline.backup.BackupSummary;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BackupsViewTest extends AbstractAppTest {

    @Autowired
    BackupService backups;

    private int rowOf(BackupsView view, String name) {
        for (int row = 0; row < GridKt._size(view.grid); row++) {
            if (GridKt._get(view.grid, row).name().equals(name)) {
                return row;
            }
        }
        throw new AssertionError(name + " is not listed");
    }

    private static Button button(HorizontalLayout actions, String text) {
        return (Button) actions.getChildren()
                .filter(c -> c instanceof Button b && b.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void an_admin_backs_up_now_and_sees_the_backup_listed_with_a_download() {
        login(ADMIN);
        UI.getCurrent().navigate(BackupsView.class);
        var view = _get(BackupsView.class);
        assertThat(view.policy.getText()).contains("runs next at").contains("last 7 days and 4 weeks");
        int before = GridKt._size(view.grid);

        _click(view.backUp);
        awaitUi(() -> {
            view.refresh();
            assertThat(view.state.getText()).contains("written");
        });

        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
        BackupSummary newest = GridKt._get(view.grid, 0);
        assertThat(newest.kind()).isEqualTo(BackupSummary.Kind.MANUAL);
        var actions = (HorizontalLayout) GridKt._getCellComponent(view.grid, 0, "actions");
        var download = (Anchor) actions.getChildren()
                .filter(Anchor.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        signIn(ADMIN);
        backups.delete(newest.name());
    }

    /** The dialog asks for the workspace name; a damaged backup fails with a message, nothing replaced. */
    @Test
    void restoring_asks_for_the_workspace_name_and_says_why_a_backup_cannot_be_restored() throws Exception {
        signIn(ADMIN);
        Path broken = Path.of(backups.policy().directory(), "factline-damaged-" + System.nanoTime() + ".zip");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "cut short");
        try {
            login(ADMIN);
            UI.getCurrent().navigate(BackupsView.class);
            var view = _get(BackupsView.class);
            int row = rowOf(view, broken.getFileName().toString());
            assertThat(GridKt._getFormattedRow(view.grid, row)).contains("unreadable");
            var actions = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
            _click(button(actions, "Restore…"));

            var dialog = _get(RestoreDialog.class);
            assertThat(dialog.restore.isEnabled()).isFalse();
            _setValue(dialog.confirmation, "factline");
            assertThat(dialog.restore.isEnabled()).isFalse();
            _setValue(dialog.confirmation, "Factline");
            assertThat(dialog.restore.isEnabled()).isTrue();
            _click(dialog.restore);

            awaitUi(() -> {
                view.refresh();
                assertThat(view.state.getText()).contains("is not a complete backup archive");
            });
            assertThat(backups.list())
                    .noneMatch(b -> b.kind() == BackupSummary.Kind.BEFORE_RESTORE
                            && b.createdAt().isAfter(java.time.Instant.now().minusSeconds(60)));
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    @Test
    void only_admins_open_the_page() {
        login(user("bk-ui-editor", Role.EDITOR));
        assertDenied("admin/backups");
        assertSentToLogin("admin/backups");
    }
}
