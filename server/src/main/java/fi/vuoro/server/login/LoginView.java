package fi.vuoro.server.login;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.vuoro.server.ui.StaffTranslations;
import java.util.Locale;

/**
 * Staff sign-in at {@code /login}. The form posts natively to Spring Security ({@code input[name=username]},
 * {@code input[name=password]}), which throttles failures and redirects back with {@code ?error} or {@code ?locked}.
 * Language: {@code ?lang=fi|sv|en}, else the browser's, with links to switch.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/login.css")
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Span brand = new Span("Vuoro");
    private final Span tagline = new Span();
    private final Div languages = new Div();

    public LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        brand.addClassName("login-brand");
        tagline.addClassName("login-tagline");
        languages.addClassName("login-languages");
        var card = new Div(brand, tagline, form, languages);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var ui = UI.getCurrent();
        query.getSingleParameter("lang")
                .map(Locale::of)
                .map(StaffTranslations::supported)
                .ifPresent(lang -> {
                    // The session keeps it: the page after a failed login, and the views after sign-in, stay in it.
                    VaadinSession.getCurrent().setLocale(lang);
                    ui.setLocale(lang);
                });
        ui.getElement()
                .setAttribute("lang", StaffTranslations.supported(getLocale()).getLanguage());
        boolean locked = query.getParameters().containsKey("locked");
        boolean error = query.getParameters().containsKey("error");
        form.setI18n(i18n(locked));
        form.setError(locked || error);
        tagline.setText(getTranslation("login.tagline"));
        languages.removeAll();
        for (var locale : StaffTranslations.LOCALES) {
            var link = new Anchor("login?lang=" + locale.getLanguage(), getTranslation("login.language." + locale));
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("lang", locale.getLanguage());
            if (locale.getLanguage()
                    .equals(StaffTranslations.supported(getLocale()).getLanguage())) {
                link.addClassName("current");
            }
            languages.add(link);
        }
    }

    private LoginI18n i18n(boolean locked) {
        var i18n = LoginI18n.createDefault();
        var formTexts = new LoginI18n.Form();
        formTexts.setTitle(getTranslation("login.title"));
        formTexts.setUsername(getTranslation("login.username"));
        formTexts.setPassword(getTranslation("login.password"));
        formTexts.setSubmit(getTranslation("login.submit"));
        i18n.setForm(formTexts);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation(locked ? "login.lockedTitle" : "login.errorTitle"));
        error.setMessage(getTranslation(locked ? "login.lockedMessage" : "login.errorMessage"));
        error.setUsername(getTranslation("login.usernameRequired"));
        error.setPassword(getTranslation("login.passwordRequired"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
