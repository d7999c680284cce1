package eu.s3learning.xapi;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The kinds of question (interaction) an activity can be, with the component lists each may carry. */
public enum InteractionType {
    TRUE_FALSE("true-false"),
    CHOICE("choice", "choices"),
    FILL_IN("fill-in"),
    LONG_FILL_IN("long-fill-in"),
    MATCHING("matching", "source", "target"),
    PERFORMANCE("performance", "steps"),
    SEQUENCING("sequencing", "choices"),
    LIKERT("likert", "scale"),
    NUMERIC("numeric"),
    OTHER("other");

    /** Every component list name, whichever type allows it. */
    public static final Set<String> COMPONENT_LISTS = Set.of("choices", "scale", "source", "target", "steps");

    private final String jsonName;
    private final Set<String> componentLists;

    InteractionType(String jsonName, String... componentLists) {
        this.jsonName = jsonName;
        this.componentLists = Set.of(componentLists);
    }

    public String jsonName() {
        return jsonName;
    }

    public boolean allows(String componentList) {
        return componentLists.contains(componentList);
    }

    /** Matches the specification's spelling exactly: {@code choiCe} is not a choice. */
    public static Optional<InteractionType> byJsonName(String name) {
        return Arrays.stream(values()).filter(type -> type.jsonName.equals(name)).findFirst();
    }
}
