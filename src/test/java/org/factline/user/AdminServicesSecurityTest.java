package org.factline.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.factline.AbstractIntegrationTest;
import org.factline.audit.AuditExport;
import org.factline.audit.AuditFilter;
import org.factline.audit.AuditLog;
import org.factline.base.export.ExportFormat;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every public method of the admin services refuses fact-checkers and editors, found by
 * reflection so a method added later is covered without touching this test.
 */
class AdminServicesSecurityTest extends AbstractIntegrationTest {

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditExport auditExport;

    static Stream<Arguments> nonAdmins() {
        return Stream.of(Arguments.of(Role.FACT_CHECKER), Arguments.of(Role.EDITOR));
    }

    @ParameterizedTest
    @MethodSource("nonAdmins")
    void every_admin_service_method_refuses_non_admins(Role role) {
        signIn(user("sec-" + role.name().toLowerCase().replace('_', '-'), role));
        var adminOnly = List.of(
                adminMethods(userAdmin),
                List.of(call(auditLog, "search"), call(auditLog, "count")),
                adminMethods(auditExport));
        var methods = adminOnly.stream().flatMap(List::stream).toList();
        assertThat(methods).hasSizeGreaterThanOrEqualTo(12);
        for (Call c : methods) {
            assertThatThrownBy(() -> c.invoke())
                    .as("%s as %s", c.method().getName(), role)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void admins_may_call_them() {
        signIn(ADMIN);
        assertThat(userAdmin.count(null)).isPositive();
        assertThat(auditLog.count(AuditFilter.none())).isPositive();
        assertThat(userAdmin.find(null, 0, 10, Sort.unsorted())).isNotEmpty();
        assertThat(auditLog.search(AuditFilter.none(), Pageable.ofSize(5))).isNotEmpty();
    }

    private record Call(Object target, Method method) {
        void invoke() throws Throwable {
            Object[] args =
                    Arrays.stream(method.getParameterTypes()).map(Call::sample).toArray();
            try {
                method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private static Object sample(Class<?> type) {
            if (type == long.class) return 1L;
            if (type == int.class) return 10;
            if (type == boolean.class) return false;
            if (type == String.class) return "x";
            if (type == Set.class) return Set.of(Role.ADMIN);
            if (type == List.class) return List.of();
            if (type == Sort.class) return Sort.unsorted();
            if (type == Pageable.class) return Pageable.ofSize(5);
            if (type == AuditFilter.class) return AuditFilter.none();
            if (type == ExportFormat.class) return ExportFormat.CSV;
            if (type == OutputStream.class) return OutputStream.nullOutputStream();
            if (type == NewUser.class) return new NewUser("someone", "Some One", null, Set.of(Role.ADMIN));
            throw new IllegalArgumentException("No sample for " + type);
        }
    }

    private static List<Call> adminMethods(Object bean) {
        Class<?> type = AopUtils.getTargetClass(bean);
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(m -> new Call(bean, m))
                .toList();
    }

    private static Call call(Object bean, String name) {
        return adminMethods(bean).stream()
                .filter(c -> c.method().getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
