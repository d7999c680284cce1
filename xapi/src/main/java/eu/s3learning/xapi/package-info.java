/**
 * xAPI 1.0.3 statements, the foundation of the platform's own Learning Record Store: plain Java, no HTTP, no
 * storage.
 * <ul>
 * <li>The model: {@link eu.s3learning.xapi.Statement} and the records it is made of (actors, verb,
 * objects, result, context, attachments), immutable, with null for what was not sent.</li>
 * <li>Reading: {@link eu.s3learning.xapi.StatementReader} parses the raw JSON tree strictly and
 * refuses what the specification and the ADL conformance suite refuse, with an
 * {@link eu.s3learning.xapi.InvalidStatement} naming the rule and the JSON path (an LRS's 400).</li>
 * <li>Writing: {@link eu.s3learning.xapi.StatementWriter} gives the exact, ids and canonical
 * formats of the Statement Resource.</li>
 * <li>Storing and comparing: {@link eu.s3learning.xapi.Statement#completedOnStorage} fills in what
 * the LRS assigns; {@link eu.s3learning.xapi.Statement#sameContentAs} decides between 204 and 409
 * when a known id is sent again.</li>
 * </ul>
 */
package eu.s3learning.xapi;
