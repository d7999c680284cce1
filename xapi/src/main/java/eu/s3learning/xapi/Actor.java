package eu.s3learning.xapi;

/** Who did something, was taught by or authorised a statement: an Agent or a Group. */
public sealed interface Actor permits Agent, Group {

    /** May be null: a name is optional and identifies nothing. */
    String name();
}
