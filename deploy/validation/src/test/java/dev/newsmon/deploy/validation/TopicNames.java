package dev.newsmon.deploy.validation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import dev.newsmon.events.Topics;

/** Every topic name constant in {@link Topics}: the contract the deployment files must match. */
final class TopicNames {

    private TopicNames() {
    }

    static Set<String> all() {
        Set<String> names = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
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
