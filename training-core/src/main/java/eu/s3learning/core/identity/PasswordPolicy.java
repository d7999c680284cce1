package eu.s3learning.core.identity;

import eu.s3learning.core.RuleViolation;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * What a new password must be: at least 12 characters, not one of the 100,000 most common
 * passwords (the list nbvcxz ships), and not the person's own e-mail address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Long enough for any passphrase, short enough that hashing it is no denial-of-service lever. */
    public static final int MAX_LENGTH = 128;

    private static final class CommonPasswords {
        static final Set<String> LIST = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet().stream()
                .map(p -> p.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    private PasswordPolicy() {
    }

    public static void check(String password, EmailAddress owner) {
        if (password == null || password.isEmpty()) {
            throw new RuleViolation("error.password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new RuleViolation("error.password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new RuleViolation("error.password.tooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            throw new RuleViolation("error.password.common");
        }
        if (owner != null && (lower.contains(owner.value()) || lower.equals(owner.localPart()))) {
            throw new RuleViolation("error.password.containsEmail");
        }
    }

    static boolean isCommon(String lowerCasePassword) {
        return CommonPasswords.LIST.contains(lowerCasePassword);
    }
}
