package eu.s3learning.xapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "en-US", "de-DE", "zh-Hant", "sr-Latn-RS", "cmn", "ase", "es-419", "zh-Hans-CN",
            "tlh", "fr-CA", "ja", "sl-rozaj-biske", "de-CH-1901", "en-US-u-islamcal", "x-whatever", "qaa-Qaaa-QM-x-southern",
            "zh-yue-HK", "i-klingon", "EN-gb", "en-a-bbb-x-a-ccc"})
    void acceptsWellFormedTags(String tag) {
        assertTrue(LanguageTag.isWellFormed(tag), tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"something", "", "e", "en_US", "en-", "-en", "de-419-DE", "a-DE", "ar-a-aaa-b-bbb-a-ccc",
            "zh-z-aaa-z-bbb-c-ccc", "de-1901-1901", "en US", "x", "en-x", "12-US"})
    void refusesMalformedTags(String tag) {
        assertFalse(LanguageTag.isWellFormed(tag), tag);
    }
}
