package dev.newsmon.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The module's labelled article files (src/test/resources/labelled), the text the differential tests compare on. */
public final class LabelledFixtures {

    private LabelledFixtures() {
    }

    /** File name to whole file text (header lines included), in name order. */
    public static Map<String, String> texts() {
        try (Stream<Path> files = Files.list(Path.of(LabelledFixtures.class.getResource("/labelled").toURI()))) {
            Map<String, String> out = new TreeMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                out.put(file.getFileName().toString(), Files.readString(file));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
