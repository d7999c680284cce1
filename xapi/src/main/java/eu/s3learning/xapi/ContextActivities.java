package eu.s3learning.xapi;

import java.util.List;

/**
 * Activities that give a statement its setting. A single activity may be sent for each kind; it is kept as a list
 * of one, since the LRS must return these as arrays. An empty list means none was sent.
 */
public record ContextActivities(List<Activity> parent, List<Activity> grouping, List<Activity> category,
        List<Activity> other) {

    public ContextActivities {
        parent = List.copyOf(parent);
        grouping = List.copyOf(grouping);
        category = List.copyOf(category);
        other = List.copyOf(other);
    }
}
