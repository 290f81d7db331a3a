package org.factline.user;

import org.springframework.context.ApplicationContext;

/** For tests in other packages: a node's attempt at creating the first admin, as at its start. */
public final class FirstAdminAttempt {

    private FirstAdminAttempt() {}

    /** @return whether {@code node} created it (false: another node had) */
    public static boolean createdBy(ApplicationContext node) {
        return node.getBean(FirstAdminBootstrap.class).createFirstAdmin();
    }
}
