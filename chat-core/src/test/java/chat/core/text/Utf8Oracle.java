package chat.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Test oracle: what the JDK's strict UTF-8 decoder and the protocol's text rules say about some bytes. */
final class Utf8Oracle {

    private Utf8Oracle() {
    }

    /** The decoded text, or null when the JDK's decoder reports the bytes as malformed. */
    static String decodeStrictly(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether the rules accept these bytes, computed independently of {@link TextRules#find}. */
    static boolean isAcceptable(byte[] bytes, int maxText) {
        String text = decodeStrictly(bytes);
        return text != null && bytes.length >= 1 && bytes.length <= maxText
                && text.codePoints().noneMatch(TextRules::isForbidden);
    }

    /**
     * Checks {@link TextRules#find} against the oracle; returns a description of the disagreement, or null.
     * Text the JDK decodes must never be called invalid UTF-8; text it refuses must never pass; and
     * the verdict (valid or not) must be the same.
     */
    static String disagreement(byte[] bytes, int maxText) {
        TextViolation found = TextRules.find(ByteBuffer.wrap(bytes), maxText);
        boolean decodable = decodeStrictly(bytes) != null;
        if (decodable && found == TextViolation.INVALID_UTF8) {
            return "valid UTF-8 reported as invalid";
        }
        if (!decodable && found == null) {
            return "invalid UTF-8 accepted";
        }
        if ((found == null) != isAcceptable(bytes, maxText)) {
            return "verdict " + found + " but oracle says acceptable=" + isAcceptable(bytes, maxText);
        }
        return null;
    }
}
