package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;

/** What became of one sign-up of a group: a seat or place in line, or the rule it broke. */
public record SignUpOutcome(Seat seat, RuleViolation refusal) {

    static SignUpOutcome booked(Seat seat) {
        return new SignUpOutcome(seat, null);
    }

    static SignUpOutcome refused(RuleViolation refusal) {
        return new SignUpOutcome(null, refusal);
    }

    /** The seat, or the refusal thrown. */
    public Seat seatOrThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return seat;
    }
}
