package uz.fikr.dashboard.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The users that admins added, as a JSON file. A save writes a new file and moves it over the old one, so a crash
 * leaves either the old list or the new one, never half of one.
 */
final class UserFile {

    record Entry(String name, Role role, String passwordHash) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path path;

    UserFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    List<Entry> load() {
        if (!Files.exists(path)) {
            return List.of();
        }
        return JSON.readValue(path.toFile(), new TypeReference<List<Entry>>() {
        });
    }

    void save(List<Entry> entries) {
        try {
            Files.createDirectories(path.getParent());
            Path next = Files.createTempFile(path.getParent(), path.getFileName().toString(), ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(next.toFile(), entries);
            Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot save the dashboard's users to " + path, ex);
        }
    }
}
