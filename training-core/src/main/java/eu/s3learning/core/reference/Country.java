package eu.s3learning.core.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A country people may register from: the partnership's countries, and "other". Seeded by Flyway. */
@Entity
@Table(name = "country")
public class Country {

    public static final String OTHER = "ZZ";

    @Id
    @Column(length = 2)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ro", nullable = false)
    private String nameRo;

    @Column(nullable = false)
    private boolean partnership;

    @Column(name = "default_zone", nullable = false)
    private String defaultZone;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Country() {
    }

    public String code() {
        return code;
    }

    public String name(Locale locale) {
        return "ro".equals(locale.getLanguage()) ? nameRo : nameEn;
    }

    public boolean partnership() {
        return partnership;
    }

    public String defaultZone() {
        return defaultZone;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
