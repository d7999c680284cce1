package eu.s3learning.xapi;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Well-formedness of RFC 5646 language tags, the keys of language maps and the context's language. The grammar
 * alone accepts {@code zh-z-aaa-z-bbb}; RFC 5646 (section 2.2.6 and 2.2.5) also forbids repeating a singleton
 * or a variant, and the conformance suite checks that, so it is checked here too. Whether subtags are registered
 * is not checked: a new region or variant must not make statements fail.
 */
final class LanguageTag {

    private static final String ALNUM = "[a-z0-9]";
    private static final Pattern GRAMMAR = Pattern.compile(
            "(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})" // language, with extended language subtags
                    + "(?:-[a-z]{4})?" // script
                    + "(?:-(?:[a-z]{2}|[0-9]{3}))?" // region
                    + "(?:-(?:" + ALNUM + "{5,8}|[0-9]" + ALNUM + "{3}))*" // variants
                    + "(?:-[0-9a-wyz](?:-" + ALNUM + "{2,8})+)*" // extensions
                    + "(?:-x(?:-" + ALNUM + "{1,8})+)?" // private use
                    + "|x(?:-" + ALNUM + "{1,8})+");
    private static final Set<String> GRANDFATHERED = Set.of("en-gb-oed", "i-ami", "i-bnn", "i-default",
            "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu",
            "sgn-be-fr", "sgn-be-nl", "sgn-ch-de", "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu",
            "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang");

    /** Tags already judged: a batch's language maps use the same few. */
    private static final BoundedMemo<Boolean> JUDGED = new BoundedMemo<>(LanguageTag::judge, 1024, 64);

    private LanguageTag() {
    }

    static boolean isWellFormed(String tag) {
        return JUDGED.apply(tag);
    }

    private static boolean judge(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        if (GRANDFATHERED.contains(lower)) {
            return true;
        }
        return GRAMMAR.matcher(lower).matches() && !repeatsSingletonOrVariant(lower);
    }

    private static boolean repeatsSingletonOrVariant(String tag) {
        String[] subtags = tag.split("-");
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < subtags.length; i++) {
            String subtag = subtags[i];
            if (subtag.equals("x")) {
                return false;
            }
            boolean singleton = subtag.length() == 1;
            boolean variant = subtag.length() >= 5 || (subtag.length() == 4 && Character.isDigit(subtag.charAt(0)));
            if ((singleton || variant) && !seen.add(subtag)) {
                return true;
            }
            if (singleton) {
                // An extension's own subtags may repeat; skip to the next singleton.
                while (i + 1 < subtags.length && subtags[i + 1].length() > 1) {
                    i++;
                }
            }
        }
        return false;
    }
}
