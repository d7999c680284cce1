package eu.s3learning.xapi;

import java.math.BigDecimal;

/**
 * A result's score, each part optional (null when not sent). The numbers stay as sent, e.g. {@code 1.0} keeps its
 * scale, so a stored statement reads back as it came.
 */
public record Score(BigDecimal scaled, BigDecimal raw, BigDecimal min, BigDecimal max) {
}
