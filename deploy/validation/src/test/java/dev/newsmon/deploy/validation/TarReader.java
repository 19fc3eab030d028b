package dev.newsmon.deploy.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Reads the entries of a tar stream (ustar, with GNU long names and pax path records), enough to look
 * inside image tarballs without a container engine. {@code onEntry} receives each entry's name and
 * its content stream, which it may read or ignore.
 */
final class TarReader {

    private TarReader() {
    }

    static void read(InputStream in, BiConsumer<String, InputStream> onEntry) throws IOException {
        byte[] header = new byte[512];
        String pendingName = null;
        while (readFully(in, header)) {
            if (isZero(header)) {
                return;
            }
            String name = string(header, 0, 100);
            String prefix = string(header, 345, 155);
            if (!prefix.isEmpty() && "ustar".equals(string(header, 257, 5))) {
                name = prefix + "/" + name;
            }
            long size = octal(header, 124, 12);
            char type = (char) header[156];
            long padded = (size + 511) / 512 * 512;
            if (type == 'L' || type == 'x') {
                byte[] data = in.readNBytes((int) size);
                in.skipNBytes(padded - size);
                String text = new String(data, StandardCharsets.UTF_8);
                pendingName = type == 'L' ? text.replace("\0", "") : paxPath(text, pendingName);
                continue;
            }
            if (pendingName != null) {
                name = pendingName;
                pendingName = null;
            }
            if (name.startsWith("./")) {
                name = name.substring(2);
            }
            BoundedInputStream content = new BoundedInputStream(in, size);
            onEntry.accept(name, content);
            content.skipRest();
            in.skipNBytes(padded - size);
        }
    }

    private static String paxPath(String records, String fallback) {
        for (String record : records.split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return fallback;
    }

    private static boolean readFully(InputStream in, byte[] buffer) throws IOException {
        int read = in.readNBytes(buffer, 0, buffer.length);
        return read == buffer.length;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String string(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] header, int offset, int length) {
        String text = string(header, offset, length).trim();
        return text.isEmpty() ? 0 : Long.parseLong(text, 8);
    }

    static byte[] readAll(InputStream in) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The content of one entry: reads stop at its end; closing it does not close the tar stream. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long size) {
            this.in = in;
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        void skipRest() throws IOException {
            in.skipNBytes(remaining);
            remaining = 0;
        }

        @Override
        public void close() {
            // the tar stream stays open
        }
    }
}
