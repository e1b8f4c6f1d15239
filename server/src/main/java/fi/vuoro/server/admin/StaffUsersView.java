package fi.vuoro.server.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.vuoro.server.security.Role;
import fi.vuoro.server.security.StaffUser;
import fi.vuoro.server.ui.StaffIdentity;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.stream.Collectors;

/** Staff users and roles: create, change roles, disable/enable, reset password. */
@Route(value = "admin/users", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class StaffUsersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffAdministration admin;

    private final Grid<StaffUser> grid = new Grid<>();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Button create = new Button();
    private final Button update = new Button();
    private final Button toggle = new Button();
    private final Button reset = new Button();
    private final FieldMessages messages = new FieldMessages(this);
    private StaffUser selected;

    public StaffUsersView(StaffAdministration admin) {
        this.admin = admin;
        addClassName("admin-view");
        addClassName("users-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.users");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AdminLayout.applyLanguage(event);
        removeAll();
        grid.removeAllColumns();
        grid.addColumn(StaffUser::username)
                .setHeader(getTranslation("users.username"))
                .setAutoWidth(true);
        grid.addColumn(StaffUser::displayName).setHeader(getTranslation("users.displayName"));
        grid.addColumn(u -> u.roles().stream()
                        .sorted()
                        .map(r -> getTranslation("role." + r.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.status"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        username.setLabel(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.usernameHelp"));
        displayName.setLabel(getTranslation("users.displayName"));
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.passwordHelp"));
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(StaffAdministration.STAFF_ROLES);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        messages.bind("username", username)
                .bind("displayName", displayName)
                .bind("password", password)
                .bind("roles", roles);

        create.setText(getTranslation("users.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        update.setText(getTranslation("users.update"));
        update.addClickListener(e -> update());
        toggle.addClickListener(e -> toggle());
        reset.setText(getTranslation("users.resetPassword"));
        reset.addClickListener(e -> resetPassword());
        var newUser = new Button(
                getTranslation("users.new"), e -> grid.asSingleSelect().clear());

        var form = new FormLayout(username, displayName, password, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        var buttons = new HorizontalLayout(create, update, toggle, reset, newUser);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        buttons.setWrap(true);
        add(
                new H1(getTranslation("admin.nav.users")),
                grid,
                new H2(getTranslation("users.edit")),
                new Paragraph(getTranslation("users.help")),
                form,
                buttons);
        refresh();
        edit(null);
    }

    private void refresh() {
        grid.setItems(admin.users());
    }

    private void edit(StaffUser user) {
        selected = user;
        messages.clear();
        username.setReadOnly(user != null);
        username.setValue(user == null ? "" : user.username());
        displayName.setValue(user == null ? "" : user.displayName());
        password.clear();
        roles.setValue(user == null ? new HashSet<>() : new HashSet<>(user.roles()));
        create.setVisible(user == null);
        update.setVisible(user != null);
        toggle.setVisible(user != null);
        reset.setVisible(user != null);
        toggle.setText(getTranslation(user != null && user.enabled() ? "users.disable" : "users.enable"));
        toggle.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (user != null && user.enabled()) toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
    }

    private void create() {
        if (messages.run(() -> admin.create(
                StaffIdentity.currentName(),
                username.getValue().strip(),
                displayName.getValue(),
                password.getValue(),
                selectedRoles()))) {
            refresh();
            edit(null);
        }
    }

    private void update() {
        if (selected != null
                && messages.run(() -> admin.update(
                        StaffIdentity.currentName(), selected.username(), displayName.getValue(), selectedRoles()))) {
            refresh();
        }
    }

    private void toggle() {
        if (selected != null
                && messages.run(() ->
                        admin.setEnabled(StaffIdentity.currentName(), selected.username(), !selected.enabled()))) {
            refresh();
            edit(null);
        }
    }

    private void resetPassword() {
        if (selected != null
                && messages.run(() ->
                        admin.resetPassword(StaffIdentity.currentName(), selected.username(), password.getValue()))) {
            password.clear();
        }
    }

    private EnumSet<Role> selectedRoles() {
        return roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
    }
}
