package eu.s3learning.web.i18n;

import eu.s3learning.core.identity.Language;
import eu.s3learning.core.identity.Role;
import eu.s3learning.core.reference.ReferenceData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/** The options forms offer, labelled in the user's language. */
@Named
@RequestScoped
public class Choices {

    private static final Pattern REGION_ZONE = Pattern.compile("^(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_]+$");
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> REGION_ZONE.matcher(z).matches() || z.equals("UTC"))
            .sorted()
            .toList();

    @Inject
    ReferenceData reference;

    @Inject
    LocaleSelection locale;

    @Inject
    Texts texts;

    public List<SelectItem> getCountries() {
        return reference.countries().stream()
                .map(c -> new SelectItem(c.code(), c.name(locale.getLocale())))
                .toList();
    }

    public List<SelectItem> getLanguages() {
        return List.of(Language.values()).stream()
                .map(l -> new SelectItem(l.tag(), texts.text("language." + l.tag())))
                .toList();
    }

    public List<String> getTimeZones() {
        return ZONES;
    }

    public List<SelectItem> getRequestableRoles() {
        return Role.requestable().stream().map(r -> new SelectItem(r, texts.text("role." + r))).toList();
    }

    public List<SelectItem> getRoles() {
        return List.of(Role.values()).stream().map(r -> new SelectItem(r, texts.text("role." + r))).toList();
    }
}
