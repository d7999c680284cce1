package eu.s3learning.web.training;

import eu.s3learning.core.cohort.CohortPlan;
import eu.s3learning.core.cohort.EnrolmentMode;
import eu.s3learning.core.cohort.PreparationGate;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A cohort's plan as the new-cohort and edit forms hold it, field by field. */
public class CohortPlanForm {

    private String name;
    private String language = "en";
    private String timeZone = "Europe/Bucharest";
    private int capacity = 25;
    private EnrolmentMode enrolmentMode = EnrolmentMode.OPEN;
    private PreparationGate preparationGate = PreparationGate.REQUIRED;
    private LocalDateTime enrolmentCloses;
    private LocalDateTime preparationOpens;
    private LocalDateTime preparationCloses;
    private LocalDate firstDay;
    private LocalDate secondDay;
    private LocalDateTime wrapUpOpens;
    private LocalDateTime wrapUpCloses;

    static CohortPlanForm of(CohortPlan plan) {
        CohortPlanForm form = new CohortPlanForm();
        form.name = plan.name();
        form.language = plan.language();
        form.timeZone = plan.timeZone();
        form.capacity = plan.capacity();
        form.enrolmentMode = plan.enrolmentMode();
        form.preparationGate = plan.preparationGate();
        form.enrolmentCloses = plan.enrolmentCloses();
        form.preparationOpens = plan.preparationOpens();
        form.preparationCloses = plan.preparationCloses();
        form.firstDay = plan.firstDay();
        form.secondDay = plan.secondDay();
        form.wrapUpOpens = plan.wrapUpOpens();
        form.wrapUpCloses = plan.wrapUpCloses();
        return form;
    }

    CohortPlan toPlan() {
        return new CohortPlan(name, language, timeZone, capacity, enrolmentMode, preparationGate, enrolmentCloses,
                preparationOpens, preparationCloses, firstDay, secondDay, wrapUpOpens, wrapUpCloses);
    }

    public EnrolmentMode[] getEnrolmentModes() {
        return EnrolmentMode.values();
    }

    public PreparationGate[] getGates() {
        return PreparationGate.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public EnrolmentMode getEnrolmentMode() {
        return enrolmentMode;
    }

    public void setEnrolmentMode(EnrolmentMode enrolmentMode) {
        this.enrolmentMode = enrolmentMode;
    }

    public PreparationGate getPreparationGate() {
        return preparationGate;
    }

    public void setPreparationGate(PreparationGate preparationGate) {
        this.preparationGate = preparationGate;
    }

    public LocalDateTime getEnrolmentCloses() {
        return enrolmentCloses;
    }

    public void setEnrolmentCloses(LocalDateTime enrolmentCloses) {
        this.enrolmentCloses = enrolmentCloses;
    }

    public LocalDateTime getPreparationOpens() {
        return preparationOpens;
    }

    public void setPreparationOpens(LocalDateTime preparationOpens) {
        this.preparationOpens = preparationOpens;
    }

    public LocalDateTime getPreparationCloses() {
        return preparationCloses;
    }

    public void setPreparationCloses(LocalDateTime preparationCloses) {
        this.preparationCloses = preparationCloses;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getSecondDay() {
        return secondDay;
    }

    public void setSecondDay(LocalDate secondDay) {
        this.secondDay = secondDay;
    }

    public LocalDateTime getWrapUpOpens() {
        return wrapUpOpens;
    }

    public void setWrapUpOpens(LocalDateTime wrapUpOpens) {
        this.wrapUpOpens = wrapUpOpens;
    }

    public LocalDateTime getWrapUpCloses() {
        return wrapUpCloses;
    }

    public void setWrapUpCloses(LocalDateTime wrapUpCloses) {
        this.wrapUpCloses = wrapUpCloses;
    }
}
