package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factline.timeline.EventFormBuilder.event;

import java.time.LocalDate;
import org.factline.base.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class TimelineCategoriesTest extends AbstractTimelineTest {

    @Test
    void admins_manage_categories_and_a_used_category_is_not_deleted() {
        assertThatThrownBy(() -> categories.create("Nope", "#123456")).isInstanceOf(AccessDeniedException.class);
        signIn(ADMIN);
        var created = categories.create(marker, "#123456");
        assertThatThrownBy(() -> categories.create(marker.toUpperCase(), "#123456"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> categories.create(marker + "2", "red"))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("color"));
        var renamed = categories.update(created.id(), created.version(), marker + " renamed", "#654321");
        assertThat(renamed.color()).isEqualTo("#654321");

        timeline.create(event(marker + " In category", LocalDate.of(2024, 2, 2), created.id())
                .form());
        assertThatThrownBy(() -> categories.delete(created.id())).hasMessageContaining("used by 1 event");
    }
}
