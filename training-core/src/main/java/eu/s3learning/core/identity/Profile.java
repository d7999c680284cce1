package eu.s3learning.core.identity;

import eu.s3learning.core.RuleViolation;
import java.time.DateTimeException;
import java.time.ZoneId;

/** What a person says about themselves; checked on construction. */
public record Profile(String fullName, String organisation, String countryCode, Language language, ZoneId timeZone) {

    public Profile {
        fullName = required(fullName, Person.MAX_NAME, "fullName");
        organisation = required(organisation, Person.MAX_ORGANISATION, "organisation");
        if (countryCode == null || countryCode.isBlank()) {
            throw new RuleViolation("error.country.required");
        }
        if (language == null) {
            throw new RuleViolation("error.language.required");
        }
        if (timeZone == null) {
            throw new RuleViolation("error.timeZone.required");
        }
    }

    /** Builds a profile from form input, refusing unknown languages and zones with a clear message. */
    public static Profile of(String fullName, String organisation, String countryCode, String languageTag, String zoneId) {
        Language language = Language.ofTag(languageTag).orElseThrow(() -> new RuleViolation("error.language.unknown"));
        return new Profile(fullName, organisation, countryCode, language, zone(zoneId));
    }

    private static ZoneId zone(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            throw new RuleViolation("error.timeZone.required");
        }
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new RuleViolation("error.timeZone.unknown");
        }
    }

    private static String required(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("error." + field + ".required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new RuleViolation("error." + field + ".tooLong", max);
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new RuleViolation("error." + field + ".invalid");
        }
        return trimmed;
    }
}
