package eu.s3learning.web.training;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.CohortPlan;
import eu.s3learning.core.cohort.CohortService;
import eu.s3learning.core.cohort.EnrolmentMode;
import eu.s3learning.core.cohort.PreparationGate;
import eu.s3learning.core.programme.Programme;
import eu.s3learning.core.programme.Programmes;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A trainer plans a new cohort of a programme. */
@Named
@RequestScoped
public class NewCohortView {

    @Inject
    CohortService cohorts;

    @Inject
    Programmes programmes;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private Long programmeId;
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

    public List<Programme> getProgrammes() {
        return programmes.all();
    }

    public String create() {
        if (programmeId == null) {
            texts.error("error.programme.required");
            return null;
        }
        try {
            Cohort cohort = cohorts.create(current.id(), programmeId, new CohortPlan(name, language, timeZone, capacity,
                    enrolmentMode, preparationGate, enrolmentCloses, preparationOpens, preparationCloses, firstDay, secondDay,
                    wrapUpOpens, wrapUpCloses));
            texts.info("cohort.created");
            return "/trainer/cohort?faces-redirect=true&id=" + cohort.id();
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
            return null;
        }
    }

    public EnrolmentMode[] getEnrolmentModes() {
        return EnrolmentMode.values();
    }

    public PreparationGate[] getGates() {
        return PreparationGate.values();
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
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
