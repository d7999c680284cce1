package eu.s3learning.web.admin;

import eu.s3learning.core.administration.AccountAdministration;
import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEvent;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.privacy.Erasure;
import eu.s3learning.core.roles.RoleRequestService;
import eu.s3learning.core.tracking.forwarding.EndpointReport;
import eu.s3learning.core.tracking.forwarding.ForwardingOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

@Named
@RequestScoped
public class AdminDashboard {

    @Inject
    AccountAdministration administration;

    @Inject
    RoleRequestService roleRequests;

    @Inject
    AuditLog audit;

    @Inject
    ForwardingOverview overview;

    @Inject
    Erasure erasure;

    private List<EndpointReport> forwarding;

    public long getPeopleCount() {
        return administration.count(null);
    }

    public int getPendingRoleRequests() {
        return roleRequests.pending().size();
    }

    public long getFailedSignIns() {
        return audit.count(SecurityEventType.SIGN_IN_FAILED, null);
    }

    public long getForwardingQueued() {
        return forwarding().stream().mapToLong(EndpointReport::queued).sum();
    }

    public long getForwardingDeadLetters() {
        return forwarding().stream().mapToLong(EndpointReport::deadLetters).sum();
    }

    private List<EndpointReport> forwarding() {
        if (forwarding == null) {
            forwarding = overview.endpoints();
        }
        return forwarding;
    }

    public long getErasures() {
        return erasure.count();
    }

    public List<SecurityEvent> getRecentEvents() {
        return audit.search(null, null, 0, 10);
    }
}
