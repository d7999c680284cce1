package eu.s3learning.core.persistence;

import java.util.Locale;

/** A LIKE pattern that matches a literal fragment: the user's % and _ match only themselves. */
public final class LikePattern {

    private LikePattern() {
    }

    public static boolean isBlank(String fragment) {
        return fragment == null || fragment.isBlank();
    }

    public static String containing(String fragment) {
        String escaped = fragment.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
