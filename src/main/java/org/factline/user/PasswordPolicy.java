package org.factline.user;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.factline.base.ValidationException;
import org.passay.CharacterRule;
import org.passay.DictionaryRule;
import org.passay.EnglishCharacterData;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordGenerator;
import org.passay.PasswordValidator;
import org.passay.RepeatCharactersRule;
import org.passay.RuleResult;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.stereotype.Component;

/**
 * Length over complexity, as NIST SP 800-63B advises: 12 characters to 72 bytes, not a well-known
 * password, not the username, no long runs like "12345" or "aaaa". Also makes the temporary
 * passwords admins hand out.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads at most 72 bytes; longer passwords would be silently cut or refused. */
    public static final int MAX_BYTES = 72;

    public static final int MAX_LENGTH = MAX_BYTES;
    private static final int TEMPORARY_LENGTH = 16;

    private final PasswordValidator validator;
    private final PasswordGenerator generator = new PasswordGenerator();

    PasswordPolicy() {
        this.validator = new PasswordValidator(List.of(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new UsernameRule(true, true),
                new DictionaryRule(new WordListDictionary(commonPasswords())),
                new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false),
                new RepeatCharactersRule(4, 1)));
    }

    /** Throws with a message naming every rule the password breaks. */
    public void check(String username, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ValidationException(
                    "password",
                    "Use at most " + MAX_BYTES + " bytes: about " + MAX_BYTES
                            + " Latin letters, fewer with accents or other scripts.");
        }
        RuleResult result = validator.validate(new PasswordData(username, password));
        if (!result.isValid()) {
            var messages = result.getDetails().stream()
                    .map(d -> describe(d.getErrorCode()))
                    .distinct()
                    .toList();
            throw new ValidationException("password", String.join(" ", messages));
        }
    }

    public String temporaryPassword() {
        return generator.generatePassword(
                TEMPORARY_LENGTH,
                new CharacterRule(EnglishCharacterData.UpperCase, 2),
                new CharacterRule(EnglishCharacterData.LowerCase, 2),
                new CharacterRule(EnglishCharacterData.Digit, 2));
    }

    private static String describe(String code) {
        return switch (code) {
            case LengthRule.ERROR_CODE_MIN -> "Use at least " + MIN_LENGTH + " characters.";
            case LengthRule.ERROR_CODE_MAX -> "Use at most " + MAX_LENGTH + " characters.";
            case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED -> "Don't include your username.";
            case DictionaryRule.ERROR_CODE, DictionaryRule.ERROR_CODE_REVERSED ->
                "This is a commonly used password; choose another.";
            case RepeatCharactersRule.ERROR_CODE -> "Avoid repeating one character many times.";
            default -> "Avoid runs such as \"12345\", \"abcde\" or \"qwerty\".";
        };
    }

    private static ArrayWordList commonPasswords() {
        try (var in = Objects.requireNonNull(
                        PasswordPolicy.class.getResourceAsStream("common-passwords.txt"), "common-passwords.txt");
                var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return WordLists.createFromReader(new InputStreamReader[] {reader}, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
