package org.factline.claim.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.Broadcaster;
import org.factline.base.ui.Notifications;
import org.factline.claim.ClaimAssignments;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimStatus;
import org.factline.claim.ClaimSummary;
import org.factline.user.TeamMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who works on the claim, on its page: editors pick any team member or unassign; everyone may
 * take an unassigned claim and give their own back. Changes by others show at once (push).
 */
class AssigneeControl extends Div {

    final Span current = new Span();
    final ComboBox<TeamMember> picker = new ComboBox<>(translate("assignee.assign-to"));
    final Button take = new Button(translate("assignee.take"), VaadinIcon.HAND.create());
    final Button giveBack = new Button(translate("assignee.give-back"));
    final Button unassign = new Button(translate("assignee.unassign"));

    private final ClaimService claims;
    private final ClaimAssignments assignments;
    private final String me;
    private ClaimSummary claim;
    private boolean showing;

    AssigneeControl(
            ClaimSummary claim, ClaimService claims, ClaimAssignments assignments, String me, Broadcaster broadcaster) {
        this.claim = claim;
        this.claims = claims;
        this.assignments = assignments;
        this.me = me;
        addClassName("assignee-control");

        // Fetched when the list opens (and as a name is typed), not held by every open claim page.
        picker.setItems(
                query -> members(query.getFilter().orElse(""))
                        .skip(query.getOffset())
                        .limit(query.getLimit()),
                query -> (int) members(query.getFilter().orElse("")).count());
        picker.setItemLabelGenerator(m -> m.displayName() + " (" + m.username() + ")");
        picker.setPlaceholder(translate("assignee.choose"));
        picker.setVisible(assignments.canAssignOthers());
        picker.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                change(
                        e.getValue().username(),
                        translate("assignee.assigned.done", e.getValue().displayName()));
            }
        });
        take.addThemeVariants(ButtonVariant.LUMO_SMALL);
        take.addClickListener(e -> change(me, translate("assignee.yours")));
        giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        giveBack.addClickListener(e -> change(null, translate("assignee.gave-back")));
        unassign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        unassign.addClickListener(e -> change(null, translate("assignee.nobody")));
        add(current, take, giveBack, unassign, picker);
        show(claim);

        addAttachListener(attach -> {
            var subscription = broadcaster.subscribe(
                    ClaimService.liveTopic(claim.id()),
                    attach.getUI(),
                    () -> show(claims.get(claim.id()).summary()));
            addDetachListener(detach -> {
                subscription.remove();
                detach.unregisterListener();
            });
        });
    }

    private void change(@Nullable String assignee, String done) {
        try {
            show(assignments.assign(claim.id(), claim.assignee(), assignee));
            Notifications.success(done);
        } catch (ValidationException | ItemNotFoundException | ConcurrentEditException | AccessDeniedException e) {
            Notifications.error(e.getMessage());
            show(claims.get(claim.id()).summary());
        }
    }

    private void show(ClaimSummary fresh) {
        this.claim = fresh;
        String assignee = fresh.assignee();
        boolean editor = assignments.canAssignOthers();
        boolean open = fresh.status() != ClaimStatus.VERIFIED;
        current.setText(
                assignee == null ? translate("claims.unassigned") : translate("assignee.assigned", name(assignee)));
        current.getElement().setAttribute("aria-live", "polite");
        take.setVisible(open && assignee == null);
        giveBack.setVisible(me.equals(assignee));
        unassign.setVisible(editor && assignee != null && !me.equals(assignee));
        showing = true;
        try {
            picker.setValue(assignee == null ? null : member(assignee).orElse(null));
            picker.setVisible(editor && open);
        } finally {
            showing = false;
        }
    }

    private String name(String username) {
        return member(username).map(TeamMember::displayName).orElse(username);
    }

    private java.util.Optional<TeamMember> member(String username) {
        return assignments.candidates().stream()
                .filter(m -> m.username().equals(username))
                .findFirst();
    }

    private java.util.stream.Stream<TeamMember> members(String filter) {
        String typed = filter.strip().toLowerCase(java.util.Locale.ROOT);
        return assignments.candidates().stream()
                .filter(m -> typed.isEmpty()
                        || m.displayName().toLowerCase(java.util.Locale.ROOT).contains(typed)
                        || m.username().contains(typed));
    }
}
