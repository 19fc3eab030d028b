package dev.newsmon.testing;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Rerunnable measurement of the embedded broker's start and stop times (not a test: timings
 * depend on the machine and its load, so they are printed, never asserted). Run as described in
 * testing/README.md; argument: number of start/stop cycles (default 5). The first cycle includes
 * class loading and JIT warm-up, which is what the first test class of a module pays.
 */
public final class BrokerStartupBench {

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Long> starts = new ArrayList<>();
        List<Long> stops = new ArrayList<>();
        for (int i = 0; i < cycles; i++) {
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker().start();
            broker.createTopics("bench.topic");
            try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                admin.listTopics().names().get();
            }
            starts.add(broker.startupMillis());
            long stopBegin = System.nanoTime();
            broker.close();
            stops.add((System.nanoTime() - stopBegin) / 1_000_000);
            System.out.printf("cycle %d: start %d ms, stop %d ms%n", i + 1, starts.get(i), stops.get(i));
        }
        System.out.printf("first start %d ms; later starts median %d ms; stops median %d ms; load average %.2f on %d cores%n",
                starts.get(0), median(starts.subList(Math.min(1, starts.size() - 1), starts.size())), median(stops),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.exit(0);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
