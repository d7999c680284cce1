package eu.s3learning.web.admin;

import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEvent;
import eu.s3learning.core.audit.SecurityEventType;
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

@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    private SecurityEventType type;
    private String email;
    private LazyDataModel<SecurityEvent> events;

    @PostConstruct
    void init() {
        events = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) audit.count(type, email);
            }

            @Override
            public List<SecurityEvent> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                return audit.search(type, email, first, pageSize);
            }

            @Override
            public String getRowKey(SecurityEvent event) {
                return String.valueOf(event.id());
            }
        };
    }

    public SecurityEventType[] getTypes() {
        return SecurityEventType.values();
    }

    public LazyDataModel<SecurityEvent> getEvents() {
        return events;
    }

    public SecurityEventType getType() {
        return type;
    }

    public void setType(SecurityEventType type) {
        this.type = type;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
