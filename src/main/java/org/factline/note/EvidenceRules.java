package org.factline.note;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factline.base.ValidationException;
import org.factline.base.WebAddresses;
import org.factline.note.domain.Evidence;
import org.factline.note.domain.EvidenceFields;
import org.jspecify.annotations.Nullable;

/** Checks and cleans what was entered for an evidence item; refusals name the field and say why. */
final class EvidenceRules {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private EvidenceRules() {}

    /** @param hasFile whether a file is (or will be) attached: then the web address is optional */
    static EvidenceFields check(EvidenceForm form, boolean hasFile, Clock clock) {
        String url = url("url", form.url());
        if (url == null && !hasFile) {
            throw new ValidationException("url", "Add the source's web address or upload the file.");
        }
        if (form.sourceType() == null) {
            throw new ValidationException("sourceType", "Choose the kind of source.");
        }
        if (form.stance() == null) {
            throw new ValidationException("stance", "Say whether it supports or refutes the claim, or gives context.");
        }
        String quote = text("quote", form.quote(), Evidence.QUOTE_MAX_LENGTH, "The quote");
        String translation = text("translation", form.translation(), Evidence.QUOTE_MAX_LENGTH, "The translation");
        if (translation != null && quote == null) {
            throw new ValidationException(
                    "quote", "Add the exact quote in its original language, then its translation.");
        }
        LocalDate accessed = form.accessedOn();
        if (accessed != null && accessed.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("accessedOn", "The access date can't be in the future.");
        }
        return new EvidenceFields(
                text("title", form.title(), Evidence.TITLE_MAX_LENGTH, "The title"),
                url,
                url == null ? null : URI.create(url).getHost().toLowerCase(Locale.ROOT),
                url("archiveUrl", form.archiveUrl()),
                form.sourceType(),
                form.stance(),
                quote,
                language(form.originalLanguage()),
                translation,
                accessed);
    }

    /** Web addresses only: http or https with a host, no credentials, no spaces. */
    static @Nullable String url(String field, @Nullable String value) {
        return WebAddresses.check(field, value);
    }

    private static @Nullable String text(String field, @Nullable String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            throw new ValidationException(
                    field, what + " can have at most " + max + " characters; this one has " + s.length() + ".");
        }
        return s;
    }

    private static @Nullable String language(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip().replace('_', '-');
        if (!LANGUAGE.matcher(s).matches() || s.length() > Evidence.LANGUAGE_MAX_LENGTH) {
            throw new ValidationException("originalLanguage", "Use a language code such as zh, en or zh-Hans.");
        }
        try {
            return new Locale.Builder().setLanguageTag(s).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new ValidationException("originalLanguage", "Use a language code such as zh, en or zh-Hans.");
        }
    }
}
