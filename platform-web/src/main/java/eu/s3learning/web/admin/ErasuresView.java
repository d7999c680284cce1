package eu.s3learning.web.admin;

import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.privacy.Erasure;
import eu.s3learning.core.privacy.ErasureFollowUp;
import eu.s3learning.core.privacy.ErasureRecord;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The erasure records, newest first, with their follow-ups, which an administrator marks done once carried out. */
@Named
@ViewScoped
public class ErasuresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Erasure erasure;

    @Inject
    People people;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private LazyDataModel<ErasureRecord> records;

    @PostConstruct
    void init() {
        records = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) erasure.count();
            }

            @Override
            public List<ErasureRecord> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                return erasure.records(first, pageSize);
            }

            @Override
            public String getRowKey(ErasureRecord record) {
                return String.valueOf(record.id());
            }
        };
    }

    /** The administrator who erased, by name (an erased administrator shows as one). */
    public String administrator(ErasureRecord record) {
        return people.byId(record.erasedBy()).map(Person::fullName).orElse("");
    }

    /** What kind of place a follow-up is, in the administrator's words; a kind this page does not know, as named. */
    public String kind(ErasureFollowUp followUp) {
        String key = "erasures.kind." + followUp.kind();
        return texts.has(key) ? texts.text(key) : followUp.kind();
    }

    public void done(ErasureFollowUp followUp) {
        texts.attempt(() -> erasure.followedUp(current.id(), followUp.id()), "erasures.followUpDone");
    }

    public LazyDataModel<ErasureRecord> getRecords() {
        return records;
    }
}
