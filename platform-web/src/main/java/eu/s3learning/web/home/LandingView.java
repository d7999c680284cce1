package eu.s3learning.web.home;

import eu.s3learning.core.reference.ReferenceData;
import eu.s3learning.core.reference.ThematicArea;
import eu.s3learning.web.i18n.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

@Named
@RequestScoped
public class LandingView {

    @Inject
    ReferenceData reference;

    @Inject
    LocaleSelection locale;

    public record Area(String code, String name, String summary) {
    }

    public List<Area> getThematicAreas() {
        return reference.thematicAreas().stream().map(this::area).toList();
    }

    private Area area(ThematicArea area) {
        return new Area(area.code(), area.name(locale.getLocale()), area.summary(locale.getLocale()));
    }
}
