package eu.s3learning.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.BeanNameELResolver;
import jakarta.el.BeanNameResolver;
import jakarta.el.CompositeELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import jakarta.el.ELResolver;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The method resolver gives what the Expression Language's own resolvers give, and takes only the plain cases. */
class MethodCallResolverTest {

    public record Trainee(String name, int hours) {
    }

    public static class JourneyView {

        public int twice(int hours) {
            return 2 * hours;
        }

        public String greeting(Trainee trainee, String language) {
            return (language.equals("ro") ? "Bună, " : "Hello, ") + trainee.name();
        }

        public String label(String text) {
            return "text " + text;
        }

        public String label(Long number) {
            return "number " + number;
        }

        public String joined(String... parts) {
            return String.join("+", parts);
        }

        public String failing() {
            throw new IllegalStateException("the unit is gone");
        }
    }

    record HiddenRow(String name) {
    }

    private static final Map<String, Object> BEANS = Map.of("view", new JourneyView(),
            "ana", new Trainee("Ana", 16), "hidden", new HiddenRow("Dan"));

    /** As the views evaluate: every standard resolver, with this one before the bean resolver. */
    private static Object withStandardResolvers(String expression, boolean withOurs) {
        ELProcessor processor = new ELProcessor();
        if (withOurs) {
            processor.getELManager().addELResolver(new MethodCallResolver());
        }
        BEANS.forEach(processor::defineBean);
        return processor.eval(expression);
    }

    /** With this resolver alone after the beans' names: what it does not take gives null. */
    private static Object withOursAlone(String expression) {
        ExpressionFactory factory = ExpressionFactory.newInstance();
        CompositeELResolver resolvers = new CompositeELResolver();
        resolvers.add(new BeanNameELResolver(new BeanNameResolver() {
            @Override
            public boolean isNameResolved(String name) {
                return BEANS.containsKey(name);
            }

            @Override
            public Object getBean(String name) {
                return BEANS.get(name);
            }
        }));
        resolvers.add(new MethodCallResolver());
        ELContext context = new StandardELContext(factory) {
            @Override
            public ELResolver getELResolver() {
                return resolvers;
            }
        };
        return factory.createValueExpression(context, "${" + expression + "}", Object.class).getValue(context);
    }

    @Test
    void callsRecordAccessorsAndMethodsWithArgumentsCoercedAsTheLanguageDoes() {
        for (String expression : List.of("ana.name()", "view.twice(ana.hours())", "view.twice('21')",
                "view.greeting(ana, 'ro')", "view.twice(null)")) {
            Object ours = withOursAlone(expression);
            assertEquals(withStandardResolvers(expression, false), ours, expression);
            assertEquals(ours, withStandardResolvers(expression, true), expression);
        }
        assertEquals(42, withOursAlone("view.twice('21')"));
        assertEquals("Bună, Ana", withOursAlone("view.greeting(ana, 'ro')"));
    }

    @Test
    void leavesOverloadsVariableArityAndHiddenClassesToTheBeanResolver() {
        for (String expression : List.of("view.label('unit')", "view.label(7)", "view.joined('a', 'b')")) {
            assertEquals(withStandardResolvers(expression, false), withStandardResolvers(expression, true), expression);
            assertNotNull(withStandardResolvers(expression, true), expression);
            // No resolver took the call: the language then gives null.
            assertNull(withOursAlone(expression), expression);
        }
        // A class that is not public: its methods cannot be called from a view, with this resolver or without.
        assertThrows(RuntimeException.class, () -> withStandardResolvers("hidden.name()", false));
        assertThrows(RuntimeException.class, () -> withStandardResolvers("hidden.name()", true));
        Map<String, ?> plain = MethodCallResolver.plainMethodsOf(JourneyView.class);
        assertTrue(((Optional<?>) plain.get("twice/1")).isPresent());
        assertFalse(((Optional<?>) plain.get("label/1")).isPresent());
        assertTrue(MethodCallResolver.plainMethodsOf(HiddenRow.class).isEmpty());
    }

    @Test
    void aFailingMethodFailsAsWithTheBeanResolver() {
        ELException ours = assertThrows(ELException.class, () -> withOursAlone("view.failing()"));
        assertInstanceOf(IllegalStateException.class, ours.getCause());
        ELException theirs = assertThrows(ELException.class, () -> withStandardResolvers("view.failing()", false));
        assertEquals(theirs.getCause().getMessage(), ours.getCause().getMessage());
    }
}
