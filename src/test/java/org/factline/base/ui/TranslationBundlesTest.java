package org.factline.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factline.base.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The two bundles hold the same keys, every text is a valid MessageFormat pattern with no parameter
 * in Chinese that English lacks, every key is used by the code, and every view has its menu entry
 * and page title.
 */
class TranslationBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)");
    /** Keys the code builds from a name ("menu." + view class); checked against their sources below. */
    private static final List<String> BUILT_PREFIXES =
            List.of("menu.", "title.", "search.type.", "role.", "enum.", "search.facet.", "evidence.count.");

    @Test
    void both_languages_have_exactly_the_same_keys() throws IOException {
        Properties english = load("translations.properties");
        Properties chinese = load("translations_zh_CN.properties");
        assertThat(new TreeSet<>(chinese.stringPropertyNames()))
                .as("keys of translations_zh_CN.properties")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void every_text_is_a_message_format_and_chinese_needs_no_parameter_english_lacks() throws IOException {
        Properties english = load("translations.properties");
        Properties chinese = load("translations_zh_CN.properties");
        var problems = new ArrayList<String>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key, en);
            for (var text : List.of(en, zh)) {
                try {
                    new MessageFormat(text, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    problems.add(key + ": " + e.getMessage() + " in " + text);
                }
            }
            // Chinese has no plural forms: a count that only chooses the English form may go unused.
            if (!parameters(en).containsAll(parameters(zh))) {
                problems.add(
                        key + ": parameters " + parameters(zh) + " in Chinese, only " + parameters(en) + " in English");
            }
            if (zh.equals(en) && !key.startsWith("language.") && en.matches(".*[A-Za-z]{3,}.*") && !sameInBoth(en)) {
                problems.add(key + ": not translated (" + en + ")");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_key_is_used_by_the_code() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            code = files.filter(f -> f.toString().endsWith(".java"))
                    .map(TranslationBundlesTest::read)
                    .collect(Collectors.joining("\n"));
        }
        var unused = load("translations.properties").stringPropertyNames().stream()
                .filter(key -> BUILT_PREFIXES.stream().noneMatch(key::startsWith))
                .filter(key -> !key.equals("language.name"))
                .filter(key -> !code.contains("\"" + key + "\""))
                .sorted()
                .toList();
        assertThat(unused).as("keys no code asks for").isEmpty();
    }

    @Test
    void every_menu_entry_and_page_title_has_its_text() throws Exception {
        Properties english = load("translations.properties");
        var missing = new ArrayList<String>();
        var titled = new TreeSet<String>();
        for (Class<?> view : annotated(Menu.class)) {
            if (!english.containsKey("menu." + view.getSimpleName())) {
                missing.add("menu." + view.getSimpleName());
            }
        }
        for (Class<?> view : annotated(PageTitle.class)) {
            titled.add("title." + view.getSimpleName());
        }
        titled.add("title.LoginView");
        titled.stream().filter(k -> !english.containsKey(k)).forEach(missing::add);
        english.stringPropertyNames().stream()
                .filter(k -> k.startsWith("title.") && !titled.contains(k))
                .forEach(k -> missing.add(k + " (no such view)"));
        assertThat(missing).isEmpty();
    }

    @Test
    void the_browser_language_decides_until_someone_chooses() {
        assertThat(Languages.bestFor(
                        List.of(Locale.forLanguageTag("zh-TW"), Locale.ENGLISH).iterator()))
                .isEqualTo(Languages.CHINESE);
        assertThat(Languages.bestFor(List.of(Locale.FRENCH, Locale.US).iterator()))
                .isEqualTo(Languages.ENGLISH);
        assertThat(Languages.bestFor(List.of(Locale.GERMAN).iterator())).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.fromTag("zh-CN")).contains(Languages.CHINESE);
        assertThat(Languages.fromTag("tlh")).isEmpty();
    }

    @Test
    void a_text_missing_in_chinese_falls_back_to_english() {
        var provider = new BundleTranslations();
        assertThat(provider.getTranslation("login.form.title", Languages.CHINESE))
                .isEqualTo("登录");
        assertThat(provider.getTranslation("login.form.title", Languages.ENGLISH))
                .isEqualTo("Sign in");
        assertThat(provider.getTranslation("no.such.key", Languages.CHINESE)).isEqualTo("no.such.key");
        // zh_CN resolves through its own file, then the English one: never through the JVM's default locale.
        assertThat(BundleTranslations.bundle(Languages.ENGLISH).getLocale()).isEqualTo(Locale.ROOT);
    }

    /** Product names and abbreviations read the same in Chinese. */
    private static boolean sameInBoth(String text) {
        return text.matches("[A-Za-z0-9 .\\-·/{}\u00b7]*")
                && Set.of("Factline", "Webhook", "Webhooks", "RSS", "JSON", "CSV", "API").stream()
                        .anyMatch(text::contains);
    }

    private static Set<String> parameters(String text) {
        return PARAMETER.matcher(text).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation)
            throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        var classes = new ArrayList<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("org.factline")) {
            classes.add(Class.forName(candidate.getBeanClassName()));
        }
        return classes;
    }

    static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
