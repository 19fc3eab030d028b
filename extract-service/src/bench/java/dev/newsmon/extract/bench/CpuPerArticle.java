package dev.newsmon.extract.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Thread CPU time per article of {@link ExtractBenchmark}'s article, for a machine too busy for JMH's
 * wall-clock figures. Two modes:
 * <ul>
 * <li>{@code loop ROUNDS CALLS}: the current classes in a plain loop, one line per round; run it under
 * {@code java -XX:StartFlightRecording=settings=profile,...} to see where the time goes.</li>
 * <li>{@code ab OLD.cp NEW.cp BATCHES CALLS}: two versions of the extractor in one JVM, each from its own
 * class path file (one line, ':'-separated) through its own class loader, in alternating batches, so
 * both see the same machine load; prints the median CPU per article of each and their ratio. The first
 * third of the batches is warm-up. {@code extract-service/bench/ab.sh} builds the class paths.</li>
 * </ul>
 */
public final class CpuPerArticle {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Version(Object bench, Method extract) {
        static Version load(ClassLoader loader) throws ReflectiveOperationException {
            Class<?> type = loader.loadClass(ExtractBenchmark.class.getName());
            Object bench = type.getConstructor().newInstance();
            type.getMethod("setUp").invoke(bench);
            return new Version(bench, type.getMethod("extractOneArticle"));
        }

        /** Milliseconds of this thread's CPU per call, over {@code calls} calls. */
        double cpuMillisPerCall(int calls) throws ReflectiveOperationException {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                extract.invoke(bench);
            }
            return (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / calls;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("loop")) {
            Version current = Version.load(CpuPerArticle.class.getClassLoader());
            for (int round = 0, rounds = Integer.parseInt(args[1]); round < rounds; round++) {
                System.out.printf("round %d: %.3f ms CPU per article%n", round, current.cpuMillisPerCall(Integer.parseInt(args[2])));
            }
        } else if (args.length == 5 && args[0].equals("ab")) {
            Version a = Version.load(loader(args[1]));
            Version b = Version.load(loader(args[2]));
            int batches = Integer.parseInt(args[3]);
            int calls = Integer.parseInt(args[4]);
            List<Double> timesA = new ArrayList<>();
            List<Double> timesB = new ArrayList<>();
            for (int batch = 0; batch < batches; batch++) {
                boolean aFirst = batch % 2 == 0;
                double first = (aFirst ? a : b).cpuMillisPerCall(calls);
                double second = (aFirst ? b : a).cpuMillisPerCall(calls);
                if (batch >= batches / 3) {
                    timesA.add(aFirst ? first : second);
                    timesB.add(aFirst ? second : first);
                }
            }
            double medianA = median(timesA);
            double medianB = median(timesB);
            System.out.printf("A %s: median %.3f ms CPU per article%nB %s: median %.3f ms CPU per article%nB/A = %.2f%n",
                    args[1], medianA, args[2], medianB, medianB / medianA);
        } else {
            System.err.println("usage: CpuPerArticle loop ROUNDS CALLS | CpuPerArticle ab OLD.cp NEW.cp BATCHES CALLS");
            System.exit(2);
        }
    }

    private static ClassLoader loader(String classPathFile) throws Exception {
        String[] entries = Files.readString(Path.of(classPathFile)).strip().split(":");
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = Path.of(entries[i]).toUri().toURL();
        }
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
