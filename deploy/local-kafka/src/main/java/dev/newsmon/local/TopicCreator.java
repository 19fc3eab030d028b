package dev.newsmon.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

import dev.newsmon.events.Topics;

/** Creates every topic named in {@link Topics}; already existing topics are left as they are. */
final class TopicCreator {

    private TopicCreator() {
    }

    static int run(List<String> argList) {
        Args args = Args.parse(argList, Set.of("--partitions"), Set.of());
        int partitions = args.intOption("--partitions", 1);
        if (partitions < 1) {
            throw new Tools.UsageException("--partitions must be at least 1");
        }
        List<NewTopic> wanted = new ArrayList<>();
        for (String name : topicNames()) {
            NewTopic topic = new NewTopic(name, Topics.COMPACTED.contains(name) ? 1 : partitions, (short) 1);
            if (Topics.COMPACTED.contains(name)) {
                topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            }
            wanted.add(topic);
        }
        int created = 0;
        try (Admin admin = Kafka.admin()) {
            var result = admin.createTopics(wanted);
            for (NewTopic topic : wanted) {
                try {
                    result.values().get(topic.name()).get();
                    created++;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw Kafka.unreachable(e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        System.out.println("topics: " + created + " created, " + (wanted.size() - created) + " already there ("
                + wanted.size() + " in all)");
        return 0;
    }

    /** Every contract topic, so a topic added to the contracts is created without touching this tool. */
    static List<String> topicNames() {
        return Topics.ALL;
    }
}
