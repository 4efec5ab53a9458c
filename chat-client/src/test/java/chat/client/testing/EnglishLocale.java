package chat.client.testing;

import chat.client.Messages;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Locale;

/**
 * Runs a test class in English whatever the machine's locale ({@code @ExtendWith(EnglishLocale.class)}):
 * the client's messages and the JVM default (which the picture and tank texts follow), restored afterwards.
 */
public final class EnglishLocale implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EnglishLocale.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("previous", Locale.getDefault());
        Locale.setDefault(Locale.ENGLISH);
        Messages.useLocale(Locale.ROOT);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale previous = context.getStore(NAMESPACE).get("previous", Locale.class);
        if (previous != null) {
            Locale.setDefault(previous);
        }
    }
}
