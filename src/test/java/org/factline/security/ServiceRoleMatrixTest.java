package org.factline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.factline.AbstractIntegrationTest;
import org.factline.security.AppRoles.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.method.AuthorizationAdvisor;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who may call every public method of every service, generated from the code and compared with
 * the declared table in docs/roles-matrix.md. Each method is put, as each kind of person, through
 * the very method-security interceptors the services' proxies run (JSR-250 and
 * {@code @PreAuthorize}), with a stand-in for the method itself: the decision is the proxy's, and
 * nothing is done. A new method, a changed rule or a row the code no longer has fails the test,
 * which writes the matrix it found to target/roles-matrix.md to compare or copy.
 */
class ServiceRoleMatrixTest extends AbstractIntegrationTest {

    static final Path DECLARED = Path.of("docs/roles-matrix.md");
    private static final Path FOUND = Path.of("target/roles-matrix.md");
    private static final String TABLE_HEAD =
            "| service method | anonymous | fact-checker | editor | admin | admin + editor |";

    @Autowired
    ApplicationContext context;

    @Test
    void every_service_method_admits_exactly_the_roles_the_table_declares() throws IOException {
        Map<String, String> found = matrix();
        Files.createDirectories(FOUND.getParent());
        Files.writeString(FOUND, render(found));
        Map<String, String> declared = declared();

        var problems = new ArrayList<String>();
        found.forEach((method, row) -> {
            String expected = declared.get(method);
            if (expected == null) {
                problems.add("not in the table: " + row);
            } else if (!expected.equals(row)) {
                problems.add("declared " + expected + " but the code says " + row);
            }
        });
        declared.keySet().stream()
                .filter(m -> !found.containsKey(m))
                .forEach(m -> problems.add("in the table but not in the code: " + declared.get(m)));
        assertThat(problems)
                .as("docs/roles-matrix.md against the code (the found matrix is in target/roles-matrix.md)")
                .isEmpty();
        assertThat(found).as("the services were found").hasSizeGreaterThan(150);
    }

    /** The table's rows by method, as written. */
    private static Map<String, String> declared() throws IOException {
        return Files.readAllLines(DECLARED).stream()
                .filter(l -> l.startsWith("| `"))
                .collect(Collectors.toMap(
                        l -> l.substring(3, l.indexOf('`', 3)), String::strip, (a, b) -> a, TreeMap::new));
    }

    private Map<String, String> matrix() {
        // The deciding interceptors (JSR-250, @PreAuthorize), in their order; the filtering and
        // after-the-call ones decide nothing about who may call.
        List<AuthorizationAdvisor> security = context.getBeansOfType(AuthorizationAdvisor.class).values().stream()
                .map(ServiceRoleMatrixTest::undeferred)
                .filter(AuthorizationManagerBeforeMethodInterceptor.class::isInstance)
                .sorted(java.util.Comparator.comparingInt(AuthorizationAdvisor::getOrder))
                .toList();
        assertThat(security).as("method security interceptors").isNotEmpty();
        Map<String, Supplier<Object>> people = people();
        var rows = new TreeMap<String, String>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Object target = target(bean);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.factline")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()
                        || method.isBridge()) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName() + "("
                        + Arrays.stream(method.getParameterTypes())
                                .map(Class::getSimpleName)
                                .collect(Collectors.joining(", "))
                        + ")";
                // The interceptors whose pointcut takes this method, as the proxy picks them.
                List<MethodInterceptor> chain = security.stream()
                        .filter(a -> a.getPointcut().getClassFilter().matches(type)
                                && a.getPointcut().getMethodMatcher().matches(method, type))
                        .map(MethodInterceptor.class::cast)
                        .toList();
                var cells = new ArrayList<String>();
                for (var person : people.values()) {
                    cells.add(allowed(chain, target, method, person) ? "yes" : "–");
                }
                rows.put(name, "| `" + name + "` | " + String.join(" | ", cells) + " |");
            }
        }
        return rows;
    }

    /** The five kinds of caller, each as an authentication set while the decision is taken. */
    private Map<String, Supplier<Object>> people() {
        var people = new LinkedHashMap<String, Supplier<Object>>();
        String checker = user("matrix-checker", Role.FACT_CHECKER);
        String editor = user("matrix-editor", Role.EDITOR);
        String admin = user("matrix-admin", Role.ADMIN);
        String adminEditor = user("matrix-admin-editor", Role.ADMIN, Role.EDITOR);
        people.put("anonymous", () -> {
            SecurityContextHolder.getContext()
                    .setAuthentication(new AnonymousAuthenticationToken(
                            "matrix", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            return null;
        });
        people.put("fact-checker", () -> signIn(checker));
        people.put("editor", () -> signIn(editor));
        people.put("admin", () -> signIn(admin));
        people.put("admin + editor", () -> signIn(adminEditor));
        return people;
    }

    private static boolean allowed(
            List<MethodInterceptor> security, Object target, Method method, Supplier<Object> person) {
        person.get();
        try {
            invoke(security, 0, target, method);
            return true;
        } catch (AccessDeniedException | AuthenticationException refused) {
            return false;
        } catch (Throwable other) {
            throw new AssertionError("deciding " + method + " failed", other);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Runs the interceptors in turn around a method that does nothing. */
    private static @Nullable Object invoke(List<MethodInterceptor> chain, int from, Object target, Method method)
            throws Throwable {
        if (from == chain.size()) {
            return null;
        }
        return chain.get(from).invoke(new MethodInvocation() {
            private final Object[] arguments = new Object[method.getParameterCount()];

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Object[] getArguments() {
                return arguments;
            }

            @Override
            public @Nullable Object proceed() throws Throwable {
                return invoke(chain, from + 1, target, method);
            }

            @Override
            public Object getThis() {
                return target;
            }

            @Override
            public AccessibleObject getStaticPart() {
                return method;
            }
        });
    }

    /** Spring Security builds its interceptors when first used, behind a package-private wrapper. */
    private static AuthorizationAdvisor undeferred(AuthorizationAdvisor advisor) {
        if (!advisor.getClass().getSimpleName().equals("DeferringMethodInterceptor")) {
            return advisor;
        }
        Object delegate = org.springframework.test.util.ReflectionTestUtils.getField(advisor, "delegate");
        return delegate instanceof Supplier<?> later ? (AuthorizationAdvisor) later.get() : advisor;
    }

    private static Object target(Object bean) {
        try {
            return bean instanceof Advised advised ? advised.getTargetSource().getTarget() : bean;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String render(Map<String, String> rows) {
        return TABLE_HEAD + "\n|---|---|---|---|---|---|\n" + String.join("\n", rows.values()) + "\n";
    }
}
