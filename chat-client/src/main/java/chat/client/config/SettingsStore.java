package chat.client.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes the settings file. A file that cannot be read as settings (bad JSON, wrong
 * types) is a <em>broken</em> file: loading gives the defaults and says why, and the file is
 * kept exactly as it is: every save is refused while it exists, so the user's text is never
 * overwritten; once the user deletes it (or fixes it and restarts), saving works again. Keys this
 * version does not know are kept across saves. Writes are atomic: a temporary file in the same
 * folder, then a move over the old one.
 */
public final class SettingsStore {
    private static final String TEMP_PREFIX = ".config-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final Set<String> KNOWN_KEYS = Arrays.stream(Settings.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** How loading went. */
    public enum LoadStatus { LOADED, MISSING, BROKEN }

    /** How saving went. */
    public enum SaveStatus { SAVED, REFUSED_BROKEN_FILE, FAILED }

    /**
     * The outcome of {@link #load()}.
     *
     * @param settings what to use (the defaults unless LOADED)
     * @param status   loaded, missing or broken
     * @param problem  for BROKEN: a short description of what is wrong; otherwise null
     */
    public record LoadResult(Settings settings, LoadStatus status, String problem) {
    }

    /**
     * The outcome of {@link #save(Settings)}.
     *
     * @param status  saved, refused (a broken file is in the way) or failed
     * @param problem for FAILED: the I/O problem; otherwise null
     */
    public record SaveResult(SaveStatus status, String problem) {
        public boolean saved() {
            return status == SaveStatus.SAVED;
        }
    }

    private final Path file;
    private volatile boolean brokenFileKept;
    private volatile ObjectNode unknownKeys = MAPPER.createObjectNode();

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The settings file of this user ({@link ConfigLocation#forThisUser()}). */
    public static SettingsStore forThisUser() {
        return new SettingsStore(ConfigLocation.forThisUser());
    }

    public Path file() {
        return file;
    }

    /** True while a broken settings file is kept untouched and saving is refused. */
    public boolean isBlockedByBrokenFile() {
        return brokenFileKept && Files.exists(file);
    }

    /** Reads the file; never throws. */
    public LoadResult load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            brokenFileKept = false;
            return new LoadResult(Settings.defaults(), LoadStatus.MISSING, null);
        } catch (IOException | RuntimeException e) {
            return broken(describe(e));
        }
        if (text.isBlank()) {
            brokenFileKept = false;
            return new LoadResult(Settings.defaults(), LoadStatus.MISSING, null);
        }
        try {
            JsonNode tree = MAPPER.readTree(text);
            if (!(tree instanceof ObjectNode object)) {
                return broken("not a JSON object");
            }
            Settings settings = MAPPER.treeToValue(object, Settings.class);
            ObjectNode unknown = MAPPER.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!KNOWN_KEYS.contains(field.getKey())) {
                    unknown.set(field.getKey(), field.getValue());
                }
            }
            unknownKeys = unknown;
            brokenFileKept = false;
            return new LoadResult(settings, LoadStatus.LOADED, null);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return broken(describe(e));
        }
    }

    /** Writes {@code settings} atomically, unless a broken file is in the way. Never throws. */
    public SaveResult save(Settings settings) {
        if (isBlockedByBrokenFile()) {
            return new SaveResult(SaveStatus.REFUSED_BROKEN_FILE, null);
        }
        brokenFileKept = false;
        Path temp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            ObjectNode out = MAPPER.valueToTree(settings);
            out.setAll(unknownKeys.deepCopy());
            temp = Files.createTempFile(dir, TEMP_PREFIX, TEMP_SUFFIX);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap((MAPPER.writeValueAsString(out) + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true); // on disk before it replaces the old file: a crash leaves one or the other
            }
            moveIntoPlace(temp);
            temp = null;
            return new SaveResult(SaveStatus.SAVED, null);
        } catch (IOException | RuntimeException e) {
            return new SaveResult(SaveStatus.FAILED, describe(e));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless; the settings file is untouched
                }
            }
        }
    }

    private void moveIntoPlace(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private LoadResult broken(String problem) {
        brokenFileKept = true;
        return new LoadResult(Settings.defaults(), LoadStatus.BROKEN, problem);
    }

    private static String describe(Exception e) {
        if (e instanceof JsonProcessingException json) {
            String message = json.getOriginalMessage();
            if (json.getLocation() != null) {
                return message + " (line " + json.getLocation().getLineNr() + ", column "
                        + json.getLocation().getColumnNr() + ")";
            }
            return message;
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }
}
