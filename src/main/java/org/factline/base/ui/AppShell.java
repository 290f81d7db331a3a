package org.factline.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: Lumo with its utility classes plus Factline's own styles (kept in
 * frontend/styles and served as a static resource, so no frontend build is needed), and server
 * push so changes made by one person reach everyone else's open views.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/factline.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@PWA(name = "Factline", shortName = "Factline", description = "Self-hosted fact-checking desk")
public class AppShell implements AppShellConfigurator {}
