package eu.s3learning.xapi;

/** What a statement is about. A SubStatement's own object is never a SubStatement; the reader enforces that. */
public sealed interface StatementObject permits Activity, Agent, Group, StatementRef, SubStatement {
}
