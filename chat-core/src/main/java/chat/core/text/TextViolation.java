package chat.core.text;

/** Why a text was refused by {@link TextRules}. */
public enum TextViolation {
    EMPTY("text is empty"),
    TOO_LONG("text is longer than the limit"),
    INVALID_UTF8("text is not valid UTF-8"),
    CONTROL_CHARACTER("text contains a control character (only tab and newline are allowed)");

    private final String message;

    TextViolation(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
