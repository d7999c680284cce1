package eu.s3learning.core.programme;

import eu.s3learning.core.RuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Every unit kind deployed, found by CDI in whichever module defines it. */
@ApplicationScoped
public class UnitTypes {

    @Inject
    @Any
    Instance<UnitType> deployed;

    private Map<String, UnitType> byCode;

    @PostConstruct
    void collect() {
        Map<String, UnitType> found = new TreeMap<>();
        for (UnitType type : deployed) {
            UnitType clash = found.put(type.code(), type);
            if (clash != null) {
                throw new IllegalStateException("two unit kinds share the code " + type.code());
            }
        }
        byCode = Collections.unmodifiableMap(found);
    }

    public UnitType byCode(String code) {
        UnitType type = code == null ? null : byCode.get(code);
        if (type == null) {
            throw new RuleViolation("error.unit.unknownType");
        }
        return type;
    }

    public Map<String, UnitType> all() {
        return byCode;
    }
}
