package eu.s3learning.web.admin;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.settings.PlatformSettings;
import eu.s3learning.core.tracking.lrs.client.IssuedClient;
import eu.s3learning.core.tracking.lrs.client.LrsClient;
import eu.s3learning.core.tracking.lrs.client.LrsClients;
import eu.s3learning.core.tracking.lrs.client.LrsScope;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The LRS's clients: an administrator creates one for each tool that sends or reads statements, sees its key and
 * secret once, and revokes it when the tool goes. The admin area's role check guards the page (web.xml).
 */
@Named
@ViewScoped
public class LrsClientsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LrsClients clients;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    @Inject
    PlatformSettings settings;

    private String name;
    private List<String> scopes = new ArrayList<>(List.of(LrsScope.STATEMENTS_WRITE.name(),
            LrsScope.STATEMENTS_READ_MINE.name(), LrsScope.STATE.name()));
    private IssuedClient issued;
    private List<LrsClient> all;

    public List<LrsClient> getClients() {
        if (all == null) {
            all = clients.all();
        }
        return all;
    }

    public LrsScope[] getScopeChoices() {
        return LrsScope.values();
    }

    public void create() {
        try {
            EnumSet<LrsScope> chosen = EnumSet.noneOf(LrsScope.class);
            for (String scope : scopes) {
                chosen.add(LrsScope.valueOf(scope));
            }
            issued = clients.create(name, chosen, current.id());
            texts.info("admin.lrs.created");
            name = null;
            all = null;
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        } catch (IllegalArgumentException unknownScope) {
            texts.error("lrs.client.scopes.required");
        }
    }

    public void revoke(LrsClient client) {
        try {
            clients.revoke(client.id());
            texts.info("admin.lrs.revoked", client.name());
            all = null;
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    public String scopeNames(LrsClient client) {
        return String.join(", ", client.scopes().stream().map(LrsScope::xapiName).toList());
    }

    /** The address clients are given: the platform's public one, as a tool outside would reach it. */
    public String getEndpoint() {
        return settings.link("/xapi");
    }

    public IssuedClient getIssued() {
        return issued;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }
}
