package eu.s3learning.core.identity;

import java.util.Locale;
import java.util.Optional;

/** The languages the platform is complete in. */
public enum Language {
    EN("en"), RO("ro");

    private final String tag;
    /** Parsed once: every page, mail and statement asks for it, and parsing a tag showed in the seat race's profile. */
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<Language> ofTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
