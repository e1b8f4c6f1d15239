package fi.vuoro.kiosk.attract;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The screen a kiosk shows while nobody is using it. The check-in flow behind it is built in the kiosk issue. */
@Route("")
@PageTitle("Vuoro")
public class AttractView extends VerticalLayout {

    public AttractView() {
        addClassName("attract");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var welcome = new H1("Tervetuloa · Välkommen · Welcome");
        var hint = new Paragraph("Kosketa aloittaaksesi · Tryck för att börja · Touch to start");
        add(welcome, hint);
    }
}
