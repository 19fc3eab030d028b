package dev.newsmon.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.MemoryRecords;
import org.apache.kafka.common.record.MemoryRecordsBuilder;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.record.TimestampType;

import dev.newsmon.events.json.Json;

/**
 * What Kafka's own record-batch codecs cost per synthetic 5 KB article (the pipeline bench's records), through the
 * client library's batch builder and reader as producers and consumers use them: thread CPU to build a batch of four
 * articles and to read it back, per codec, medians of alternated rounds in one JVM. Not a test: run it by hand, see
 * docs/benchmarks.md ("Pipeline").
 */
public final class CodecCost {

    private CodecCost() {
    }

    public static void main(String[] args) {
        SyntheticArticles generator = new SyntheticArticles("codec");
        List<byte[]> articles = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            articles.add(Json.write(generator.next(i % SyntheticArticles.stories(), "codec")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        List<CompressionType> types = List.of(CompressionType.NONE, CompressionType.LZ4, CompressionType.SNAPPY, CompressionType.ZSTD);
        int rounds = 9;
        int batches = 500;
        long[][] write = new long[types.size()][rounds];
        long[][] read = new long[types.size()][rounds];
        long[] bytes = new long[types.size()];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int t = 0; t < types.size(); t++) {
                Compression compression = Compression.of(types.get(t)).build();
                List<MemoryRecords> built = new ArrayList<>(batches);
                long start = threads.getCurrentThreadCpuTime();
                for (int b = 0; b < batches; b++) {
                    buffer.clear();
                    MemoryRecordsBuilder builder = MemoryRecords.builder(buffer, compression, TimestampType.CREATE_TIME, 0L);
                    for (int i = 0; i < 4; i++) {
                        builder.append(0L, null, articles.get((b * 4 + i) % articles.size()));
                    }
                    MemoryRecords records = builder.build();
                    ByteBuffer copy = ByteBuffer.allocate(records.sizeInBytes());
                    copy.put(records.buffer().duplicate()).flip();
                    built.add(MemoryRecords.readableRecords(copy));
                }
                long middle = threads.getCurrentThreadCpuTime();
                for (MemoryRecords records : built) {
                    for (RecordBatch batch : records.batches()) {
                        for (org.apache.kafka.common.record.Record record : batch) {
                            sink += record.value().remaining();
                        }
                    }
                }
                long end = threads.getCurrentThreadCpuTime();
                write[t][r] = (middle - start) / (batches * 4L);
                read[t][r] = (end - middle) / (batches * 4L);
                bytes[t] = built.stream().mapToLong(MemoryRecords::sizeInBytes).sum() / (batches * 4L);
            }
        }
        System.out.printf("%d articles of about %d bytes, batches of 4, %d rounds (sink %d)%n", articles.size(),
                articles.stream().mapToInt(a -> a.length).sum() / articles.size(), rounds, sink % 10);
        for (int t = 0; t < types.size(); t++) {
            Arrays.sort(write[t]);
            Arrays.sort(read[t]);
            System.out.printf("%-6s write %6.1f µs, read %6.1f µs, %5d bytes per article (medians)%n", types.get(t).name,
                    write[t][rounds / 2] / 1000.0, read[t][rounds / 2] / 1000.0, bytes[t]);
        }
    }
}
