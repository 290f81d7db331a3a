package org.factline.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.factline.article.ArticleDetail;
import org.factline.article.ArticleService;
import org.factline.article.ArticleSummary;
import org.factline.article.MetadataEdit;
import org.factline.article.domain.Article;
import org.factline.base.ConcurrentEditException;
import org.factline.base.ItemNotFoundException;
import org.factline.base.ValidationException;
import org.factline.base.ui.FieldErrors;
import org.factline.base.ui.Notifications;

/** Correct what extraction got wrong: title, author, publisher, date, language, canonical address. */
final class MetadataDialog extends Dialog {

    final TextField title = new TextField("Title");
    final TextField byline = new TextField("Author(s)");
    final TextField siteName = new TextField("Publisher");
    final DatePicker published = new DatePicker("Published");
    final TextField lang = new TextField("Language");
    final TextField canonicalUrl = new TextField("Canonical address");

    MetadataDialog(ArticleService articles, ArticleDetail detail, Runnable onSaved) {
        ArticleSummary article = detail.summary();
        setHeaderTitle("Article details");
        title.setValue(article.title());
        title.setMaxLength(Article.TITLE_MAX_LENGTH);
        byline.setValue(article.byline() == null ? "" : article.byline());
        siteName.setValue(article.siteName() == null ? "" : article.siteName());
        published.setValue(
                article.publishedAt() == null ? null : article.publishedAt().toLocalDate());
        lang.setValue(detail.lang() == null ? "" : detail.lang());
        lang.setHelperText("e.g. en, zh-CN");
        canonicalUrl.setValue(detail.canonicalUrl() == null ? "" : detail.canonicalUrl());
        var form = new FormLayout(title, byline, siteName, published, lang, canonicalUrl);
        form.setColspan(title, 2);
        form.setColspan(canonicalUrl, 2);
        add(form);
        var errors = new FieldErrors(Map.of(
                "title", title, "byline", byline, "siteName", siteName, "lang", lang, "canonicalUrl", canonicalUrl));
        var save = new Button("Save", e -> {
            errors.clear();
            try {
                articles.updateMetadata(
                        article.id(),
                        article.version(),
                        new MetadataEdit(
                                title.getValue(),
                                byline.getValue(),
                                siteName.getValue(),
                                published.getValue(),
                                lang.getValue(),
                                canonicalUrl.getValue()));
                Notifications.success("Details saved.");
                close();
                onSaved.run();
            } catch (ValidationException ex) {
                errors.show(ex);
            } catch (ItemNotFoundException ex) {
                Notifications.error(ex.getMessage());
            } catch (ConcurrentEditException ex) {
                Notifications.error(ex.getMessage());
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(40rem, 96vw)");
    }
}
