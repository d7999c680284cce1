package eu.s3learning.core.tracking.forwarding;

/**
 * What an external LRS answered when an administrator tested it: its About resource (is it an LRS, which xAPI
 * versions), and a one-statement query with the credentials (does it know them).
 */
public record ConnectionTest(Probe about, Probe statements) {

    /**
     * One request and its answer.
     *
     * @param status the HTTP status, or 0 when there was no answer
     * @param detail the xAPI versions the About resource names, or why no answer came
     */
    public record Probe(String address, int status, String detail) {

        public boolean answered() {
            return status > 0;
        }
    }

    /**
     * Whether forwarding can work: the About resource answers, and the credentials are known. A key that may only
     * write statements (403 to the query) is what forwarding needs.
     */
    public boolean works() {
        return about.status() / 100 == 2 && (statements.status() == 200 || statements.status() == 403);
    }
}
