package dev.newsmon.deploy.validation;

import java.util.Set;
import java.util.TreeSet;

import dev.newsmon.events.Topics;

/** {@link Topics#ALL}: the topics the deployment files must create, no more and no fewer. */
final class TopicNames {

    private TopicNames() {
    }

    static Set<String> all() {
        return new TreeSet<>(Topics.ALL);
    }

    static Set<String> compacted() {
        return new TreeSet<>(Topics.COMPACTED);
    }
}
