package fi.vuoro.hardware.serial;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.RequiredTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocatPtyPairTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsSocat() {
        RequiredTools.assumeSocat();
    }

    @Test
    void linksAppearOnStartVanishOnUnplugAndReturnOnReplug() throws IOException {
        try (var pair = SocatPtyPair.start(dir, "ttyT")) {
            assertThat(pair.hostEnd()).isEqualTo(dir.resolve("ttyT0")).exists();
            assertThat(pair.deviceEnd()).isEqualTo(dir.resolve("ttyT1")).exists();
            assertThat(Files.isSymbolicLink(pair.hostEnd())).isTrue();
            assertThat(pair.isPlugged()).isTrue();

            pair.unplug();
            assertThat(pair.hostEnd()).doesNotExist();
            assertThat(pair.deviceEnd()).doesNotExist();
            assertThat(pair.isPlugged()).isFalse();

            pair.replug();
            assertThat(pair.hostEnd()).exists();
            assertThat(pair.deviceEnd()).exists();
        }
        assertThat(dir.resolve("ttyT0")).doesNotExist();
    }

    @Test
    void serialPortsListsThePtyLinksOfAGivenDirectory() throws IOException {
        try (var pair = SocatPtyPair.start(dir, "ttyT")) {
            var candidates = SerialPorts.candidates(dir, Pattern.compile("ttyT\\d"));

            assertThat(candidates)
                    .contains(pair.hostEnd().toString(), pair.deviceEnd().toString());
            assertThat(candidates).noneMatch(name -> name.endsWith(".log"));
            assertThat(SerialPorts.resolve(pair.hostEnd().toString())).startsWith("/dev/pts/");
        }
    }
}
