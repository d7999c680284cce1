package eu.s3learning.core.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** One of the six thematic areas; each has a working-group space. Seeded by Flyway. */
@Entity
@Table(name = "thematic_area")
public class ThematicArea {

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ro", nullable = false)
    private String nameRo;

    @Column(name = "summary_en", nullable = false)
    private String summaryEn;

    @Column(name = "summary_ro", nullable = false)
    private String summaryRo;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ThematicArea() {
    }

    public String code() {
        return code;
    }

    public String name(Locale locale) {
        return "ro".equals(locale.getLanguage()) ? nameRo : nameEn;
    }

    public String summary(Locale locale) {
        return "ro".equals(locale.getLanguage()) ? summaryRo : summaryEn;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
