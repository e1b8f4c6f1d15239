package fi.vuoro.server.login;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** "Sign out" for any staff view: ends the session (Spring Security's logout) and returns to the login page. */
public class SignOutButton extends Button {

    public SignOutButton(AuthenticationContext authentication) {
        super(VaadinIcon.SIGN_OUT.create());
        setText(getTranslation("login.signOut"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("sign-out");
        setId("sign-out");
        addClickListener(e -> authentication.logout());
    }
}
