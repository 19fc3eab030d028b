package dev.newsmon.deploy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsmon.deploy.validation.ServiceConfig.Service;

/**
 * The container images the Maven profile "images" writes to {@code <service>/target/jib-image.tar}
 * (and the offline base image): non-root, container-aware JVM flags, the service's port, a Java
 * runtime and the health-check tool inside. Skipped, saying so, when the images were not built.
 */
class ImagesTest {

    private static final String BASE = "deploy/images/target/newsmon-jre-base.tar";

    @ParameterizedTest
    @EnumSource(Service.class)
    void serviceImageRunsAsNonRootWithContainerAwareJvmAndItsPort(Service which) {
        Path tar = Repo.file(which.module + "/target/jib-image.tar");
        if ("true".equals(System.getenv("CI")) && ServiceConfig.of(which).dependsOn("quarkus-container-image-jib")) {
            // On CI the profile "images" is active (root pom): a missing tarball means the image build broke.
            assertThat(tar).as(which.module + " image built by the profile \"images\" on CI").isRegularFile();
        }
        Assumptions.assumeTrue(Files.isRegularFile(tar), "SKIPPED: " + which.module + "/target/jib-image.tar not built "
                + "(build with -Pimages, docs/deploy.md): the image was NOT checked");
        Image image = Image.read(tar);
        JsonNode config = image.config.path("config");
        assertThat(config.path("User").asText()).as(which.module + " image user").isNotBlank().isNotIn("0", "root", "0:0");
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
        assertThat(entrypoint).as(which.module + " entrypoint").startsWith("java")
                .contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError").endsWith("-jar", "quarkus-run.jar");
        assertThat(config.path("WorkingDir").asText()).isEqualTo("/home/jboss");
        int port = ServiceConfig.of(which).httpPort();
        assertThat(config.path("ExposedPorts").has(port + "/tcp")).as(which.module + " exposes " + port).isTrue();
        assertThat(config.path("Env").toString()).contains("PATH=/opt/java/bin");
        assertThat(image.files).as(which.module + " image content")
                .contains("opt/java/bin/java", "bin/busybox", "bin/wget", "etc/passwd", "home/jboss/quarkus-run.jar",
                        "home/jboss/quarkus/quarkus-application.dat");
        assertThat(image.files.stream().anyMatch(f -> f.startsWith("home/jboss/lib/main/")))
                .as(which.module + " dependencies layer").isTrue();
    }

    @Test
    void offlineBaseImageHasARuntimeAndANonRootUser() {
        Path tar = Repo.file(BASE);
        Assumptions.assumeTrue(Files.isRegularFile(tar), "SKIPPED: " + BASE + " not built (deploy/images/build-base-image.sh)");
        Image image = Image.read(tar);
        assertThat(image.config.path("config").path("User").asText()).isEqualTo("185");
        assertThat(image.files).contains("opt/java/bin/java", "opt/java/lib/server/libjvm.so", "lib64/ld-linux-x86-64.so.2",
                "opt/java/lib/security/cacerts", "etc/passwd", "tmp", "var/lib/newsmon",
                // linked by native code unpacked at run time (RocksDB of Kafka Streams), not by the JDK
                "lib/x86_64-linux-gnu/libpthread.so.0", "lib/x86_64-linux-gnu/libdl.so.2",
                "lib/x86_64-linux-gnu/librt.so.1", "lib/x86_64-linux-gnu/libstdc++.so.6");
        assertThat(new String(image.contents.get("etc/passwd"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("newsmon:x:185:185:");
    }

    /** A docker-save tarball: its config and the union of its layers' paths. */
    private record Image(JsonNode config, Set<String> files, Map<String, byte[]> contents) {

        static Image read(Path tar) {
            Map<String, byte[]> entries = new HashMap<>();
            Set<String> files = new TreeSet<>();
            Map<String, byte[]> contents = new HashMap<>();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(tar))) {
                TarReader.read(in, (name, content) -> {
                    if (name.endsWith(".json")) {
                        entries.put(name, TarReader.readAll(content));
                    } else if (name.endsWith(".tar") || name.endsWith(".tar.gz")) {
                        readLayer(name, content, files, contents);
                    }
                });
                JsonNode manifest = Repo.JSON.readTree(entries.get("manifest.json")).get(0);
                JsonNode config = Repo.JSON.readTree(entries.get(manifest.path("Config").asText()));
                assertThat(config.path("rootfs").path("diff_ids").size()).as("layers in " + tar.getFileName())
                        .isEqualTo(manifest.path("Layers").size());
                return new Image(config, files, contents);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read image " + tar, e);
            }
        }

        private static void readLayer(String name, InputStream content, Set<String> files, Map<String, byte[]> contents) {
            try {
                InputStream layer = new BufferedInputStream(content);
                layer.mark(2);
                boolean gzip = layer.read() == 0x1f && layer.read() == 0x8b;
                layer.reset();
                InputStream plain = gzip ? new GZIPInputStream(layer) : layer;
                TarReader.read(plain, (path, data) -> {
                    String clean = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                    files.add(clean);
                    if (clean.equals("etc/passwd")) {
                        contents.put(clean, TarReader.readAll(data));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read layer " + name, e);
            }
        }
    }
}
