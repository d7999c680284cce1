package eu.s3learning.core.programme;

import eu.s3learning.core.RuleViolation;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/** A new order asked for by an author, checked to be a permutation of what is there. */
final class Ordering {

    private Ordering() {
    }

    static <T> Comparator<T> by(List<Long> wantedIds, List<T> current, Function<T, Long> id) {
        if (wantedIds == null || wantedIds.size() != current.size()
                || !new HashSet<>(wantedIds).equals(new HashSet<>(current.stream().map(id).toList()))) {
            throw new RuleViolation("error.programme.staleOrder");
        }
        return Comparator.comparingInt(item -> wantedIds.indexOf(id.apply(item)));
    }
}
