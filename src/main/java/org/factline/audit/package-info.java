/**
 * The audit log: an append-only record of who changed what, when, with the state before and
 * after. Features publish {@link org.factline.audit.AuditRecord} events inside their transaction;
 * this module writes them in the same transaction, so a change and its audit entry commit or roll
 * back together. Admins browse and filter the log; everyone sees their own recent activity.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security"})
package org.factline.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
