package dev.newsmon.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayerTest {

    @TempDir
    Path dir;

    @Test
    void ordersByPublishedThenNameWithUndatedFilesLast() throws IOException {
        write("c.txt", "title: C\nPublished: 2018-01-01T10:00:00+02:00\n---\nbody");
        write("a.txt", "title: A\npublished: 2018-01-01\n---\nbody");
        write("b.md", "\uFEFFtitle: B\npublished: 2017-12-31T23:30:00-05:00\n---\nbody");
        write("undated.txt", "title: U\npublished: yesterday\n---\nbody");
        write("no-header.txt", "just text\n");
        write("z.txt", "title: Z\npublished: 2018-01-01\n---\nbody");
        write("README.md", "the folder's notes");
        write("expected.json", "{}");

        var plan = Replayer.plan(dir);

        assertThat(plan).extracting(e -> e.file().getFileName().toString())
                .containsExactly("a.txt", "z.txt", "b.md", "c.txt", "no-header.txt", "undated.txt");
        assertThat(plan.get(2).published()).isEqualTo(Instant.parse("2018-01-01T04:30:00Z"));
        assertThat(plan.get(3).published()).isEqualTo(Instant.parse("2018-01-01T08:00:00Z"));
    }

    @Test
    void publishedIsReadOnlyFromTheHeader() throws IOException {
        write("x.txt", "title: X\n---\npublished: 2001-01-01\n");
        assertThat(Replayer.publishedOf(dir.resolve("x.txt"))).isNull();
    }

    @Test
    void verdictNamesStatusOrReason() {
        assertThat(Replayer.verdict(new Http.Response(200,
                "{\"accepted\":[{\"name\":\"a.txt\",\"id\":\"0123456789abcdef\",\"version\":2,\"status\":\"updated\"}],\"rejected\":[]}")))
                .isEqualTo(new Replayer.Verdict("updated", "accepted: updated (id 0123456789ab, version 2)"));
        assertThat(Replayer.verdict(new Http.Response(400,
                "{\"accepted\":[],\"rejected\":[{\"name\":\"b.txt\",\"line\":2,\"field\":\"published\",\"error\":\"not a date\"}]}")))
                .isEqualTo(new Replayer.Verdict("rejected", "rejected: line 2, published: not a date"));
        assertThat(Replayer.verdict(new Http.Response(400,
                "{\"accepted\":[],\"rejected\":[{\"name\":\"c.txt\",\"line\":0,\"field\":\"url\",\"error\":\"c.txt: url is missing\"}]}")))
                .isEqualTo(new Replayer.Verdict("rejected", "rejected: url: url is missing"));
        assertThat(Replayer.verdict(new Http.Response(503, "")).kind()).isEqualTo("failed");
        assertThat(Replayer.verdict(new Http.Response(500, "<html>boom</html>")).text())
                .isEqualTo("failed: unexpected answer HTTP 500: <html>boom</html>");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }
}
