package eu.s3learning.xapi;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. The static methods of {@link jakarta.json.Json} look it up again on every
 * call, through ServiceLoader, which reads the service files of the whole class path: with a builder per JSON object
 * that made reading one statement cost 2 to 4 ms, most of what the LRS spent on a batch.
 */
public final class Jsonp {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }
}
