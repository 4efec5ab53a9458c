package chat.server.cli;

/**
 * Turns SIGINT and SIGTERM into a graceful stop that exits with status 0: the shutdown
 * notice reaches every member and the process does not die with 130 or 143.
 */
final class SignalStop {

    private SignalStop() {
    }

    static void install(Runnable stop) {
        Runnable once = new Runnable() {
            private boolean done;

            @Override
            public synchronized void run() {
                if (!done) {
                    done = true;
                    stop.run();
                }
            }
        };
        try {
            sun.misc.SignalHandler handler = signal -> {
                once.run();
                System.exit(0);
            };
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), handler);
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), handler);
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // no signal handling here: a shutdown hook still says goodbye
        }
        Runtime.getRuntime().addShutdownHook(new Thread(once, "chat-server-shutdown"));
    }
}
