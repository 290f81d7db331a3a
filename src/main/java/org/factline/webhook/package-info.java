/**
 * Webhooks: admins configure endpoints (address, a secret shown once, which events, on/off), and
 * when an editor approves or reopens a verdict Factline POSTs a signed JSON event to each endpoint
 * that wants it. Every event becomes a delivery row per endpoint in the same transaction as the
 * listener, so a restart loses nothing; a scheduled worker claims due rows one by one with a
 * conditional update (two nodes never send the same row), sends them through the same address
 * guard as URL import, and retries failures with exponential backoff. The admin page shows each
 * endpoint's delivery log with "retry now". Signature scheme and payload: docs/webhooks.md.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "review", "publish", "article"})
package org.factline.webhook;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
