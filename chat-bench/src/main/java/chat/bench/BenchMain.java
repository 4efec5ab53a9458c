package chat.bench;

import java.util.Arrays;

import picocli.CommandLine;

/**
 * Entry point of the benchmark jar: {@code jmh ...} runs the JMH microbenchmarks, {@code server ...}
 * the chat server as the comparison forks it, anything else the comparison itself.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("server")) {
            ServerMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(new CommandLine(new LoadCommand()).execute(args));
    }
}
