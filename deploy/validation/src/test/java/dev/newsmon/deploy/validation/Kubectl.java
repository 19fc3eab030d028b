package dev.newsmon.deploy.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs {@code kubectl kustomize}: env NEWSMON_KUBECTL, else kubectl on the PATH. */
final class Kubectl {

    private Kubectl() {
    }

    static Optional<Path> find() {
        String configured = System.getenv("NEWSMON_KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        return onPath("kubectl");
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static String version(Path kubectl) {
        try {
            return run(List.of(kubectl.toString(), "version", "--client"), 30).trim().replace('\n', ' ');
        } catch (RuntimeException e) {
            return "unknown version";
        }
    }

    static String kustomize(Path kubectl, Path dir) {
        return run(List.of(kubectl.toString(), "kustomize", dir.toString()), 60);
    }

    private static String run(List<String> command, int timeoutSeconds) {
        try {
            Path err = Files.createTempFile("kubectl", ".err");
            Path out = Files.createTempFile("kubectl", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectError(err.toFile()).redirectOutput(out.toFile())
                        .start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
                }
                String stdout = Files.readString(out, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", command) + " failed (exit " + process.exitValue() + "): "
                            + Files.readString(err, StandardCharsets.UTF_8));
                }
                return stdout;
            } finally {
                Files.deleteIfExists(err);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
