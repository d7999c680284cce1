package eu.s3learning.core.cohort;

/** What became of one line of an imported roster: its outcome, and for a refusal the message key and argument. */
public record RosterRow(int line, String email, Outcome outcome, String reasonKey, Object reasonArgument) {

    public enum Outcome {
        ENROLLED, WAITLISTED, INVITED, ALREADY_IN, DUPLICATE, REFUSED;

        public boolean imported() {
            return this == ENROLLED || this == WAITLISTED || this == INVITED;
        }
    }

    static RosterRow done(int line, String email, Outcome outcome) {
        return new RosterRow(line, email, outcome, null, null);
    }

    static RosterRow refused(int line, String email, String reasonKey, Object argument) {
        return new RosterRow(line, email, Outcome.REFUSED, reasonKey, argument);
    }
}
