package fi.vuoro.hardware.testing;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Deletes the temporary directories of every module's tests (data directories of servers started for a test,
 * Chromium profiles) once whatever wrote into them has exited; CI runs the tests again and again on one machine.
 * Where a directory lives as long as a test or a test class, JUnit's {@code @TempDir} does this instead. A Spring
 * test context's data directory outlives its test class (the context is cached until the JVM exits), so register
 * its deletion with Spring Boot's {@code SpringApplication.getShutdownHandlers()}: those run at exit after every
 * context has been closed (if any Spring application started in that JVM at all).
 */
public final class TempDirs {

    private TempDirs() {}

    /**
     * Deletes {@code dir} and everything in it, if it exists. Files vanishing meanwhile are fine; files appearing
     * meanwhile (a process that has not quite finished) get two more tries. Never throws: what cannot be deleted is
     * reported on standard error and left behind.
     */
    public static void delete(Path dir) {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteTree(dir);
                return;
            } catch (IOException e) {
                if (attempt == 3) {
                    System.err.println("Could not delete the temporary directory " + dir + ": " + e);
                    return;
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) throw e;
                Files.deleteIfExists(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
