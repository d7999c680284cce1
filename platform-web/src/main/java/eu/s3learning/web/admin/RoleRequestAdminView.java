package eu.s3learning.web.admin;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.roles.RoleRequest;
import eu.s3learning.core.roles.RoleRequestService;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Named
@ViewScoped
public class RoleRequestAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoleRequestService requests;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private final Map<Long, String> notes = new HashMap<>();
    private List<RoleRequest> pending;

    public List<RoleRequest> getPending() {
        if (pending == null) {
            pending = requests.pending();
        }
        return pending;
    }

    public void approve(RoleRequest request) {
        decide(request, true);
    }

    public void refuse(RoleRequest request) {
        decide(request, false);
    }

    private void decide(RoleRequest request, boolean approve) {
        try {
            String note = notes.get(request.id());
            if (approve) {
                requests.approve(request.id(), current.id(), note, current.clientAddress());
                texts.info("admin.roleRequests.approved");
            } else {
                requests.refuse(request.id(), current.id(), note, current.clientAddress());
                texts.info("admin.roleRequests.refused");
            }
            notes.remove(request.id());
            pending = null;
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
