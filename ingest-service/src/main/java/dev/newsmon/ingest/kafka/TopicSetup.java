package dev.newsmon.ingest.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

import dev.newsmon.events.Topics;
import dev.newsmon.ingest.config.IngestConfig;

/**
 * Creates the topics ingest-service owns when they are missing (the CLI usually has), so that the
 * compacted ones are never auto-created with the delete policy and lose state.
 */
@ApplicationScoped
public class TopicSetup {

    private static final Logger LOG = Logger.getLogger(TopicSetup.class);

    @Inject
    KafkaClients clients;

    @Inject
    IngestConfig config;

    /** @return partition count of the feed registry topic, the basis of ownership */
    public int ensureTopics(long timeoutMillis) throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        try (Admin admin = Admin.create(clients.admin())) {
            Set<String> existing = admin.listTopics().names().get(timeoutMillis, TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            Map<String, String> compact = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            if (!existing.contains(Topics.FEEDS)) {
                missing.add(new NewTopic(Topics.FEEDS, config.feedPartitions(), (short) -1).configs(compact));
            }
            if (!existing.contains(Topics.FEED_STATE)) {
                missing.add(new NewTopic(Topics.FEED_STATE, config.feedPartitions(), (short) -1).configs(compact));
            }
            if (!existing.contains(Topics.INGEST_SEEN)) {
                missing.add(new NewTopic(Topics.INGEST_SEEN, 3, (short) -1).configs(compact));
            }
            if (!existing.contains(Topics.ARTICLES_RAW)) {
                missing.add(new NewTopic(Topics.ARTICLES_RAW, 3, (short) -1));
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(timeoutMillis, TimeUnit.MILLISECONDS);
                    LOG.infof("created topics %s", missing.stream().map(NewTopic::name).toList());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            TopicDescription feeds = admin.describeTopics(List.of(Topics.FEEDS)).allTopicNames()
                    .get(timeoutMillis, TimeUnit.MILLISECONDS).get(Topics.FEEDS);
            return feeds.partitions().size();
        }
    }
}
