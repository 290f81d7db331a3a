package org.factline.timeline;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.audit.AuditRecord;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.security.AppRoles;
import org.factline.security.CurrentUser;
import org.factline.timeline.domain.EventCategory;
import org.factline.timeline.domain.EventCategoryRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline's categories: the team reads them (filters, the event form, lanes), admins add,
 * rename, recolour and remove them. A category still used by an event is not removed.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.FACT_CHECKER)
public class TimelineCategories {

    private final EventCategoryRepository categories;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;

    TimelineCategories(
            EventCategoryRepository categories, CurrentUser currentUser, ApplicationEventPublisher publisher) {
        this.categories = categories;
        this.currentUser = currentUser;
        this.publisher = publisher;
    }

    /** Every category in the admins' order. */
    @Transactional(readOnly = true)
    public List<CategoryDetail> all() {
        return categories.findAllByOrderByPositionAscNameAsc().stream()
                .map(CategoryDetail::of)
                .toList();
    }

    @RolesAllowed(AppRoles.ADMIN)
    public CategoryDetail create(String name, String color) {
        String n = name(name, null);
        var category = categories.saveAndFlush(new EventCategory(n, color(color), categories.maxPosition() + 1));
        audit("timeline.category.created", category, "Added category \u201c" + n + "\u201d");
        return CategoryDetail.of(category);
    }

    /** Renames and recolours a category. */
    @RolesAllowed(AppRoles.ADMIN)
    public CategoryDetail update(long id, long expectedVersion, String name, String color) {
        EventCategory category = load(id);
        if (category.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This category");
        }
        category.change(name(name, id), color(color));
        categories.flush();
        audit("timeline.category.updated", category, "Changed category \u201c" + category.getName() + "\u201d");
        return CategoryDetail.of(category);
    }

    @RolesAllowed(AppRoles.ADMIN)
    public void delete(long id) {
        EventCategory category = load(id);
        long used = categories.countEvents(id);
        if (used > 0) {
            throw new ValidationException("\u201c" + category.getName() + "\u201d is used by " + used
                    + (used == 1 ? " event" : " events") + "; move them to another category first.");
        }
        audit("timeline.category.deleted", category, "Deleted category \u201c" + category.getName() + "\u201d");
        categories.delete(category);
    }

    private EventCategory load(long id) {
        return categories.findById(id).orElseThrow(() -> new ItemNotFoundException("This category no longer exists."));
    }

    private String name(String name, @Nullable Long id) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty() || n.length() > EventCategory.NAME_MAX_LENGTH) {
            throw new ValidationException(
                    "name", "A category name has 1 to " + EventCategory.NAME_MAX_LENGTH + " characters.");
        }
        categories.findByNameIgnoreCase(n).filter(c -> !c.getId().equals(id)).ifPresent(c -> {
            throw new ValidationException("name", "There is already a category \u201c" + c.getName() + "\u201d.");
        });
        return n;
    }

    private static String color(String color) {
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            throw new ValidationException("color", "Pick a colour (#rrggbb).");
        }
        return color.toLowerCase(Locale.ROOT);
    }

    private void audit(String action, EventCategory category, String summary) {
        publisher.publishEvent(new AuditRecord(
                currentUser.actorName(),
                action,
                "event-category",
                String.valueOf(category.getId()),
                summary,
                null,
                Map.of("name", category.getName(), "color", category.getColor())));
    }
}
