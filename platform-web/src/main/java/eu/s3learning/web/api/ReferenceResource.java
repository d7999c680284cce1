package eu.s3learning.web.api;

import eu.s3learning.core.identity.Language;
import eu.s3learning.core.reference.ReferenceData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The public reference data: the partnership's countries and the six thematic areas. */
@Path("/reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    ReferenceData reference;

    public record CountryView(String code, String name, boolean partnership) {
    }

    public record ThematicAreaView(String code, String name, String summary) {
    }

    @GET
    @Path("/countries")
    @Operation(summary = "Countries people register from, named in the requested language")
    public List<CountryView> countries(@Parameter(description = "en or ro") @QueryParam("lang") @DefaultValue("en") String lang) {
        Locale locale = locale(lang);
        return reference.countries().stream().map(c -> new CountryView(c.code(), c.name(locale), c.partnership())).toList();
    }

    @GET
    @Path("/thematic-areas")
    @Operation(summary = "The six thematic areas of the working groups")
    public List<ThematicAreaView> thematicAreas(@Parameter(description = "en or ro") @QueryParam("lang") @DefaultValue("en") String lang) {
        Locale locale = locale(lang);
        return reference.thematicAreas().stream()
                .map(t -> new ThematicAreaView(t.code(), t.name(locale), t.summary(locale))).toList();
    }

    private static Locale locale(String lang) {
        return Language.ofTag(lang).map(Language::locale).orElseThrow(() -> new BadRequestException(
                Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                        .entity(new ApiError("unsupported_language", "lang must be one of: en, ro")).build()));
    }
}
