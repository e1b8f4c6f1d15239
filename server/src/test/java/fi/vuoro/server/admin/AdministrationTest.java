package fi.vuoro.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.vuoro.hardware.ticket.PaperWidth;
import fi.vuoro.server.security.Role;
import fi.vuoro.server.security.StaffUsers;
import fi.vuoro.server.site.OpeningHours;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteCalendar;
import fi.vuoro.server.site.SiteConfigurationChanged;
import fi.vuoro.server.site.SiteDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The admin application services against the real database: validation, saving, events, layout rendering. */
class AdministrationTest extends AdminContextTest {

    @Autowired
    SiteAdministration sites;

    @Autowired
    StaffAdministration staff;

    @Autowired
    TicketLayouts layouts;

    @Autowired
    SiteDirectory directory;

    @Autowired
    SiteCalendar calendar;

    @Autowired
    StaffUsers users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AdminContextTest.Recorder recorder;

    @Test
    void aValidSiteWithHoursIsSavedAndAnnounced() {
        var hours = new OpeningHours(
                Map.of(DayOfWeek.MONDAY, new OpeningHours.Hours(LocalTime.of(8, 0), LocalTime.of(16, 0))),
                List.of(new OpeningHours.Exception(LocalDate.of(2026, 12, 6), null, "Independence Day")));
        sites.saveSite(
                "admin", new Site("north", "North Clinic", ZoneId.of("Europe/Helsinki"), List.of("fi", "sv")), hours);

        assertThat(directory.site("north")).get().extracting(Site::name).isEqualTo("North Clinic");
        var saved = calendar.hours("north");
        assertThat(saved.on(LocalDate.of(2026, 11, 23)))
                .get()
                .extracting(OpeningHours.Hours::opensAt)
                .isEqualTo(LocalTime.of(8, 0));
        assertThat(saved.on(LocalDate.of(2026, 12, 6))).as("holiday").isEmpty();
        assertThat(saved.on(LocalDate.of(2026, 11, 24))).as("Tuesday: no hours").isEmpty();
        assertThat(recorder.events).anySatisfy(e -> assertThat(e)
                .isEqualTo(new SiteConfigurationChanged("north", SiteConfigurationChanged.Kind.SITE, clock.instant())));
        assertThat(recorder.events)
                .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(AdminActionPerformed.class, a -> assertThat(
                                a.action() + " " + a.target() + " " + a.actor())
                        .isEqualTo("SITE_SAVED north admin")));
    }

    @Test
    void invalidSitesAndServicesAreRefusedFieldByFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> sites.saveSite(
                        "admin",
                        new Site("Bad Id!", " ", ZoneId.of("UTC"), List.of("de")),
                        new OpeningHours(Map.of(), List.of())))
                .isInstanceOfSatisfying(AdminValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(
                                new FieldProblem("id", "admin.error.id"),
                                new FieldProblem("name", "admin.error.required"),
                                new FieldProblem("languages", "sites.error.languages")));
        assertThat(directory.site("Bad Id!")).isEmpty();

        var bad = new Service(
                "x-ray",
                "demo",
                "a1",
                Map.of("fi", "Röntgen", "sv", "", "en", "X-ray"),
                Map.of(),
                Duration.ofSeconds(10),
                Duration.ofMinutes(5),
                false,
                LocalTime.of(16, 0),
                LocalTime.of(8, 0),
                5,
                true,
                Set.of("URGENT_MEDICAL", "BRIBE"));
        assertThatThrownBy(() -> sites.saveService("admin", bad))
                .isInstanceOfSatisfying(AdminValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("prefix", "name.sv", "targetWait", "hours", "priorityReasons"));
        assertThat(directory.service("x-ray")).isEmpty();

        var takenPrefix = new Service(
                "x-ray",
                "demo",
                "L",
                Map.of("fi", "Röntgen", "sv", "Röntgen", "en", "X-ray"),
                Map.of(),
                Duration.ofMinutes(20),
                Duration.ofMinutes(5),
                false,
                null,
                null,
                5);
        assertThatThrownBy(() -> sites.saveService("admin", takenPrefix))
                .isInstanceOfSatisfying(AdminValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("prefix", "services.error.prefixTaken")));
    }

    @Test
    void anInactiveServiceKeepsItsSettingsButIsNeverOpen() {
        var s = new Service(
                "dental",
                "demo",
                "D",
                Map.of("fi", "Hammashoito", "sv", "Tandvård", "en", "Dental care"),
                Map.of("en", "Wing C"),
                Duration.ofMinutes(30),
                Duration.ofMinutes(20),
                true,
                null,
                null,
                9,
                false,
                Set.of("URGENT_MEDICAL"));
        sites.saveService("admin", s);
        var saved = directory.service("dental").orElseThrow();
        assertThat(saved).isEqualTo(s);
        assertThat(saved.isOpenAt(LocalTime.NOON)).isFalse();
        assertThat(saved.allowsPriorityReason("URGENT_MEDICAL")).isTrue();
        assertThat(saved.allowsPriorityReason("ELDERLY")).isFalse();
    }

    @Test
    void staffUsersFollowThePasswordPolicyAndTheLastAdminStays() {
        assertThatThrownBy(() -> staff.create("admin", "mari", "Mari", "short", EnumSet.of(Role.RECEPTION)))
                .isInstanceOfSatisfying(AdminValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("password", "users.error.passwordShort")));
        assertThatThrownBy(() -> staff.create("admin", "X", "", "a long enough phrase", EnumSet.of(Role.KIOSK)))
                .isInstanceOfSatisfying(AdminValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("username", "displayName", "roles"));

        staff.create("admin", "mari", "Mari Reception", "a long enough phrase", EnumSet.of(Role.RECEPTION));
        var mari = users.find("mari").orElseThrow();
        assertThat(mari.roles()).containsExactly(Role.RECEPTION);
        assertThat(encoder.matches("a long enough phrase", mari.passwordHash())).isTrue();
        assertThatThrownBy(
                        () -> staff.create("admin", "mari", "Mari 2", "a long enough phrase", EnumSet.of(Role.COUNTER)))
                .isInstanceOf(AdminValidationException.class);

        staff.resetPassword("admin", "mari", "another long phrase");
        assertThat(encoder.matches(
                        "another long phrase", users.find("mari").orElseThrow().passwordHash()))
                .isTrue();
        staff.setEnabled("admin", "mari", false);
        assertThat(users.find("mari").orElseThrow().enabled()).isFalse();

        // "admin" is the demo's only administrator: it cannot be disabled or lose the role.
        assertThatThrownBy(() -> staff.setEnabled("admin", "admin", false))
                .isInstanceOfSatisfying(
                        AdminValidationException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("users.error.lastAdmin"));
        assertThatThrownBy(() -> staff.update("admin", "admin", "Demo Admin", EnumSet.of(Role.RECEPTION)))
                .isInstanceOf(AdminValidationException.class);
    }

    @Test
    void aLogoIsConvertedToTheRasterAndThePreviewIsPrintedByTheEmulator() throws Exception {
        var logo = new BufferedImage(800, 200, BufferedImage.TYPE_INT_ARGB); // transparent = paper
        var g = logo.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 400, 200);
        g.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);

        var raster = layouts.uploadLogo("admin", "demo", png.toByteArray());
        assertThat(raster.width()).isEqualTo(384); // scaled to 58 mm paper
        assertThat(raster.height()).isEqualTo(96);
        assertThat(raster.isBlack(10, 10)).isTrue();
        assertThat(raster.isBlack(300, 10)).isFalse();

        layouts.saveTexts(
                "admin",
                "demo",
                Map.of("fi", "Terveysasema", "sv", "Hälsostation", "en", "Health centre"),
                Map.of("sv", "Tack för besöket!"));
        var saved = layouts.layout("demo");
        assertThat(saved.header("sv")).isEqualTo("Hälsostation");
        assertThat(saved.footer("sv")).isEqualTo("Tack för besöket!");
        assertThat(saved.logo().bits()).isEqualTo(raster.bits());

        var preview = ImageIO.read(new ByteArrayInputStream(layouts.preview("demo", "sv", PaperWidth.MM80)));
        assertThat(preview.getWidth()).isEqualTo(576);
        assertThat(preview.getHeight()).isGreaterThan(raster.height() + 300);
        // the logo's left half prints black, centred on 80 mm paper: (576 - 384) / 2 = 96 dots in
        assertThat(preview.getRGB(96 + 10, 16 + 10) & 0xFFFFFF).isZero();
        assertThat(preview.getRGB(20, 16 + 10) & 0xFFFFFF).isEqualTo(0xFFFFFF);

        assertThatThrownBy(() -> layouts.uploadLogo("admin", "demo", "GIF89a not a png".getBytes()))
                .isInstanceOfSatisfying(
                        AdminValidationException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("layout.error.logoType"));
        assertThatThrownBy(() -> layouts.uploadLogo("admin", "demo", new byte[LogoConverter.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(
                        AdminValidationException.class,
                        e -> assertThat(e.problems().getFirst().messageKey()).isEqualTo("layout.error.logoSize"));
        var truncated = java.util.Arrays.copyOf(png.toByteArray(), 40);
        assertThatThrownBy(() -> layouts.uploadLogo("admin", "demo", truncated))
                .isInstanceOf(AdminValidationException.class);
        assertThat(layouts.layout("demo").logo().bits())
                .as("a refused upload keeps the old logo")
                .isEqualTo(raster.bits());
    }
}
