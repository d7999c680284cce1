package eu.s3learning.xapi;

import java.util.List;
import java.util.Map;

/**
 * What an activity is. Every part is optional (null when not sent); the component lists hold only the lists that
 * were sent, keyed by their JSON name ({@code choices}, {@code scale}, {@code source}, {@code target},
 * {@code steps}), and are allowed only as the interaction type says.
 *
 * @param correctResponsesPattern null when not sent; an empty list means no response is correct
 */
public record ActivityDefinition(LanguageMap name, LanguageMap description, Iri type, Iri moreInfo,
        InteractionType interactionType, List<String> correctResponsesPattern,
        Map<String, List<InteractionComponent>> components, Extensions extensions) {

    public ActivityDefinition {
        correctResponsesPattern = correctResponsesPattern == null ? null : List.copyOf(correctResponsesPattern);
        components = Map.copyOf(components);
    }
}
