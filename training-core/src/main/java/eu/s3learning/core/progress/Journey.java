package eu.s3learning.core.progress;

import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.cohort.PreparationGate;
import eu.s3learning.core.programme.Phase;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Programme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A trainee's way through one cohort: preparation, then the two face-to-face days, then the
 * wrap-up, with the gates between them. Computed from the enrolment, the programme and the
 * learner's unit progress; nothing of it is stored, so it cannot drift from what happened.
 * <ul>
 * <li>Preparation opens when its window opens.</li>
 * <li>Face-to-face sign-up opens when preparation is complete, or at once when the cohort only
 *     recommends finishing preparation first.</li>
 * <li>Wrap-up opens in its window once both face-to-face days were attended, or when a trainer
 *     unlocked it with a reason.</li>
 * </ul>
 */
public final class Journey {

    private final Enrolment enrolment;
    private final List<PhaseProgress> phases;

    private Journey(Enrolment enrolment, List<PhaseProgress> phases) {
        this.enrolment = enrolment;
        this.phases = phases;
    }

    public static Journey of(Enrolment enrolment, Map<Long, UnitProgress> progressByUnit, Instant now) {
        Cohort cohort = enrolment.cohort();
        Programme programme = cohort.programme();
        Set<Long> completed = progressByUnit.values().stream().filter(UnitProgress::completed)
                .map(UnitProgress::unitId).collect(Collectors.toSet());
        List<PhaseProgress> phases = new ArrayList<>();

        Phase preparation = programme.phase(PhaseKind.PREPARATION);
        boolean preparationDone = preparation.isCompleteWith(completed);
        Optional<Lock> preparationLock = !enrolment.enrolled() ? Optional.of(Lock.because("journey.locked.notEnrolled"))
                : now.isBefore(cohort.preparationOpensAt()) ? Optional.of(Lock.until(cohort.preparationOpensAt()))
                : Optional.empty();
        phases.add(progress(preparation, preparationDone, preparationLock, progressByUnit,
                cohort.preparationOpensAt(), cohort.preparationClosesAt(), false));

        Phase faceToFace = programme.phase(PhaseKind.FACE_TO_FACE);
        boolean faceToFaceDone = faceToFace.isCompleteWith(completed);
        boolean gateRequired = cohort.preparationGate() == PreparationGate.REQUIRED;
        Optional<Lock> faceToFaceLock = !enrolment.enrolled() ? Optional.of(Lock.because("journey.locked.notEnrolled"))
                : gateRequired && !preparationDone ? Optional.of(Lock.because("journey.locked.preparationFirst"))
                : Optional.empty();
        phases.add(progress(faceToFace, faceToFaceDone, faceToFaceLock, progressByUnit,
                cohort.dayStarts(cohort.firstDay()), cohort.dayStarts(cohort.secondDay().plusDays(1)),
                !gateRequired && !preparationDone));

        Phase wrapUp = programme.phase(PhaseKind.WRAP_UP);
        Optional<Lock> wrapUpLock = !enrolment.enrolled() ? Optional.of(Lock.because("journey.locked.notEnrolled"))
                : !faceToFaceDone && !enrolment.wrapUpUnlockedByTrainer() ? Optional.of(Lock.because("journey.locked.attendFirst"))
                : now.isBefore(cohort.wrapUpOpensAt()) ? Optional.of(Lock.until(cohort.wrapUpOpensAt()))
                : Optional.empty();
        phases.add(progress(wrapUp, wrapUp.isCompleteWith(completed), wrapUpLock, progressByUnit,
                cohort.wrapUpOpensAt(), cohort.wrapUpClosesAt(), false));
        return new Journey(enrolment, List.copyOf(phases));
    }

    private static PhaseProgress progress(Phase phase, boolean done, Optional<Lock> lock, Map<Long, UnitProgress> progress,
            Instant opensAt, Instant closesAt, boolean recommendedFirst) {
        List<PhaseProgress.UnitState> units = phase.units().stream().map(unit -> {
            UnitProgress p = progress.get(unit.id());
            return new PhaseProgress.UnitState(unit, p != null, p != null && p.completed());
        }).toList();
        PhaseStatus status = done && lock.isEmpty() ? PhaseStatus.COMPLETE
                : lock.isPresent() ? PhaseStatus.LOCKED : PhaseStatus.OPEN;
        return new PhaseProgress(phase, status, lock, units, opensAt, closesAt, recommendedFirst);
    }

    public Enrolment enrolment() {
        return enrolment;
    }

    public List<PhaseProgress> phases() {
        return phases;
    }

    public PhaseProgress phase(PhaseKind kind) {
        return phases.stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }

    /** Whether the unit's phase is open to the learner, so the unit may be opened. */
    public boolean unlocks(long unitId) {
        return phases.stream().anyMatch(p -> p.status() != PhaseStatus.LOCKED
                && p.units().stream().anyMatch(u -> u.unit().id() == unitId));
    }

    public boolean complete() {
        return phases.stream().allMatch(p -> p.status() == PhaseStatus.COMPLETE);
    }

    /** The first open phase that is not complete, where the learner's next step lies. */
    public Optional<PhaseProgress> current() {
        return phases.stream().filter(p -> p.status() == PhaseStatus.OPEN).findFirst();
    }
}
