package uz.fikr.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A users file of a test class's own, so that users one test class adds never reach another. */
public final class TemporaryUsersFile {

    private TemporaryUsersFile() {
    }

    /** Points {@code fikr.dashboard.security.users-file} at a new file in a new temporary folder. */
    public static void use(DynamicPropertyRegistry registry) {
        Path file;
        try {
            file = Files.createTempDirectory("fikr-dashboard-users").resolve("dashboard-users.json");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        registry.add("fikr.dashboard.security.users-file", file::toString);
    }
}
