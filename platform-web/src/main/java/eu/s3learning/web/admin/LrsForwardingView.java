package eu.s3learning.web.admin;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.programme.Programmes;
import eu.s3learning.core.settings.PlatformSettings;
import eu.s3learning.core.tracking.forwarding.ConnectionTest;
import eu.s3learning.core.tracking.forwarding.DeadLetter;
import eu.s3learning.core.tracking.forwarding.DeadLetters;
import eu.s3learning.core.tracking.forwarding.EndpointReport;
import eu.s3learning.core.tracking.forwarding.ExternalLrs;
import eu.s3learning.core.tracking.forwarding.ExternalLrsDraft;
import eu.s3learning.core.tracking.forwarding.ExternalLrsRegistry;
import eu.s3learning.core.tracking.forwarding.ForwardingOverview;
import eu.s3learning.core.tracking.forwarding.ForwardingSettings;
import eu.s3learning.core.tracking.forwarding.ProgrammeActivity;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Forwarding to external LRSs: the endpoints with their queues and last errors, adding, changing, testing and
 * removing them, and the dead letters to send again or discard. The secret is never shown or sent back to the page.
 */
@Named
@ViewScoped
public class LrsForwardingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExternalLrsRegistry registry;

    @Inject
    ForwardingOverview overview;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ForwardingSettings settings;

    @Inject
    Programmes programmes;

    @Inject
    PlatformSettings platform;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    private Long editingId;
    private String editingHint;
    private String name;
    private String endpoint;
    private String apiKey;
    private String secret;
    private Long programmeId;
    private Long removing;
    private boolean discardingAll;

    /** Read once per request that shows them; an action reads them again. */
    private transient List<EndpointReport> endpoints;
    private transient List<DeadLetter> letters;
    private transient Long letterCount;

    public List<EndpointReport> getEndpoints() {
        if (endpoints == null) {
            endpoints = overview.endpoints();
        }
        return endpoints;
    }

    public List<DeadLetter> getDeadLetters() {
        if (letters == null) {
            letters = deadLetters.newest();
        }
        return letters;
    }

    public long getDeadLetterCount() {
        if (letterCount == null) {
            letterCount = deadLetters.count();
        }
        return letterCount;
    }

    public boolean isSealingSecrets() {
        return registry.sealsSecrets();
    }

    public List<SelectItem> getProgrammes() {
        return programmes.all().stream().map(p -> new SelectItem(p.id(), p.title())).toList();
    }

    /** How long the oldest waiting statement has waited, in words. */
    public String age(EndpointReport report) {
        if (report.oldestQueued() == null) {
            return texts.text("forwarding.age.none");
        }
        Duration age = report.oldestAge(clock.instant());
        return age.toMinutes() < 1 ? texts.text("forwarding.age.underMinute")
                : texts.text("forwarding.age.minutes", age.toMinutes());
    }

    /** The IRI a programme's statements name, for those who set up content to send them. */
    public String programmeIri(EndpointReport report) {
        return ProgrammeActivity.iri(platform.publicUrl(), report.programmeId());
    }

    public boolean lagging(EndpointReport report) {
        return report.lagging(clock.instant(), settings.alertAfter());
    }

    public boolean backingOff(EndpointReport report) {
        return report.backingOff(clock.instant());
    }

    public void save() {
        ExternalLrsDraft draft = new ExternalLrsDraft(name, endpoint, apiKey, secret, programmeId);
        secret = null;
        boolean saved = editingId == null
                ? texts.attempt(() -> registry.add(draft, current.id(), current.clientAddress()), "forwarding.added")
                : texts.attempt(() -> registry.change(editingId, draft, current.id(), current.clientAddress()),
                        "forwarding.changed");
        if (saved) {
            cancel();
        }
        refresh();
    }

    public void edit(long id) {
        try {
            ExternalLrs found = registry.byId(id);
            editingId = found.id();
            editingHint = found.secretHint();
            name = found.name();
            endpoint = found.endpoint().toString();
            apiKey = found.apiKey();
            programmeId = found.programmeId();
            texts.info("forwarding.editing", found.name());
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    public void cancel() {
        editingId = null;
        editingHint = null;
        name = null;
        endpoint = null;
        apiKey = null;
        secret = null;
        programmeId = null;
    }

    public void askRemove(long id) {
        removing = id;
    }

    public void remove() {
        Long id = removing;
        removing = null;
        if (id != null) {
            texts.attempt(() -> registry.remove(id, current.id(), current.clientAddress()), "forwarding.removed");
            if (id.equals(editingId)) {
                cancel();
            }
        }
        refresh();
    }

    public void keep() {
        removing = null;
    }

    /** Tests the endpoint and says what it answered, as a message the page announces. */
    public void test(long id) {
        try {
            String endpointName = registry.byId(id).name();
            ConnectionTest outcome = registry.test(id);
            String about = probe(outcome.about(), "forwarding.test.about");
            String credentials = probe(outcome.statements(), "forwarding.test.statements");
            if (outcome.works()) {
                texts.info("forwarding.test.works", endpointName, about, credentials);
            } else {
                texts.error("forwarding.test.fails", endpointName, about, credentials);
            }
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    private String probe(ConnectionTest.Probe probe, String prefix) {
        if (!probe.answered()) {
            return texts.text(prefix + ".none", probe.address(), probe.detail());
        }
        String meaning = switch (probe.status()) {
            case 200 -> texts.text(prefix + ".ok", probe.detail() == null ? "" : probe.detail());
            case 401 -> texts.text("forwarding.test.meaning.401");
            case 403 -> texts.text("forwarding.test.meaning.403");
            case 404 -> texts.text("forwarding.test.meaning.404");
            default -> texts.text("forwarding.test.meaning.other");
        };
        return texts.text(prefix, probe.address(), probe.status(), meaning);
    }

    public void retry(long id) {
        int sent = deadLetters.retry(id);
        texts.info(sent == 0 ? "forwarding.dead.gone" : "forwarding.dead.retried", sent);
        refresh();
    }

    public void retryAll() {
        texts.info("forwarding.dead.retried", deadLetters.retryAll());
        refresh();
    }

    public void discard(long id) {
        int discarded = deadLetters.discard(id, current.id(), current.clientAddress());
        texts.info(discarded == 0 ? "forwarding.dead.gone" : "forwarding.dead.discarded", discarded);
        refresh();
    }

    public void askDiscardAll() {
        discardingAll = true;
    }

    public void discardAll() {
        discardingAll = false;
        texts.info("forwarding.dead.discarded", deadLetters.discardAll(current.id(), current.clientAddress()));
        refresh();
    }

    public void keepAll() {
        discardingAll = false;
    }

    private void refresh() {
        endpoints = null;
        letters = null;
        letterCount = null;
    }

    /** The endpoint waiting for a yes to its removal, with what would be dropped. */
    public EndpointReport getRemoving() {
        return removing == null ? null
                : getEndpoints().stream().filter(e -> e.id() == removing).findFirst().orElse(null);
    }

    public String getRemoveQuestion() {
        EndpointReport report = getRemoving();
        return report == null ? "" : texts.text("forwarding.remove.confirm", report.name(),
                report.queued() + report.deadLetters());
    }

    public String getDiscardAllQuestion() {
        return texts.text("forwarding.dead.discardAll.confirm", getDeadLetterCount());
    }

    /** Under the secret field: what to give, or that leaving it empty keeps the one whose end is shown. */
    public String getSecretHint() {
        return editingId == null ? texts.text("forwarding.secret.hint")
                : texts.text("forwarding.secret.keep", editingHint);
    }

    public String getNewestNote() {
        return texts.text("forwarding.dead.newest", getDeadLetters().size(), getDeadLetterCount());
    }

    public boolean isDiscardingAll() {
        return discardingAll;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getSecret() {
        return null;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }
}
