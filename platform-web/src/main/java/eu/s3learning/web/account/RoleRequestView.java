package eu.s3learning.web.account;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.Role;
import eu.s3learning.core.roles.RoleRequest;
import eu.s3learning.core.roles.RoleRequestService;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

@Named
@RequestScoped
public class RoleRequestView {

    @Inject
    RoleRequestService requests;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private Role role;
    private String motivation;
    private List<RoleRequest> mine;

    public void send() {
        try {
            requests.request(current.id(), role, motivation, current.clientAddress());
            texts.info("roleRequest.sent");
            role = null;
            motivation = null;
            mine = null;
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    public List<RoleRequest> getMine() {
        if (mine == null) {
            mine = requests.mine(current.id());
        }
        return mine;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }
}
