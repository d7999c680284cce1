package eu.s3learning.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Calls the methods that views name with arguments or on records ({@code #{view.statusOf(unit)}},
 * {@code #{row.name()}}) as the Expression Language's bean resolver does, but finds each method once per class.
 * The bean resolver of Jakarta EL 5 looks the method up with {@code Class.getMethods()} on every call, which copies
 * every public method of the class (hundreds on a CDI proxy): measured on the seat race's server, a quarter of all
 * the memory the views allocated.
 *
 * <p>Only the plain case is taken: a public method of a public class, the only public one with that name and number
 * of parameters, not variable-arity, called from a value expression (no declared parameter types). Anything else
 * is left to the resolvers after this one, so the result never differs from theirs, only the cost.
 */
public class MethodCallResolver extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> PLAIN_METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return plainMethodsOf(type);
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        Optional<Method> found = PLAIN_METHODS.get(base.getClass()).get(key(method.toString(), arity));
        if (found == null || found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] types = target.getParameterTypes();
        Object[] arguments = new Object[arity];
        for (int i = 0; i < arity; i++) {
            arguments[i] = params[i] != null && types[i].isInstance(params[i]) ? params[i]
                    : context.convertToType(params[i], types[i]);
        }
        context.setPropertyResolved(base, method);
        try {
            return target.invoke(base, arguments);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        }
    }

    /** Name and arity to the one plain method they name, or empty where several or none qualify. */
    static Map<String, Optional<Method>> plainMethodsOf(Class<?> type) {
        Map<String, Optional<Method>> methods = new HashMap<>();
        if (!Modifier.isPublic(type.getModifiers())) {
            return methods;
        }
        for (Method candidate : type.getMethods()) {
            if (candidate.isBridge() || candidate.isSynthetic()) {
                continue;
            }
            boolean plain = !candidate.isVarArgs() && Modifier.isPublic(candidate.getDeclaringClass().getModifiers());
            methods.merge(key(candidate.getName(), candidate.getParameterCount()),
                    plain ? Optional.of(candidate) : Optional.empty(), (one, other) -> Optional.empty());
        }
        return methods;
    }

    private static String key(String name, int arity) {
        return name + "/" + arity;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Properties are the other resolvers' business.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
