package fi.vuoro.server.admin;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import fi.vuoro.server.security.Role;
import fi.vuoro.server.ui.StaffLanguage;
import fi.vuoro.server.ui.StaffTranslations;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The frame of every admin view: navigation, language links ({@code ?lang=fi|sv|en}, remembered for the session)
 * and an ADMIN check that holds even before the views' {@code @RolesAllowed} is enforced by Vaadin's security.
 * Vaadin's navigation access control checks parent layouts too (a layout without an annotation denies every view in
 * it), so the layout carries the same {@code @RolesAllowed("ADMIN")} as its views.
 */
@StyleSheet("styles/admin.css")
@RolesAllowed("ADMIN")
public class AdminLayout extends AppLayout implements BeforeEnterObserver {

    private final SideNav nav = new SideNav();
    private final Span title = new Span();
    private final Div languages = new Div();

    public AdminLayout() {
        addClassName("admin-layout");
        title.addClassName("admin-title");
        languages.addClassName("admin-languages");
        var bar = new Div(new DrawerToggle(), title, languages);
        bar.addClassName("admin-bar");
        addToNavbar(bar);
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || auth.getAuthorities().stream()
                        .noneMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()))) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        applyLanguage(event);
        title.setText(getTranslation("admin.title"));
        nav.removeAll();
        nav.addItem(
                new SideNavItem(getTranslation("admin.nav.sites"), SitesView.class),
                new SideNavItem(getTranslation("admin.nav.services"), ServicesView.class),
                new SideNavItem(getTranslation("admin.nav.counters"), CountersView.class),
                new SideNavItem(getTranslation("admin.nav.users"), StaffUsersView.class),
                new SideNavItem(getTranslation("admin.nav.devices"), DevicesView.class),
                new SideNavItem(getTranslation("admin.nav.layout"), TicketLayoutView.class));
        languages.removeAll();
        String path = event.getLocation().getPath();
        for (Locale locale : StaffTranslations.LOCALES) {
            var link = new Anchor(
                    path + "?lang=" + locale.getLanguage(), getTranslation("admin.language." + locale.getLanguage()));
            link.getElement().setAttribute("router-ignore", true);
            if (locale.equals(getLocale())) {
                link.addClassName("current");
            }
            languages.add(link);
        }
    }

    /**
     * Sets the UI's language from {@code ?lang=} or the session's remembered choice. Views call this first in their
     * own {@code beforeEnter}, so their texts are in that language whichever observer runs first.
     */
    static void applyLanguage(BeforeEnterEvent event) {
        StaffLanguage.apply(event);
    }
}
