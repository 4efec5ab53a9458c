package chat.client.cli;

import chat.client.ChatClient;
import chat.client.ClientVersion;
import chat.client.Messages;
import chat.client.config.LanguageChoice;
import chat.client.config.Settings;
import chat.client.config.SettingsStore;
import chat.client.console.ChatConsole;
import chat.client.console.ConsoleErrorStream;
import chat.client.console.HistoryLocation;
import chat.client.console.Renderer;
import chat.client.net.HostPort;
import chat.client.lesson.DisplayFormat;
import chat.client.lesson.LessonFeatures;
import chat.client.lesson.LessonText;
import chat.client.lesson.MessageFormatter;
import chat.client.net.LinkConfig;
import chat.client.plain.LineEnding;
import chat.client.plain.PlainTextClient;
import chat.core.protocol.Protocol;
import chat.core.text.NickRules;
import chat.server.ChatServer;
import chat.server.ServerConfig;
import chat.server.cli.ServerCommand;
import chat.client.ClientOptions;
import chat.image.receive.DownloadFolder;
import chat.image.render.ImageMode;
import chat.tank.TankSettings;
import chat.tank.sim.TankSimCommand;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code chat} command line: with no argument, hosts a room on this machine and joins it;
 * with {@code HOST[:PORT]}, joins the room there; subcommands run the headless server and the
 * tank simulator.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, versionProvider = ChatCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"A classroom chat in the terminal.",
            "With no HOST: hosts a room on port 5050 of this machine and joins it.",
            "With HOST[:PORT]: joins the room there (default port 5050; IPv6 as [::1]:5050)."},
        subcommands = {ServerCommand.class, TankSimCommand.class})
public final class ChatCommand implements Callable<Integer> {
    /** JLine logs through java.util.logging; keep a strong reference so the level sticks. */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");
    private static final String LOOPBACK = "127.0.0.1";
    private static final int INTERRUPTED_EXIT = 130;

    @Parameters(index = "0", arity = "0..1", paramLabel = "HOST[:PORT]",
            description = "The room to join. Without it, host a room here and join it.")
    private String target;

    @Option(names = "--nick", paramLabel = "NAME", description = "Your nick (default: your user name).")
    private String nick;

