package eu.s3learning.xapi;

/**
 * One choice, scale point, source, target or step of an interaction activity.
 *
 * @param description null when not sent
 */
public record InteractionComponent(String id, LanguageMap description) {
}
