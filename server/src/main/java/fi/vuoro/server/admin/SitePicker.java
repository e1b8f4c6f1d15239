package fi.vuoro.server.admin;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import java.util.function.Consumer;

/** The site an admin works on; remembered across the admin views for the session. */
final class SitePicker extends Select<String> {

    static final String CURRENT = "vuoro.admin.site";

    SitePicker(SiteDirectory sites, Consumer<String> changed) {
        setLabel(getTranslation("admin.site"));
        addClassName("site-picker");
        var ids = sites.siteIds();
        setItems(ids);
        setItemLabelGenerator(id -> sites.site(id).map(Site::name).orElse(id));
        String remembered = (String) VaadinSession.getCurrent().getAttribute(CURRENT);
        setValue(ids.contains(remembered) ? remembered : ids.isEmpty() ? null : ids.getFirst());
        addValueChangeListener(e -> {
            VaadinSession.getCurrent().setAttribute(CURRENT, e.getValue());
            changed.accept(e.getValue());
        });
    }
}
