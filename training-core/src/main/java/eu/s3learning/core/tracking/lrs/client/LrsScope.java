package eu.s3learning.core.tracking.lrs.client;

import java.util.Arrays;
import java.util.Optional;

/** What an LRS client may do, named as the xAPI specification names its authorisation scopes. */
public enum LrsScope {
    /** Everything: write and read statements, documents and profiles. */
    ALL("all"),
    /** Read everything, write nothing. */
    ALL_READ("all/read"),
    /** Send statements. */
    STATEMENTS_WRITE("statements/write"),
    /** Read every statement. */
    STATEMENTS_READ("statements/read"),
    /** Read only the statements this client sent. */
    STATEMENTS_READ_MINE("statements/read/mine"),
    /** Read and write the State resource, as learning content keeps its bookmarks there. */
    STATE("state"),
    /** Read and write the Activity and Agent Profile resources. */
    PROFILE("profile");

    private final String xapiName;

    LrsScope(String xapiName) {
        this.xapiName = xapiName;
    }

    public String xapiName() {
        return xapiName;
    }

    public static Optional<LrsScope> byXapiName(String name) {
        return Arrays.stream(values()).filter(scope -> scope.xapiName.equals(name)).findFirst();
    }
}
