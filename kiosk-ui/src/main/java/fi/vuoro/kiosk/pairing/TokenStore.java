package fi.vuoro.kiosk.pairing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The device token in {@code <data-dir>/device-token}, readable and writable by the kiosk's user only. Written to
 * a temporary file with those permissions first and moved into place, so the token is never briefly world-readable
 * and a crash never leaves half a token.
 */
public final class TokenStore {

    static final String FILE_NAME = "device-token";

    private final Path file;

    public TokenStore(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Optional<String> read() {
        try {
            if (!Files.isRegularFile(file)) return Optional.empty();
            var token = Files.readString(file, StandardCharsets.UTF_8).trim();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public void write(String token) {
        if (token == null || token.isBlank() || token.contains("\n")) {
            throw new IllegalArgumentException("a device token is one non-blank line");
        }
        try {
            Files.createDirectories(file.getParent());
            var temp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.deleteIfExists(temp);
            if (posix()) {
                Files.createFile(
                        temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temp);
            }
            Files.writeString(temp, token, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the device token in " + file, e);
        }
    }

    /** Forgets a token the server no longer accepts (revoked), so the kiosk pairs again. */
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
