package org.factline.base.ui;

/** Route paths the shell links to before the owning feature's view class is known. */
public final class AppRoutes {

    public static final String CHANGE_PASSWORD = "account/password";
    public static final String PROFILE = "account/profile";

    private AppRoutes() {}
}
