package org.factline.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.factline.article.ArticleImportService;
import org.factline.article.ImportOutcome;
import org.factline.article.PasteFormat;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/** Paste, upload or fetch articles; every item reports imported, duplicate or failed with why. */
final class ImportDialog extends Dialog {

    static final String[] FILE_TYPES = {".html", ".htm", ".txt", ".md", ".pdf", ".docx", ".doc", ".gz"};

    final TextField pasteTitle = new TextField("Title (optional)");
    final Select<PasteFormat> pasteFormat = new Select<>();
    final TextArea pasteContent = new TextArea("Text or HTML");
    final Button pasteImport = new Button("Import");
    final TextArea urls = new TextArea("Web addresses, one per line");
    final Button urlImport = new Button("Fetch and import");
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Button cancel = new Button("Cancel");
    final Upload upload;
    final ImportResults results = new ImportResults(this::openArticle);
    private final AtomicBoolean cancelled = new AtomicBoolean();

    ImportDialog(ArticleImportService service, long maxBytes, Consumer<ImportOutcome> onImported) {
        setHeaderTitle("Import articles");
        setWidth("min(48rem, 96vw)");

        pasteFormat.setLabel("Format");
        pasteFormat.setItems(PasteFormat.values());
        pasteFormat.setItemLabelGenerator(f -> switch (f) {
            case AUTO -> "Detect";
            case TEXT -> "Plain text";
            case HTML -> "HTML";
            case MARKDOWN -> "Markdown";
        });
        pasteFormat.setValue(PasteFormat.AUTO);
        pasteContent.setWidthFull();
        pasteContent.setMinHeight("12rem");
        pasteContent.setPlaceholder("Paste the article: text, a web page's HTML, or Markdown");
        pasteImport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pasteImport.addClickListener(e -> {
            var outcome = service.importPaste(pasteTitle.getValue(), pasteContent.getValue(), pasteFormat.getValue());
            report(outcome, onImported);
            if (outcome.status() == ImportOutcome.Status.IMPORTED) {
                pasteTitle.clear();
                pasteContent.clear();
            }
        });
        var pasteTab = new Div(new Div(pasteTitle, pasteFormat), pasteContent, pasteImport);
        pasteTitle.getStyle().set("margin-right", "var(--lumo-space-m)");

        upload = new Upload(new ArticleUploadHandler(service, maxBytes, outcome -> report(outcome, onImported)));
        upload.setAcceptedFileTypes(FILE_TYPES);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(50);
        upload.addFileRejectedListener(
                e -> report(ImportOutcome.failedFor(e.getFileName(), e.getErrorMessage()), onImported));
        var uploadTab = new Div(
                new Paragraph(
                        "Web pages (.html), text (.txt), Markdown (.md), PDF and Word (.docx) files, also gzipped;"
                                + " up to " + maxBytes / (1024 * 1024) + " MB each, several at once."),
                upload);

        urls.setWidthFull();
        urls.setMinHeight("8rem");
        urls.setPlaceholder("https://example.org/news/story.html");
        urlImport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        progress.setVisible(false);
        cancel.setVisible(false);
        cancel.addClickListener(e -> cancelled.set(true));
        urlImport.addClickListener(e -> fetchAll(service, onImported));
        var urlTab = new Div(
                new Paragraph("Article addresses, or the address of an RSS or Atom feed to import its articles."),
                urls,
                new Div(urlImport, cancel),
                progress,
                progressText);

        var tabs = new TabSheet();
        tabs.add("Paste", pasteTab);
        tabs.add("Upload files", uploadTab);
        tabs.add("From the web", urlTab);
        tabs.setWidthFull();
        add(tabs, results);
        getFooter().add(new Button("Done", e -> close()));
        addDetachListener(e -> cancelled.set(true)); // closing the dialog stops a running batch
    }

    private void openArticle(long id) {
        close();
        UI.getCurrent().navigate("articles/" + id);
    }

    /**
     * Fetches in the background: a progress bar, a running count, per-item results and a cancel
     * button. A feed address stands for all its articles.
     */
    private void fetchAll(ArticleImportService service, Consumer<ImportOutcome> onImported) {
        List<String> list = Arrays.stream(urls.getValue().split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        if (list.isEmpty()) {
            urls.setInvalid(true);
            urls.setErrorMessage("Enter at least one web address.");
            return;
        }
        urls.setInvalid(false);
        UI ui = UI.getCurrent();
        cancelled.set(false);
        urlImport.setEnabled(false);
        cancel.setVisible(true);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText("Starting…");
        var done = new AtomicInteger();
        Runnable work = () -> {
            try {
                service.importUrls(
                        list,
                        outcome -> {
                            int n = done.incrementAndGet();
                            ui.access(() -> {
                                report(outcome, onImported);
                                progressText.setText(n + (n == 1 ? " item" : " items") + " processed");
                            });
                        },
                        cancelled::get);
            } finally {
                ui.access(() -> {
                    urlImport.setEnabled(true);
                    cancel.setVisible(false);
                    progress.setVisible(false);
                    progressText.setText(done.get() + " processed" + (cancelled.get() ? " (cancelled)" : ""));
                });
            }
        };
        Thread.ofVirtual().name("url-import").start(new DelegatingSecurityContextRunnable(work));
    }

    private void report(ImportOutcome outcome, Consumer<ImportOutcome> onImported) {
        results.add(outcome);
        onImported.accept(outcome);
    }
}
