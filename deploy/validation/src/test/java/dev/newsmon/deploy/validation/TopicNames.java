package dev.newsmon.deploy.validation;

import java.util.Set;
import java.util.TreeSet;

import dev.newsmon.events.Topics;

/** Every topic name constant in {@link Topics}: the contract the deployment files must match. */
final class TopicNames {

    private TopicNames() {
    }

    static Set<String> all() {
        return new TreeSet<>(Topics.ALL);
    }

    /** The contract topics plus any other topic a service names in its application.properties. */
    static Set<String> deployed() {
        Set<String> names = all();
        for (ServiceConfig.Service service : ServiceConfig.Service.values()) {
            names.addAll(ServiceConfig.of(service).topics());
        }
        return names;
    }

    static Set<String> compacted() {
        return new TreeSet<>(Topics.COMPACTED);
    }
}
