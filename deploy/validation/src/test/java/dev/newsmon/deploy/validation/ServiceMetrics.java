package dev.newsmon.deploy.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The meters the services register, read from their sources: Micrometer builders
 * ({@code Counter.builder("newsmon.x")}, {@code registry.counter("newsmon.x")}, ...) and annotations
 * ({@code @Counted("newsmon.x")}, {@code @Timed}), with names held in string constants resolved.
 * Prometheus names follow Micrometer's conventions: dots become underscores; counters end in
 * {@code _total}; timers add {@code _seconds} and export {@code _count}, {@code _sum}, {@code _max}
 * (and {@code _bucket} when a histogram is published).
 */
final class ServiceMetrics {

    enum Type { COUNTER, TIMER, GAUGE, SUMMARY, UNKNOWN }

    record Meter(String name, Type type, String service, boolean histogram) {
    }

    private static final Pattern BUILDER = Pattern.compile(
            "(Counter|Timer|Gauge|DistributionSummary|FunctionCounter|FunctionTimer|LongTaskTimer|TimeGauge)\\s*\\.\\s*builder\\(\\s*([A-Za-z_][A-Za-z0-9_.]*|\"[^\"]+\")");
    private static final Pattern REGISTRY_CALL = Pattern.compile(
            "\\.\\s*(counter|timer|gauge|summary|gaugeCollectionSize|gaugeMapSize)\\(\\s*([A-Za-z_][A-Za-z0-9_.]*|\"[^\"]+\")");
    private static final Pattern ANNOTATION = Pattern.compile(
            "@(Counted|Timed)\\(\\s*(?:value\\s*=\\s*)?([A-Za-z_][A-Za-z0-9_.]*|\"[^\"]+\")");
    private static final Pattern CONSTANT = Pattern.compile(
            "(?:static\\s+final|final\\s+static)\\s+String\\s+([A-Z_][A-Z0-9_]*)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern HISTOGRAM = Pattern.compile(
            "publishPercentileHistogram|serviceLevelObjectives|percentiles-histogram|percentilesHistogram");

    private ServiceMetrics() {
    }

    /** Every meter of the three services, keyed by its Micrometer name. */
    static Map<String, Meter> all() {
        Map<String, Meter> meters = new TreeMap<>();
        for (ServiceConfig.Service service : ServiceConfig.Service.values()) {
            scan(service.module, meters);
        }
        return meters;
    }

    /** Which meter a Prometheus series name comes from, if any. */
    static Optional<Meter> meterOf(String series, Map<String, Meter> meters) {
        for (Meter meter : meters.values()) {
            String base = meter.name().replace('.', '_').replace('-', '_');
            List<String> accepted = switch (meter.type()) {
                case COUNTER -> List.of(base + "_total");
                case TIMER -> meter.histogram()
                        ? List.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max", base + "_seconds_bucket")
                        : List.of(base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max");
                case SUMMARY -> meter.histogram()
                        ? List.of(base + "_count", base + "_sum", base + "_max", base + "_bucket")
                        : List.of(base + "_count", base + "_sum", base + "_max");
                case GAUGE -> List.of(base);
                case UNKNOWN -> List.of(base, base + "_total", base + "_count", base + "_sum", base + "_max",
                        base + "_bucket", base + "_seconds_count", base + "_seconds_sum", base + "_seconds_max",
                        base + "_seconds_bucket");
            };
            if (accepted.contains(series)) {
                return Optional.of(meter);
            }
        }
        return Optional.empty();
    }

    private static void scan(String module, Map<String, Meter> meters) {
        Path dir = Repo.file(module + "/src/main/java");
        if (!Files.isDirectory(dir)) {
            return;
        }
        String config = Files.isRegularFile(Repo.file(module + "/src/main/resources/application.properties"))
                ? Repo.read(module + "/src/main/resources/application.properties") : "";
        Map<String, String> constants = new TreeMap<>();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Repo.read(file);
                all.append(source).append('\n');
                Matcher c = CONSTANT.matcher(source);
                while (c.find()) {
                    constants.put(c.group(1), c.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sources = all.toString();
        boolean histograms = HISTOGRAM.matcher(sources).find() || HISTOGRAM.matcher(config).find();
        collect(BUILDER.matcher(sources), constants, module, histograms, meters);
        collect(REGISTRY_CALL.matcher(sources), constants, module, histograms, meters);
        collect(ANNOTATION.matcher(sources), constants, module, histograms, meters);
    }

    private static void collect(Matcher m, Map<String, String> constants, String module, boolean histograms,
            Map<String, Meter> meters) {
        while (m.find()) {
            String argument = m.group(2);
            String name;
            if (argument.startsWith("\"")) {
                name = argument.substring(1, argument.length() - 1);
            } else {
                String constant = argument.contains(".") ? argument.substring(argument.lastIndexOf('.') + 1) : argument;
                name = constants.get(constant);
            }
            if (name == null || !name.startsWith("newsmon")) {
                continue;
            }
            Type type = switch (m.group(1)) {
                case "Counter", "FunctionCounter", "counter", "Counted" -> Type.COUNTER;
                case "Timer", "FunctionTimer", "LongTaskTimer", "timer", "Timed" -> Type.TIMER;
                case "Gauge", "TimeGauge", "gauge", "gaugeCollectionSize", "gaugeMapSize" -> Type.GAUGE;
                case "DistributionSummary", "summary" -> Type.SUMMARY;
                default -> Type.UNKNOWN;
            };
            Meter previous = meters.get(name);
            if (previous != null && previous.type() != type) {
                type = Type.UNKNOWN;
            }
            meters.put(name, new Meter(name, type, module, histograms));
        }
    }
}
