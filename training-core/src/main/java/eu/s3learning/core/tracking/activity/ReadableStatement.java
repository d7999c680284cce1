package eu.s3learning.core.tracking.activity;

import eu.s3learning.core.identity.Language;
import eu.s3learning.core.tracking.platform.PlatformVocabulary;
import eu.s3learning.xapi.Activity;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.Group;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import eu.s3learning.xapi.LanguageMap;
import eu.s3learning.xapi.Result;
import eu.s3learning.xapi.Statement;
import eu.s3learning.xapi.StatementObject;
import eu.s3learning.xapi.StatementRef;
import eu.s3learning.xapi.SubStatement;
import eu.s3learning.xapi.Verb;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A statement as a person reads it, in their language: "completed" "What S3 is", in "Iași 2027", when.
 * Texts come from the statement's own language maps (the platform writes English and Romanian verb displays and
 * names activities in the cohort's language); what a statement does not name in the reader's language is shown in
 * English, else in the first language it has, and a verb with no display at all takes the profile's display, else
 * the last part of its IRI.
 *
 * @param context the cohort (or other grouping activity) the statement happened in, or null
 * @param result the outcome in a compact, language-neutral form ({@code success=true; score=85%}), or null
 */
public record ReadableStatement(UUID id, Instant timestamp, Instant stored, String verb, String verbId, String object,
        String objectId, String context, String result, UUID registration) {

    public static ReadableStatement of(Statement statement, Language language) {
        return new ReadableStatement(statement.id(), statement.timestamp(), statement.stored(),
                verb(statement.verb(), language), statement.verb().id().value(), name(statement.object(), language),
                objectId(statement.object()), context(statement, language), result(statement.result()),
                statement.context() == null ? null : statement.context().registration());
    }

    /**
     * The entry for the language, by tag or by its primary language (en-GB for en), else English, else the first;
     * blank entries say nothing and count as missing.
     */
    static String inLanguage(LanguageMap map, Language language) {
        if (map == null || map.entries().isEmpty()) {
            return null;
        }
        for (String wanted : List.of(language.tag(), Language.EN.tag())) {
            for (Map.Entry<String, String> entry : map.entries().entrySet()) {
                String tag = entry.getKey().toLowerCase(Locale.ROOT);
                if ((tag.equals(wanted) || tag.startsWith(wanted + "-")) && !entry.getValue().isBlank()) {
                    return entry.getValue();
                }
            }
        }
        return map.entries().values().stream().filter(text -> !text.isBlank()).findFirst().orElse(null);
    }

    private static String verb(Verb verb, Language language) {
        String shown = inLanguage(verb.display(), language);
        if (shown == null) {
            shown = PlatformVocabulary.verb(verb.id()).map(v -> inLanguage(v.display(), language)).orElse(null);
        }
        return shown != null ? shown : lastSegment(verb.id().value());
    }

    private static String name(StatementObject object, Language language) {
        if (object instanceof Activity activity) {
            String name = activity.definition() == null ? null : inLanguage(activity.definition().name(), language);
            return name != null ? name : activity.id().value();
        }
        if (object instanceof Agent agent) {
            return agent.name() != null ? agent.name() : identifier(agent.identifier());
        }
        if (object instanceof Group group) {
            return group.name() != null ? group.name() : group.identifier() != null ? identifier(group.identifier())
                    : String.join(", ", group.members().stream().map(member -> name(member, language)).toList());
        }
        if (object instanceof StatementRef ref) {
            return ref.id().toString();
        }
        SubStatement sub = (SubStatement) object;
        return verb(sub.verb(), language) + " " + name(sub.object(), language);
    }

    private static String objectId(StatementObject object) {
        if (object instanceof Activity activity) {
            return activity.id().value();
        }
        if (object instanceof Agent agent) {
            return identifier(agent.identifier());
        }
        if (object instanceof Group group) {
            return group.identifier() == null ? "" : identifier(group.identifier());
        }
        if (object instanceof StatementRef ref) {
            return ref.id().toString();
        }
        return "";
    }

    /** The first grouping activity with a name: the platform puts the programme and the cohort there, cohort last. */
    private static String context(Statement statement, Language language) {
        if (statement.context() == null || statement.context().contextActivities() == null) {
            return null;
        }
        List<Activity> grouping = statement.context().contextActivities().grouping();
        for (int i = grouping.size() - 1; i >= 0; i--) {
            Activity activity = grouping.get(i);
            String name = activity.definition() == null ? null : inLanguage(activity.definition().name(), language);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    static String result(Result result) {
        if (result == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (result.success() != null) {
            parts.add("success=" + result.success());
        }
        if (result.completion() != null) {
            parts.add("completion=" + result.completion());
        }
        if (result.score() != null) {
            if (result.score().scaled() != null) {
                parts.add("score=" + result.score().scaled().multiply(BigDecimal.valueOf(100)).stripTrailingZeros()
                        .toPlainString() + "%");
            }
            if (result.score().raw() != null) {
                parts.add("raw=" + result.score().raw().toPlainString()
                        + (result.score().max() == null ? "" : "/" + result.score().max().toPlainString()));
            }
        }
        if (result.duration() != null) {
            parts.add("duration=" + result.duration());
        }
        if (result.response() != null) {
            parts.add("response=" + result.response());
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String identifier(InverseFunctionalIdentifier identifier) {
        if (identifier instanceof InverseFunctionalIdentifier.Mbox mbox) {
            return mbox.mailto();
        }
        if (identifier instanceof InverseFunctionalIdentifier.MboxSha1Sum sum) {
            return sum.sha1();
        }
        if (identifier instanceof InverseFunctionalIdentifier.OpenId openId) {
            return openId.uri().value();
        }
        InverseFunctionalIdentifier.Account account = (InverseFunctionalIdentifier.Account) identifier;
        return account.homePage().value() + " " + account.name();
    }

    private static String lastSegment(String iri) {
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(trimmed.lastIndexOf('/'), Math.max(trimmed.lastIndexOf('#'), trimmed.lastIndexOf(':')));
        return cut < 0 || cut == trimmed.length() - 1 ? iri : trimmed.substring(cut + 1);
    }
}
