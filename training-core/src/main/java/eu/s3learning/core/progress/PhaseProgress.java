package eu.s3learning.core.progress;

import eu.s3learning.core.programme.Phase;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Unit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One phase of a learner's journey: its state, why it is locked, its units and its deadline. */
public record PhaseProgress(Phase phase, PhaseStatus status, Optional<Lock> lock, List<UnitState> units,
        Instant opensAt, Instant closesAt, boolean recommendedFirst) {

    public PhaseKind kind() {
        return phase.kind();
    }

    public long completedUnits() {
        return units.stream().filter(UnitState::completed).count();
    }

    /** Whole percent of the phase's units completed; a phase without units counts as done when complete. */
    public int percent() {
        if (units.isEmpty()) {
            return status == PhaseStatus.COMPLETE ? 100 : 0;
        }
        return (int) (100 * completedUnits() / units.size());
    }

    public Optional<UnitState> next() {
        return status == PhaseStatus.OPEN ? units.stream().filter(u -> !u.completed()).findFirst() : Optional.empty();
    }

    /** One unit with what the learner did of it. */
    public record UnitState(Unit unit, boolean started, boolean completed) {
    }
}
