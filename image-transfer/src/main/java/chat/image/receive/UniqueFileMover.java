package chat.image.receive;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves a finished file into a folder under a name no other file has ({@code cat.png}, {@code cat-1.png}, ...),
 * atomically, and never over an existing file: the file is hard-linked to the new name (which fails, atomically,
 * when the name exists) and its old name removed. Where hard links are not supported, the name is first reserved
 * by creating it exclusively ({@code CREATE_NEW}), then the file is moved atomically over the reservation.
 */
public final class UniqueFileMover {
    /** Names tried before giving up: {@code cat.png} and {@code cat-1.png} to {@code cat-9999.png}. */
    public static final int MAX_ATTEMPTS = 10_000;

    private UniqueFileMover() {
    }

    /**
     * Moves {@code source} (in {@code folder}'s file system) to {@code folder/name}, or to the first free
     * {@code stem-N.ext}.
     *
     * @return the file's new path
     * @throws IOException the move failed, or every candidate name is taken
     */
    public static Path moveToUniqueName(Path source, Path folder, String name) throws IOException {
        boolean linksWork = true;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path target = folder.resolve(candidate(name, attempt));
            if (linksWork) {
                try {
                    Files.createLink(target, source);
                    Files.delete(source);
                    return target;
                } catch (FileAlreadyExistsException taken) {
                    continue;
                } catch (UnsupportedOperationException | FileSystemException noLinks) {
                    linksWork = false;
                }
            }
            try {
                Files.createFile(target);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        }
        throw new FileAlreadyExistsException(folder.resolve(name).toString(), null,
                "no free name after " + MAX_ATTEMPTS + " attempts");
    }

    /** {@code name} for attempt 0, else {@code stem-attempt.ext}. */
    static String candidate(String name, int attempt) {
        if (attempt == 0) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot <= 0
                ? name + "-" + attempt
                : name.substring(0, dot) + "-" + attempt + name.substring(dot);
    }
}
