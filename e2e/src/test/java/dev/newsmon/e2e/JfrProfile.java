package dev.newsmon.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * An optional CPU profile of one benchmark phase ({@code -Dbench.profile=true}): Java Flight Recorder in
 * each service (started and stopped with {@code jcmd}, so the services run exactly as otherwise until then)
 * and in the bench JVM, summarised as where the execution samples fall: by package and by method (the
 * sampled frame itself), and which newsmon methods are on the stack (inclusive).
 */
final class JfrProfile {

    private static final String NAME = "newsmon-bench";

    private JfrProfile() {
    }

    /** Starts a recording in another JVM. */
    static void start(long pid, Path file) throws IOException, InterruptedException {
        jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile", "filename=" + file);
    }

    /** Stops the recording in another JVM; the file is written then. */
    static void stop(long pid) throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=" + NAME);
    }

    /** A recording of this JVM. */
    static Recording startHere() throws IOException, java.text.ParseException {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>();
        args.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        args.add(Long.toString(pid));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed for pid " + pid + ": " + out);
        }
    }

    /** Markdown lines: total samples, then the top entries by package, by method, and newsmon methods inclusive. */
    static List<String> summary(String process, Path file, int top) {
        Map<String, Long> byPackage = new HashMap<>();
        Map<String, Long> byMethod = new HashMap<>();
        Map<String, Long> newsmonInclusive = new HashMap<>();
        long total = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                total++;
                RecordedMethod sampled = frames.get(0).getMethod();
                byPackage.merge(packageOf(sampled.getType().getName()), 1L, Long::sum);
                byMethod.merge(name(sampled), 1L, Long::sum);
                Set<String> onStack = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    if (frame.getMethod() != null && frame.getMethod().getType().getName().startsWith("dev.newsmon.")) {
                        onStack.add(name(frame.getMethod()));
                    }
                }
                for (String method : onStack) {
                    newsmonInclusive.merge(method, 1L, Long::sum);
                }
            }
        } catch (IOException e) {
            return List.of("**" + process + "**: recording unreadable: " + e.getMessage());
        }
        List<String> lines = new ArrayList<>();
        lines.add("**" + process + "**: " + total + " execution samples (Java code running on a CPU; time in native code such as"
                + " RocksDB or the network is not sampled).");
        lines.add("");
        lines.add("- by package (sampled frame): " + top(byPackage, total, top));
        lines.add("- by method (sampled frame): " + top(byMethod, total, top));
        lines.add("- newsmon methods on the stack (inclusive): " + top(newsmonInclusive, total, top));
        lines.add("");
        return lines;
    }

    private static String top(Map<String, Long> counts, long total, int top) {
        if (total == 0) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> parts.add(String.format("`%s` %.0f %%", e.getKey(), 100.0 * e.getValue() / total)));
        return String.join(", ", parts);
    }

    private static String name(RecordedMethod method) {
        String type = method.getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + method.getName();
    }

    /** Three package segments, four under org.apache (kafka.common, kafka.clients, kafka.streams differ). */
    private static String packageOf(String type) {
        String[] parts = type.split("\\.");
        int keep = type.startsWith("org.apache.") ? 4 : 3;
        if (parts.length - 1 <= keep) {
            return String.join(".", java.util.Arrays.copyOf(parts, Math.max(1, parts.length - 1)));
        }
        return String.join(".", java.util.Arrays.copyOf(parts, keep));
    }
}
