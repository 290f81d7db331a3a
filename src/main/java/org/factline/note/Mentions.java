package org.factline.note;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code @username} in a note's text; which of them are teammates is decided against the accounts. */
final class Mentions {

    /** More are ignored, so a pasted list can't notify the whole team at once. */
    static final int MAX_PER_NOTE = 20;

    /** Usernames are lowercase letters, digits, dot, dash, underscore; "@" inside e-mail addresses doesn't count. */
    static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([A-Za-z0-9][A-Za-z0-9._-]{0,39})");

    private Mentions() {}

    /** Candidate usernames in order of appearance, lowercase, without trailing punctuation. */
    static Set<String> candidates(String text) {
        var names = new LinkedHashSet<String>();
        Matcher m = MENTION.matcher(text);
        while (m.find() && names.size() < MAX_PER_NOTE) {
            names.add(trim(m.group(1)));
        }
        return names;
    }

    /** "@fiona." at the end of a sentence mentions fiona. */
    static String trim(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        while (!n.isEmpty() && ".-_".indexOf(n.charAt(n.length() - 1)) >= 0) {
            n = n.substring(0, n.length() - 1);
        }
        return n;
    }
}
