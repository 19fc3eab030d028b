package dev.newsmon.ingest.rest;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Production defaults for the address guard: nothing allow-listed, so loopback is refused. */
public class StrictAddressProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("newsmon.ingest.allow-private", "");
    }
}
