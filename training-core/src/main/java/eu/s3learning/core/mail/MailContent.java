package eu.s3learning.core.mail;

public record MailContent(String subject, String body) {
}
