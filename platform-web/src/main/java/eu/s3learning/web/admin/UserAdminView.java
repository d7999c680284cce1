package eu.s3learning.web.admin;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.administration.AccountAdministration;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Role;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Search and page through people; change roles; deactivate and reactivate. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    private String search;
    private Long selectedId;
    private String selectedName;
    private List<Role> selectedRoles = new ArrayList<>();
    private LazyDataModel<Person> people;

    @PostConstruct
    void init() {
        people = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) administration.count(search);
            }

            @Override
            public List<Person> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                return administration.search(search, first, pageSize);
            }

            @Override
            public String getRowKey(Person person) {
                return String.valueOf(person.id());
            }
        };
    }

    public void edit(Person person) {
        selectedId = person.id();
        selectedName = person.fullName() + " <" + person.email() + ">";
        selectedRoles = new ArrayList<>(person.roles());
    }

    public void saveRoles() {
        try {
            administration.changeRoles(current.id(), selectedId,
                    selectedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(selectedRoles), current.clientAddress());
            texts.info("admin.users.rolesSaved");
            selectedId = null;
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    public void deactivate(Person person) {
        try {
            administration.deactivate(current.id(), person.id(), current.clientAddress());
            texts.info("admin.users.deactivated");
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    public void reactivate(Person person) {
        try {
            administration.reactivate(current.id(), person.id(), current.clientAddress());
            texts.info("admin.users.reactivated");
        } catch (RuleViolation refused) {
            texts.refused(refused, null);
        }
    }

    public LazyDataModel<Person> getPeople() {
        return people;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getSelectedName() {
        return selectedName;
    }

    public List<Role> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<Role> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }
}
