package fi.vuoro.server.login;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** {@code /}: sends a signed-in staff member on to the screen of their role (see {@link LandingTargets}). */
@Route(value = "", autoLayout = false)
@PermitAll
public class LandingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;

    public LandingView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var routes = RouteConfiguration.forApplicationScope();
        var target = LandingTargets.landingFor(
                authentication.getGrantedRoles(), path -> routes.getRoute(path).isPresent());
        if (target.isPresent()) {
            event.forwardTo(target.get());
            return;
        }
        // Signed in, but with no staff role that has a screen (e.g. a user whose roles were all removed).
        removeAll();
        var card =
                new Div(new H1(getTranslation("landing.noScreen")), new Paragraph(getTranslation("landing.askAdmin")));
        card.addClassName("login-card");
        add(card, new SignOutButton(authentication));
    }

    @Override
    public String getPageTitle() {
        return "Vuoro";
    }
}
