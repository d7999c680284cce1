package eu.s3learning.xapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Text in several languages, keyed by RFC 5646 language tag, in the order it was sent. */
public record LanguageMap(Map<String, String> entries) {

    public LanguageMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * The one entry the reader prefers, for the canonical format: RFC 4647 lookup of the Accept-Language ranges
     * over this map's tags, as the specification asks for each language map on its own. With no match, or no
     * ranges, the first entry stands in, since a map reduced to nothing would tell the reader nothing.
     */
    public LanguageMap best(List<Locale.LanguageRange> preferred) {
        if (entries.size() <= 1) {
            return this;
        }
        List<String> tags = new ArrayList<>(entries.keySet());
        String chosen = preferred.isEmpty() ? null : Locale.lookupTag(preferred, tags);
        String key = chosen == null ? tags.get(0) : tags.stream().filter(chosen::equalsIgnoreCase).findFirst().orElseThrow();
        return new LanguageMap(Map.of(key, entries.get(key)));
    }
}
