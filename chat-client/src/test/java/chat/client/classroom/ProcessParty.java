package chat.client.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A room member run as a separate program (Python script, nc, socat), driven through stdin and stdout. */
final class ProcessParty implements Party {
    private static final long EXIT_WAIT_MILLIS = 2_000;

    private final String nick;
    private final Process process;
    private final OutputStream keyboard;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    ProcessParty(String nick, Path workDir, List<String> command) throws IOException {
        this.nick = nick;
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        this.process = builder.start();
        this.keyboard = process.getOutputStream();
        this.reader = new Thread(this::read, "party-" + nick);
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** True when {@code program} can be found on the PATH. */
    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (java.nio.file.Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String nick() {
        return nick;
    }

    /** Types one line (the program decides what it sends: with or without a newline). */
    @Override
    public void say(String text) throws IOException {
        keyboard.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    @Override
    public String seen() {
        return output.toString();
    }

    private void read() {
        byte[] buffer = new byte[4096];
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                all.write(buffer, 0, n);
                output.setLength(0);
                output.append(all.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the process went away: what it printed so far stays
        }
    }

    @Override
    public void close() {
        try {
            keyboard.close();
        } catch (IOException ignored) {
            // already closed
        }
        try {
            if (!process.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
