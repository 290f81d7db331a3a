package org.factline.article.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.factline.article.FeedForm;
import org.factline.article.FeedService;
import org.factline.article.FeedSummary;
import org.factline.article.domain.Feed;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;
import org.jspecify.annotations.Nullable;

/** Adds a feed (fetched once to check it is one) or changes one. */
final class FeedDialog extends Dialog {

    final TextField address = new TextField(translate("feeds.address"));
    final IntegerField interval = new IntegerField(translate("feeds.poll-every"));
    final Checkbox active = new Checkbox(translate("feeds.on-schedule"));
    final Button save;

    FeedDialog(FeedService service, @Nullable FeedSummary existing, Consumer<FeedSummary> onSaved) {
        setHeaderTitle(existing == null ? translate("feeds.new") : translate("feeds.edit.title"));
        address.setMaxLength(Feed.ADDRESS_MAX_LENGTH);
        address.setPlaceholder("https://example.org/feed.xml");
        address.setHelperText(translate("feeds.address.helper"));
        address.setRequiredIndicatorVisible(true);
        address.setWidthFull();
        interval.setMin((int) FeedService.MIN_INTERVAL.toMinutes());
        interval.setMax((int) FeedService.MAX_INTERVAL.toMinutes());
        interval.setStepButtonsVisible(true);
        interval.setHelperText(translate("feeds.interval.helper", FeedService.MIN_INTERVAL.toMinutes()));
        Duration initial = existing == null ? service.defaultInterval() : existing.interval();
        interval.setValue((int) initial.toMinutes());
        active.setValue(existing == null || existing.active());
        if (existing != null) {
            address.setValue(existing.address());
        }
        var form = new FormLayout(address, interval, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var errors = new FieldErrors(Map.of("address", address, "interval", interval));
        save = new Button(existing == null ? translate("feeds.add") : translate("common.save"), e -> {
            Integer minutes = interval.getValue();
            var entered = new FeedForm(
                    address.getValue(), Duration.ofMinutes(minutes == null ? 0 : minutes), active.getValue());
            try {
                FeedSummary saved = existing == null
                        ? service.add(entered)
                        : service.update(existing.id(), existing.version(), entered);
                close();
                Notifications.success(translate(existing == null ? "feeds.added" : "feeds.saved", saved.name()));
                onSaved.accept(saved);
            } catch (ValidationException ex) {
                errors.show(ex);
            } catch (ConcurrentEditException | ItemNotFoundException ex) {
                close();
                Notifications.error(ex.getMessage());
                if (existing != null) {
                    onSaved.accept(existing);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        getFooter().add(new Button(translate("common.cancel"), e -> close()), save);
        setWidth("min(36rem, 95vw)");
        address.focus();
    }
}
