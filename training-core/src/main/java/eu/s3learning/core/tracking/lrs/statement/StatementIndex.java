package eu.s3learning.core.tracking.lrs.statement;

import eu.s3learning.core.tracking.lrs.IndexHash;
import eu.s3learning.xapi.Activity;
import eu.s3learning.xapi.Actor;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.Context;
import eu.s3learning.xapi.ContextActivities;
import eu.s3learning.xapi.Group;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementObject;
import eu.s3learning.xapi.StatementRef;
import eu.s3learning.xapi.SubStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the statement queries look a statement up by: its verb, registration, the statement it voids or otherwise
 * refers to, and every
 * agent and activity it names, each marked as direct (actor or object, which the agent and activity parameters
 * match) or related (anywhere else, which related_agents and related_activities add).
 */
public record StatementIndex(long verb, UUID registration, UUID voids, UUID refersTo, Map<Long, Boolean> agents,
        Map<Long, Entry> activities) {

    /** An activity's place in the statement: related or direct, and whether it came with a definition. */
    public record Entry(boolean related, boolean defined) {
    }

    public static StatementIndex of(Statement statement) {
        Map<Long, Boolean> agents = new LinkedHashMap<>();
        Map<Long, Entry> activities = new LinkedHashMap<>();
        actor(statement.actor(), false, agents);
        object(statement.object(), false, agents, activities);
        if (statement.authority() != null) {
            actor(statement.authority(), true, agents);
        }
        context(statement.context(), agents, activities);
        UUID refersTo = statement.object() instanceof StatementRef ref ? ref.id() : null;
        UUID voids = statement.isVoiding() ? refersTo : null;
        UUID registration = statement.context() == null ? null : statement.context().registration();
        return new StatementIndex(IndexHash.of(statement.verb().id().value()), registration, voids, refersTo,
                Map.copyOf(agents), Map.copyOf(activities));
    }

    private static void object(StatementObject object, boolean related, Map<Long, Boolean> agents,
            Map<Long, Entry> activities) {
        if (object instanceof Activity activity) {
            activity(activity, related, activities);
        } else if (object instanceof Actor actor) {
            actor(actor, related, agents);
        } else if (object instanceof SubStatement sub) {
            actor(sub.actor(), true, agents);
            object(sub.object(), true, agents, activities);
            context(sub.context(), agents, activities);
        }
    }

    private static void context(Context context, Map<Long, Boolean> agents, Map<Long, Entry> activities) {
        if (context == null) {
            return;
        }
        if (context.instructor() != null) {
            actor(context.instructor(), true, agents);
        }
        if (context.team() != null) {
            actor(context.team(), true, agents);
        }
        context.contextAgents().forEach(agent -> actor(agent.agent(), true, agents));
        context.contextGroups().forEach(group -> actor(group.group(), true, agents));
        ContextActivities all = context.contextActivities();
        if (all != null) {
            for (List<Activity> kind : List.of(all.parent(), all.grouping(), all.category(), all.other())) {
                kind.forEach(activity -> activity(activity, true, activities));
            }
        }
    }

    /** An agent, or a group and its members: a group's members take part in what the group did. */
    private static void actor(Actor actor, boolean related, Map<Long, Boolean> agents) {
        Long key = IndexHash.ofActor(actor);
        if (key != null) {
            agents.merge(key, related, Boolean::logicalAnd);
        }
        if (actor instanceof Group group) {
            for (Agent member : group.members()) {
                agents.merge(IndexHash.ofActor(member), related, Boolean::logicalAnd);
            }
        }
    }

    private static void activity(Activity activity, boolean related, Map<Long, Entry> activities) {
        Entry entry = new Entry(related, activity.definition() != null);
        activities.merge(IndexHash.of(activity.id().value()), entry,
                (a, b) -> new Entry(a.related() && b.related(), a.defined() || b.defined()));
    }
}
