package dev.newsmon.local;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far consumer groups are behind their input topics, from committed offsets and end offsets. This
 * is how {@code replay --wait} knows the pipeline has processed everything: a service commits only after
 * it has written its outputs, so a group at the end of its input means the next topic is complete.
 */
final class ConsumerLag {

    private ConsumerLag() {
    }

    /** A consumer group and the topic it consumes, written {@code GROUP:TOPIC}. */
    record GroupTopic(String group, String topic) {
        static GroupTopic parse(String spec) {
            int colon = spec.indexOf(':');
            if (colon <= 0 || colon == spec.length() - 1) {
                throw new Tools.UsageException("expected GROUP:TOPIC, got '" + spec + "'");
            }
            return new GroupTopic(spec.substring(0, colon), spec.substring(colon + 1));
        }

        @Override
        public String toString() {
            return "group " + group + " on " + topic;
        }
    }

    /**
     * @param committedGroup false when the group has committed nothing on the topic yet
     */
    record Lag(long end, long committed, boolean committedGroup) {
        long behind() {
            return Math.max(0, end - committed);
        }
    }

    static int printLag(List<String> argList) {
        Args args = Args.parse(argList, Set.of(), Set.of());
        if (args.positional.isEmpty()) {
            throw new Tools.UsageException("usage: lag GROUP:TOPIC ...");
        }
        try (Admin admin = Kafka.admin()) {
            for (String spec : args.positional) {
                GroupTopic pair = GroupTopic.parse(spec);
                Lag lag = lag(admin, pair);
                if (lag == null) {
                    System.out.printf("  %-24s %-28s topic missing%n", pair.group(), pair.topic());
                } else if (!lag.committedGroup() && lag.end() > 0) {
                    System.out.printf("  %-24s %-28s %d records, nothing consumed yet%n", pair.group(), pair.topic(), lag.end());
                } else {
                    System.out.printf("  %-24s %-28s lag %d (%d of %d records)%n", pair.group(), pair.topic(),
                            lag.behind(), lag.committed(), lag.end());
                }
            }
        }
        return 0;
    }

    static int waitGroups(List<String> argList) {
        Args args = Args.parse(argList, Set.of("--timeout"), Set.of());
        int timeoutSeconds = args.intOption("--timeout", 300);
        if (args.positional.isEmpty()) {
            throw new Tools.UsageException("usage: wait-groups --timeout S GROUP:TOPIC ...");
        }
        List<GroupTopic> pairs = args.positional.stream().map(GroupTopic::parse).toList();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        Progress progress = new Progress();
        try (Admin admin = Kafka.admin()) {
            // In pipeline order: a stage's input is complete only once the stage before it has caught up,
            // so each topic's end offsets are read when its turn comes.
            for (GroupTopic pair : pairs) {
                while (true) {
                    Lag lag = lag(admin, pair);
                    if (lag != null && lag.behind() == 0) {
                        progress.done(pair + ": all " + lag.end() + " records processed");
                        break;
                    }
                    String state = lag == null ? "topic missing"
                            : lag.committed() + "/" + lag.end() + " processed, " + lag.behind() + " to go";
                    if (System.nanoTime() > deadline) {
                        progress.done(pair + ": " + state);
                        throw new Tools.ToolException("timed out after " + timeoutSeconds + " s: consumer group "
                                + pair.group() + " is behind on " + pair.topic() + " (" + state + ")");
                    }
                    progress.update("waiting for " + pair + ": " + state);
                    sleep(500);
                }
            }
        }
        return 0;
    }

    /** Null when the topic does not exist. */
    static Lag lag(Admin admin, GroupTopic pair) {
        try {
            Map<String, TopicDescription> described;
            try {
                described = admin.describeTopics(List.of(pair.topic())).allTopicNames().get(15, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
                    return null;
                }
                throw e;
            }
            List<TopicPartition> partitions = described.get(pair.topic()).partitions().stream()
                    .map(p -> new TopicPartition(pair.topic(), p.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest).all().get(15, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>(
                    admin.listConsumerGroupOffsets(pair.group()).partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS));
            long end = 0;
            long done = 0;
            boolean any = false;
            Map<TopicPartition, Long> gaps = new HashMap<>();
            for (TopicPartition tp : partitions) {
                long partitionEnd = ends.get(tp).offset();
                OffsetAndMetadata offset = committed.get(tp);
                end += partitionEnd;
                if (offset != null) {
                    any = true;
                    done += Math.min(offset.offset(), partitionEnd);
                    if (offset.offset() < partitionEnd) {
                        gaps.put(tp, offset.offset());
                    }
                }
            }
            // Transaction markers take offsets but are no records: a consumer that committed "last
            // record + 1" stays behind them forever. Count what is really left in the gap.
            if (!gaps.isEmpty()) {
                long markersOnly = markerOffsets(gaps, ends);
                done += markersOnly;
            }
            return new Lag(end, done, any);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw Kafka.unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Tools.ToolException("interrupted");
        }
    }

    /** Offsets in the gaps that hold no committed record (markers, aborted data); small gaps only. */
    static long markerOffsets(Map<TopicPartition, Long> gaps, Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends) {
        long skipped = 0;
        try (var reader = Kafka.reader()) {
            for (var gap : gaps.entrySet()) {
                long from = gap.getValue();
                long to = ends.get(gap.getKey()).offset();
                if (to - from > MAX_GAP_TO_INSPECT) {
                    continue;
                }
                reader.assign(List.of(gap.getKey()));
                reader.seek(gap.getKey(), from);
                long records = 0;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (reader.position(gap.getKey()) < to && System.nanoTime() < deadline) {
                    for (var record : reader.poll(java.time.Duration.ofMillis(200))) {
                        if (record.offset() < to) {
                            records++;
                        }
                    }
                }
                if (reader.position(gap.getKey()) >= to && records == 0) {
                    skipped += to - from;
                }
            }
        }
        return skipped;
    }

    private static final long MAX_GAP_TO_INSPECT = 50;

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Tools.ToolException("interrupted");
        }
    }

    /** One rewritten status line on a terminal; an occasional plain line in logs and CI. */
    static final class Progress {
        private final boolean terminal = System.console() != null;
        private String last = "";
        private long lastPrinted;

        void update(String line) {
            long now = System.nanoTime();
            if (terminal) {
                System.out.print("\r\033[K  " + line);
                System.out.flush();
            } else if (!line.equals(last) && now - lastPrinted > TimeUnit.SECONDS.toNanos(5)) {
                System.out.println("  " + line);
                lastPrinted = now;
            }
            last = line;
        }

        void done(String line) {
            if (terminal) {
                System.out.print("\r\033[K");
            }
            System.out.println("  " + line);
            last = "";
            lastPrinted = 0;
        }
    }
}
