package chat.client.classroom;

/** One member of the room in a classroom test: it says lines and collects everything it is shown. */
interface Party extends AutoCloseable {

    /** The nick it uses in the room. */
    String nick();

    /** Says one line to the room. */
    void say(String text) throws Exception;

    /** Everything it has printed or received so far. */
    String seen();

    @Override
    void close();
}
