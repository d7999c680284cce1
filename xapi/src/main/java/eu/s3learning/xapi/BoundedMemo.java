package eu.s3learning.xapi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function kept for the inputs it has seen, for a function called again and again with the
 * same few inputs (the verbs, activities and languages of a batch of statements). Bounded in how many results it
 * keeps and in the length of the inputs it keeps them for, since LRS clients choose the inputs; never evicted, so
 * the first inputs seen stay, which are the common ones in practice.
 */
public final class BoundedMemo<V> {

    private final Function<String, V> function;
    private final int most;
    private final int longestInput;
    private final Map<String, V> kept = new ConcurrentHashMap<>();

    public BoundedMemo(Function<String, V> function, int most, int longestInput) {
        this.function = function;
        this.most = most;
        this.longestInput = longestInput;
    }

    public V apply(String input) {
        V known = kept.get(input);
        if (known != null) {
            return known;
        }
        V result = function.apply(input);
        if (input.length() <= longestInput && kept.size() < most) {
            kept.put(input, result);
        }
        return result;
    }
}
