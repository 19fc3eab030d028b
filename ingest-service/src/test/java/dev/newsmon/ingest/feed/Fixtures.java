package dev.newsmon.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Fixture documents of src/test/resources/feeds, with ${BASE} replaced by the fixture server's base URL. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String text(String name, String base) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return base == null ? text : text.replace("${BASE}", base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String name, String base) {
        return text(name, base).getBytes(StandardCharsets.UTF_8);
    }
}
