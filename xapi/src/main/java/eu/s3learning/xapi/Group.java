package eu.s3learning.xapi;

import java.util.List;

/**
 * A set of Agents. An identified Group has an inverse functional identifier and may list members; an anonymous
 * one is only its member list. The members are unordered: an LRS may return them in any order.
 *
 * @param identifier null for an anonymous group
 */
public record Group(String name, InverseFunctionalIdentifier identifier, List<Agent> members)
        implements Actor, StatementObject {

    public Group {
        members = List.copyOf(members);
        if (identifier == null && members.isEmpty()) {
            throw new IllegalArgumentException("An anonymous group needs members");
        }
    }

    public boolean isAnonymous() {
        return identifier == null;
    }
}
