package eu.s3learning.web.authoring;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.programme.Programme;
import eu.s3learning.core.programme.ProgrammeAuthoring;
import eu.s3learning.core.programme.Programmes;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The programmes trainers author: list, create, copy. */
@Named
@RequestScoped
public class ProgrammesView {

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeAuthoring authoring;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private String title;
    private String summary;
    private String language = "en";

    public List<Programme> getAll() {
        return programmes.all();
    }

    public String create() {
        try {
            Programme programme = authoring.create(current.id(), title, summary, Language.ofTag(language)
                    .orElseThrow(() -> new RuleViolation("error.language.unknown")));
            texts.info("programme.created");
            return "/trainer/programme?faces-redirect=true&id=" + programme.id();
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
            return null;
        }
    }

    public String copy(Programme original) {
        try {
            Programme copy = authoring.copy(current.id(), original.id(), texts.text("programme.copyTitle", original.title()));
            texts.info("programme.copied");
            return "/trainer/programme?faces-redirect=true&id=" + copy.id();
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