    @Option(names = "--password", paramLabel = "SECRET",
            description = "The room's password; when hosting, the password others must give.")
    private String password;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + Protocol.DEFAULT_PORT,
            description = "When hosting: the port to listen on (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--motd", paramLabel = "TEXT", description = "When hosting: the message of the day.")
    private String motd;

    @Option(names = "--timestamps", description = "Show the time of each line.")
    private boolean timestamps;

    @Option(names = "--images", paramLabel = "MODE", defaultValue = "auto",
            description = "How received pictures are shown: auto, kitty, iterm, sixel, blocks or off (default: ${DEFAULT-VALUE}).")
    private String images;

    @Option(names = "--downloads", paramLabel = "DIR",
            description = "Where received pictures are saved (default: your pictures folder, subfolder chat).")
    private Path downloads;

    @Option(names = "--tank-keepalive", paramLabel = "NAME",
            description = "The Mini-Tank's keep-alive command: the handout's " + TankSettings.HANDOUT_KEEP_ALIVE
                    + " (default), or hearthbeat as the robot's own code spells it.")
    private String tankKeepAlive;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "How messages look: default (IP nick: text), lesson (moi: / eux:), compact, or a template "
                    + "with {time} {n} {ip} {nick} {you} {who} {private} {text}.")
    private String format;

    @Option(names = "--counter", negatable = true, description = "Number the messages (--no-counter: don't).")
    private Boolean counter;

    @Option(names = "--lang", paramLabel = "fr|en",
            description = "The interface language (default: the settings file, then LANG).")
    private String lang;

    @Option(names = "--line", paramLabel = "HOST:PORT",
            description = "Talk to a plain text server (nc, a Python script, the lesson's program) instead of a room.")
    private String line;

    @Option(names = "--eol", paramLabel = "lf|crlf|none", defaultValue = "lf",
            description = "With --line: what ends each line sent (default: ${DEFAULT-VALUE}).")
    private String eol;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The settings file (default: $XDG_CONFIG_HOME/chat/config.json or ~/.config/chat/config.json).")
    private Path configFile;

    /** The settings file's contents (or the defaults) and what to tell the user about it at start. */
    private Settings settings = Settings.defaults();
    private SettingsStore store;
    private final List<String> startupProblems = new ArrayList<>();

    public static void main(String[] args) {
        JLINE_LOG.setLevel(Level.OFF);
        System.exit(commandLine().execute(args));
    }

    /** The command line with its subcommands, ready to execute. */
    public static CommandLine commandLine() {
        return new CommandLine(new ChatCommand());
    }

    @Override
    public Integer call() throws IOException {
        if (lang != null && !LanguageChoice.isSupported(lang)) {
            System.err.println("chat: " + LessonText.get("lang.invalid", lang));
            return CommandLine.ExitCode.USAGE;
        }
        loadSettings();
        try {
            options();
            displayFormat();
        } catch (IllegalArgumentException e) {
            System.err.println("chat: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        if (line != null) {
            return plainMode();
        }
        HostPort server;
        try {
            server = target == null ? null : HostPort.parse(target);
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.get("bad.address", target, e.getMessage()));
            return CommandLine.ExitCode.USAGE;
        }
        if (server == null && settings.server() != null) {
            try {
                server = HostPort.parse(settings.server());
            } catch (IllegalArgumentException e) {
                startupProblems.add(LessonText.get("config.ignored", "server", e.getMessage()));
            }
        }
        try (Terminal terminal = TerminalBuilder.builder().name("chat").system(true).dumb(true).build()) {
            // Ctrl-C outside the prompt (a command running, the tank connecting): leave through the
            // shutdown hooks, which say BYE to the room and disconnect to the robot.
            terminal.handle(Terminal.Signal.INT, signal -> System.exit(INTERRUPTED_EXIT));
            return run(terminal, server);
        }
    }

    private int run(Terminal terminal, HostPort joinTarget) {
        PrintStream originalErr = System.err;
        HostPort server = joinTarget == null ? new HostPort(LOOPBACK, port) : joinTarget;
        LinkConfig config = LinkConfig.of(server, defaultNick(), password);
        ChatClient client = new ChatClient(terminal, config, timestamps(),
                HistoryLocation.forThisUser().orElse(null), options(), lessonFeatures());
        Renderer renderer = client.session().renderer();
        client.console().print(renderer.status(LessonText.get("banner")));
        startupProblems.forEach(problem -> client.console().print(renderer.problem(problem)));
        System.setErr(new PrintStream(new ConsoleErrorStream(client.console()), true, StandardCharsets.UTF_8));
        ChatServer hosted = null;
        try {
            if (joinTarget == null) {
                try {
                    hosted = host();
                    client.console().print(renderer.status(Messages.get("host.started", String.valueOf(hosted.port()),
                            joinHint(hosted.port()))));
                } catch (Exception e) {
                    if (!isAddressInUse(e)) {
                        client.console().print(renderer.problem(Messages.get("host.failed", String.valueOf(port),
                                String.valueOf(e.getMessage()))));
                        return CommandLine.ExitCode.SOFTWARE;
                    }
                    client.console().print(renderer.status(Messages.get("host.in.use", String.valueOf(port))));
                }
            }
            ChatServer room = hosted;
            Thread onSignal = new Thread(() -> {
                client.session().close();
                if (room != null) {
                    room.shutdown();
                }
            }, "chat-exit");
            Runtime.getRuntime().addShutdownHook(onSignal);
            client.run();
            return CommandLine.ExitCode.OK;
        } finally {
            if (hosted != null) {
                hosted.shutdown();
            }
            System.setErr(originalErr);
        }
    }

    private ClientOptions options() {
        Path folder = downloads != null ? downloads
                : settings.downloadFolder() != null ? Path.of(settings.downloadFolder()) : DownloadFolder.defaultFolder();
        String keepAlive = tankKeepAlive != null ? tankKeepAlive
                : settings.tankName() != null ? settings.tankName() : TankSettings.HANDOUT_KEEP_ALIVE;
        return new ClientOptions(ImageMode.parse(images), folder, TankSettings.defaults().withKeepAliveName(keepAlive));
    }

    /**
     * Reads the settings file and picks the interface language. A broken file gives the defaults
     * and a message; it is left as it is and nothing is saved over it (see {@link SettingsStore}).
     */
    private void loadSettings() {
        store = configFile != null ? new SettingsStore(configFile) : SettingsStore.forThisUser();
        SettingsStore.LoadResult loaded = store.load();
        settings = loaded.settings();
        Locale locale = LanguageChoice.resolve(lang, settings.language(), System.getenv());
        Messages.useLocale(locale);
        LessonText.useLocale(locale);
        // the picture and tank texts follow the JVM's default locale: the same choice for them
        Locale.setDefault(locale);
        if (loaded.status() == SettingsStore.LoadStatus.BROKEN) {
            startupProblems.add(LessonText.get("config.broken", store.file(), loaded.problem()));
        }
        startupProblems.addAll(LessonFeatures.check(settings));
    }

    /** The display format: {@code --format}, else the settings file's (if usable), else the default. */
    private DisplayFormat displayFormat() {
        if (format != null) {
            return DisplayFormat.parse(format);
        }
        if (settings.format() != null) {
            try {
                return DisplayFormat.parse(settings.format());
            } catch (IllegalArgumentException e) {
                return DisplayFormat.standard();
            }
        }
        return DisplayFormat.standard();
    }

    private boolean timestamps() {
        return timestamps || settings.timestampsOn();
    }

    private LessonFeatures lessonFeatures() {
        Clock clock = Clock.systemDefaultZone();
        boolean counting = counter != null ? counter : settings.counterOn();
        return new LessonFeatures(settings, store, new MessageFormatter(displayFormat(), counting, timestamps(), clock),
                new Random(), clock);
    }

    /** {@code --line HOST:PORT}: plain text through the console, for servers that speak no chat protocol. */
    private int plainMode() throws IOException {
        HostPort server;
        try {
            server = HostPort.parse(line);
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.get("bad.address", line, e.getMessage()));
            return CommandLine.ExitCode.USAGE;
        }
        LineEnding ending;
        try {
            ending = LineEnding.parse(eol);
        } catch (IllegalArgumentException e) {
            System.err.println("chat: " + LessonText.get("eol.invalid", eol));
            return CommandLine.ExitCode.USAGE;
        }
        try (Terminal terminal = TerminalBuilder.builder().name("chat").system(true).dumb(true).build()) {
            ChatConsole console = new ChatConsole(terminal, HistoryLocation.forThisUser().orElse(null), List::of,
                    defaultNick());
            Renderer renderer = new Renderer(false);
            startupProblems.forEach(problem -> console.print(renderer.problem(problem)));
            PlainTextClient client = new PlainTextClient(console, server, ending, lessonFeatures()::expand);
            Runtime.getRuntime().addShutdownHook(new Thread(client::close, "chat-exit"));
            return client.run() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.SOFTWARE;
        }
    }

    /** What others type to join: {@code ./chat 192.168.0.2:6000}, one per address of this machine. */
    private static String joinHint(int port) {
        String suffix = port == Protocol.DEFAULT_PORT ? "" : ":" + port;
        List<String> addresses = ServerCommand.ipv4Addresses();
        if (addresses.isEmpty()) {
            return "./chat " + Messages.get("host.this.machine") + suffix;
        }
        StringBuilder hint = new StringBuilder();
        for (String address : addresses) {
            hint.append(hint.length() == 0 ? "" : ", ").append("./chat ").append(address).append(suffix);
        }
        return hint.toString();
    }

    private ChatServer host() throws IOException {
        ServerConfig config = ServerConfig.defaults()
                .withListen(List.of(new InetSocketAddress(port)))
                .withMotd(motd == null ? "" : motd)
                .withPassword(password);
        return ChatServer.start(config);
    }

    private String defaultNick() {
        if (nick != null) {
            return nick;
        }
        if (settings.nick() != null && NickRules.isValid(settings.nick())) {
            return settings.nick();
        }
        String user = System.getProperty("user.name");
        return user != null && NickRules.isValid(user) ? user : null;
    }

    private static boolean isAddressInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"chat " + ClientVersion.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
