package eu.s3learning.xapi;

import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values keyed by IRI that a profile adds to an activity definition, a result or a context. The values are any
 * JSON, null included (the only place a statement may hold null), so they stay JSON-P values.
 */
public record Extensions(Map<String, JsonValue> values) {

    public Extensions {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
