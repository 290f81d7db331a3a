package org.factline.base.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The words for a constant the UI shows (a claim's status, a sort order), in the UI's language:
 * key {@code enum.<Enum class>.<CONSTANT>}. The enums keep their English label for logs,
 * exports and the API.
 */
public final class EnumTexts {

    private EnumTexts() {}

    public static String of(Enum<?> value) {
        return translate("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
