package dev.newsmon.deploy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.newsmon.deploy.validation.ServiceConfig.Service;
import dev.newsmon.events.Topics;

/**
 * Every topic a service's configuration names is declared in {@link Topics#ALL}, so the deployments, which
 * create exactly that list, never leave a service's topic to broker auto-creation (off in Kubernetes).
 */
class ServiceTopicsTest {

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyConfiguredTopicIsAContractTopic(Service service) {
        assertThat(ServiceConfig.of(service).topics())
                .as("topics in %s/src/main/resources/application.properties missing from dev.newsmon.events.Topics.ALL",
                        service.module)
                .isSubsetOf(Topics.ALL);
    }
}
