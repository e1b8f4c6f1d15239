package fi.vuoro.kiosk.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesTheTokenReadableByTheOwnerOnly() throws Exception {
        var store = new TokenStore(dir.resolve("kiosk"));
        assertThat(store.read()).isEmpty();

        store.write("tok-123");

        assertThat(store.read()).contains("tok-123");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                .isEqualTo("rw-------");
        store.write("tok-456");
        assertThat(store.read()).contains("tok-456");
        assertThat(Files.list(store.file().getParent())).hasSize(1);
        store.delete();
        assertThat(store.read()).isEmpty();
    }

    @Test
    void aStoredTokenWinsOverTheConfiguredOneAndForgetDropsBoth() {
        var tokens = new DeviceTokens(new TokenStore(dir), "configured");
        assertThat(tokens.current()).isEqualTo("configured");
        var told = new int[1];
        tokens.onChange(() -> told[0]++);

        tokens.store("paired");

        assertThat(tokens.current()).isEqualTo("paired");
        assertThat(told[0]).isEqualTo(1);
        tokens.forget();
        assertThat(tokens.paired()).isFalse();
    }

    @Test
    void refusesBlankOrMultiLineTokens() {
        var store = new TokenStore(dir);
        assertThatThrownBy(() -> store.write(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.write("a\nb")).isInstanceOf(IllegalArgumentException.class);
    }
}
