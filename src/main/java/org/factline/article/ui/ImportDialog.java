package org.factline.article.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.factline.article.ArticleImportService;
import org.factline.article.ImportJobSummary;
import org.factline.article.ImportJobs;
import org.factline.article.ImportOutcome;
import org.factline.article.PasteFormat;
import org.factline.article.UploadedFile;
import org.factline.base.ValidationException;
import org.factline.base.ui.Notifications;
import org.factline.base.ui.SubmitOnce;

/**
 * Paste, upload or fetch articles. A paste is imported at once with its result here; uploaded
 * files and web addresses become an import job that runs in the background (the Imports page
 * follows it), so closing the dialog or the browser loses nothing.
 */
final class ImportDialog extends Dialog {

    static final String[] FILE_TYPES = {".html", ".htm", ".txt", ".md", ".pdf", ".docx", ".doc", ".gz"};

    final TextField pasteTitle = new TextField(translate("import.paste.title"));
    final Select<PasteFormat> pasteFormat = new Select<>();
    final TextArea pasteContent = new TextArea(translate("import.paste.content"));
    final Button pasteImport = new Button(translate("articles.import"));
    final TextArea urls = new TextArea(translate("import.urls"));
    final Button urlImport = new Button(translate("import.fetch"));
    /** "Import started", with the way to its job, once a job was submitted. */
    final Div started = new Div();

    final Upload upload;
    final ImportResults results = new ImportResults(this::openArticle);
    private final ImportJobs jobs;
    private final List<UploadedFile> receivedFiles = new ArrayList<>();

    ImportDialog(ArticleImportService service, ImportJobs jobs, long maxBytes, Consumer<ImportOutcome> onImported) {
        this.jobs = jobs;
        setHeaderTitle(translate("articles.import-articles"));
        setWidth("min(48rem, 96vw)");

        pasteFormat.setLabel(translate("import.format"));
        pasteFormat.setItems(PasteFormat.values());
        pasteFormat.setItemLabelGenerator(f -> switch (f) {
            case AUTO -> translate("import.format.auto");
            case TEXT -> translate("import.format.text");
            case HTML -> "HTML";
            case MARKDOWN -> "Markdown";
        });
        pasteFormat.setValue(PasteFormat.AUTO);
        pasteContent.setWidthFull();
        pasteContent.setMinHeight("12rem");
        pasteContent.setPlaceholder(translate("import.paste.placeholder"));
        pasteImport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SubmitOnce.onClick(pasteImport, e -> {
            var outcome = service.importPaste(pasteTitle.getValue(), pasteContent.getValue(), pasteFormat.getValue());
            report(outcome, onImported);
            if (outcome.status() == ImportOutcome.Status.IMPORTED) {
                pasteTitle.clear();
                pasteContent.clear();
            }
        });
        var pasteTab = new Div(new Div(pasteTitle, pasteFormat), pasteContent, pasteImport);
        pasteTitle.getStyle().set("margin-right", "var(--lumo-space-m)");

        upload = new Upload(new ArticleUploadHandler(maxBytes, this::received, outcome -> report(outcome, onImported)));
        upload.setAcceptedFileTypes(FILE_TYPES);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(ImportJobs.MAX_FILES_PER_JOB);
        upload.addFileRejectedListener(
                e -> report(ImportOutcome.failedFor(e.getFileName(), e.getErrorMessage()), onImported));
        // The files of one drop or selection make one job.
        upload.addAllFinishedListener(e -> submitFiles());
        var uploadTab = new Div(new Paragraph(translate("import.upload.text", maxBytes / (1024 * 1024))), upload);

        urls.setWidthFull();
        urls.setMinHeight("8rem");
        urls.setPlaceholder("https://example.org/news/story.html");
        urlImport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SubmitOnce.onClick(urlImport, e -> submitUrls()); // a second click would be a second job
        var urlTab = new Div(new Paragraph(translate("import.urls.text")), urls, urlImport);

        started.addClassName("import-started");
        started.setVisible(false);
        var tabs = new TabSheet();
        tabs.add(translate("import.tab.paste"), pasteTab);
        tabs.add(translate("import.tab.upload"), uploadTab);
        tabs.add(translate("import.tab.web"), urlTab);
        tabs.setWidthFull();
        add(tabs, started, results);
        getFooter().add(new Button(translate("common.done"), e -> close()));
    }

    private void openArticle(long id) {
        close();
        UI.getCurrent().navigate("articles/" + id);
    }

    /** The addresses become a job; a feed among them stands for its articles. */
    void submitUrls() {
        List<String> list = Arrays.stream(urls.getValue().split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        try {
            var job = jobs.submitUrls(
                    list.size() == 1 ? list.getFirst() : translate("import.job.urls", list.size()), list);
            urls.setInvalid(false);
            urls.clear();
            showStarted(job);
        } catch (ValidationException e) {
            urls.setInvalid(true);
            urls.setErrorMessage(e.getMessage());
        }
    }

    /** An uploaded file within the limit; the files of one drop are submitted together. */
    void received(UploadedFile file) {
        receivedFiles.add(file);
    }

    void submitFiles() {
        if (receivedFiles.isEmpty()) {
            return; // every file was refused, and said so
        }
        var files = List.copyOf(receivedFiles);
        receivedFiles.clear();
        try {
            showStarted(jobs.submitFiles(
                    files.size() == 1 ? files.getFirst().name() : translate("import.job.files", files.size()), files));
        } catch (ValidationException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void showStarted(ImportJobSummary job) {
        started.removeAll();
        var link = new Anchor("imports/" + job.id(), translate("import.follow"));
        link.addClassName("import-started-link");
        link.getElement().addEventListener("click", e -> close()); // the job's page, not under the dialog
        started.add(
                VaadinIcon.CLOCK.create(),
                new Span(" " + translate("import.started.items", job.total()) + " \u2014 "),
                link);
        started.setVisible(true);
        Notifications.success(translate("import.started", job.label()));
    }

    private void report(ImportOutcome outcome, Consumer<ImportOutcome> onImported) {
        results.add(outcome);
        onImported.accept(outcome);
    }
}
