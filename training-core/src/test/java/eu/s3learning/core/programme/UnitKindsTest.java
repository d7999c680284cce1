package eu.s3learning.core.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.programme.types.LinkType;
import eu.s3learning.core.programme.types.PageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitKindsTest {

    @Test
    void page_html_keeps_formatting_and_loses_scripts_and_handlers() {
        String safe = new PageType().acceptContent("<h2>SWOT</h2><p onclick=\"steal()\">Strengths <b>and</b> weaknesses"
                + "<script>alert(1)</script></p><a href=\"javascript:alert(1)\">x</a><iframe src=\"https://evil\"></iframe>"
                + "<a href=\"https://s3platform.jrc.ec.europa.eu\">S3 platform</a>");
        assertTrue(safe.contains("<h2>SWOT</h2>"));
        assertTrue(safe.contains("<b>and</b>"));
        assertTrue(safe.contains("href=\"https://s3platform.jrc.ec.europa.eu\""));
        assertFalse(safe.contains("script"));
        assertFalse(safe.contains("onclick"));
        assertFalse(safe.contains("javascript"));
        assertFalse(safe.contains("iframe"));
    }

    @Test
    void an_empty_or_oversized_page_is_refused() {
        assertEquals("error.unit.pageEmpty", assertThrows(RuleViolation.class, () -> new PageType().acceptContent(" ")).messageKey());
        assertEquals("error.unit.pageEmpty",
                assertThrows(RuleViolation.class, () -> new PageType().acceptContent("<script>x</script>")).messageKey());
        assertEquals("error.text.tooLong", assertThrows(RuleViolation.class,
                () -> new PageType().acceptContent("<p>" + "x".repeat(PageType.MAX_HTML) + "</p>")).messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<b>x</b>", "/relative/path", "ftp://files.example.org/x",
            "https://user:pass@example.org/", "https://", "not a url at all", ""})
    void links_other_than_absolute_web_addresses_are_refused(String address) {
        assertEquals("error.unit.linkInvalid",
                assertThrows(RuleViolation.class, () -> new LinkType().acceptContent(address)).messageKey());
    }

    @Test
    void a_web_address_is_kept() {
        assertEquals("https://meet.jit.si/S3-wrap-up", new LinkType().acceptContent("  https://meet.jit.si/S3-wrap-up "));
    }
}
