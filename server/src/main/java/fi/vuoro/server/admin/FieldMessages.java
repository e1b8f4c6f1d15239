package fi.vuoro.server.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows an {@link AdminValidationException}'s problems on the form: next to the field when the form registered one
 * under that name, otherwise in a notification. Clears old messages first.
 */
final class FieldMessages {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldMessages(Component owner) {
        this.owner = owner;
    }

    FieldMessages bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    void show(AdminValidationException e) {
        clear();
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem p : e.problems()) {
            String text = owner.getTranslation(p.messageKey());
            HasValidation field = fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else {
                unplaced.add(text);
            }
        }
        var summary = unplaced.isEmpty() ? owner.getTranslation("admin.fixErrors") : String.join(" ", unplaced);
        var n = Notification.show(summary, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    void saved() {
        clear();
        var n = Notification.show(owner.getTranslation("admin.saved"), 3000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Runs {@code action}; shows "saved" or the problems. Returns whether it succeeded. */
    boolean run(Runnable action) {
        try {
            action.run();
            saved();
            return true;
        } catch (AdminValidationException e) {
            show(e);
            return false;
        }
    }
}
