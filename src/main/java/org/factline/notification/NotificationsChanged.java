package org.factline.notification;

import java.util.Set;

/** These people's notifications changed; after commit their open bells update. */
record NotificationsChanged(Set<String> recipients) {}
