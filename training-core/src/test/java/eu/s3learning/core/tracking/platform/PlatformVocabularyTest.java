package eu.s3learning.core.tracking.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.xapi.Iri;
import org.junit.jupiter.api.Test;

class PlatformVocabularyTest {

    @Test
    void an_untitled_phase_is_named_by_its_kind_in_the_cohorts_language() {
        assertEquals("Pregătire online", PlatformVocabulary.phaseName(PhaseKind.PREPARATION, "ro"));
        assertEquals("Two face-to-face days", PlatformVocabulary.phaseName(PhaseKind.FACE_TO_FACE, "en"));
        assertEquals("Online wrap-up", PlatformVocabulary.phaseName(PhaseKind.WRAP_UP, "de"), "English for other languages");
    }

    @Test
    void a_verb_is_found_by_its_iri() {
        assertEquals(PlatformVocabulary.verb(LearningEventType.ATTENDED),
                PlatformVocabulary.verb(new Iri("http://adlnet.gov/expapi/verbs/attended")).orElseThrow());
        assertTrue(PlatformVocabulary.verb(new Iri("http://example.com/verbs/unknown")).isEmpty());
    }
}
