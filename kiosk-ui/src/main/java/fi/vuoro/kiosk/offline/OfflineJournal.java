package fi.vuoro.kiosk.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * An append-only journal file: one JSON record per line behind its CRC-32C, each append forced to the disk before
 * {@link #append} returns. A record that returned is therefore on the disk; a record torn by a crash or power loss
 * was never acknowledged, fails its checksum at the next open and is cut off there.
 */
final class OfflineJournal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OfflineJournal.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private FileChannel channel;

    /** What a reopened journal held: its records in order and how many damaged lines were skipped. */
    record Replay(OfflineJournal journal, List<JournalRecord> records, int damaged) {}

    private OfflineJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static Replay open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            var records = new ArrayList<JournalRecord>();
            int damaged = 0;
            long validLength = 0;
            if (Files.exists(file)) {
                byte[] bytes = Files.readAllBytes(file);
                int start = 0;
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] != '\n') continue;
                    var parsed = parse(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                    if (parsed == null) {
                        damaged++;
                    } else {
                        records.add(parsed);
                    }
                    start = i + 1;
                    validLength = start;
                }
                if (validLength < bytes.length) {
                    // A line without its newline: the write was cut off before it was acknowledged.
                    damaged++;
                    log.warn(
                            "offline journal {}: cutting off {} bytes of a torn last record",
                            file,
                            bytes.length - validLength);
                }
            }
            var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.truncate(validLength);
            channel.position(validLength);
            channel.force(true);
            forceDirectory(file);
            if (damaged > 0) log.warn("offline journal {}: {} damaged lines skipped", file, damaged);
            return new Replay(new OfflineJournal(file, channel), records, damaged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the offline journal " + file, e);
        }
    }

    /** Writes the record and forces it to the disk; when this returns, the record survives a crash. */
    synchronized void append(JournalRecord record) {
        try {
            var buffer = ByteBuffer.wrap(line(record));
            while (buffer.hasRemaining()) channel.write(buffer);
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the offline journal " + file, e);
        }
    }

    /**
     * Replaces the journal with {@code records} (compaction): written to a side file, forced, then renamed over the
     * journal in one step, so a crash leaves either the old or the new journal, never a mix.
     */
    synchronized void rewrite(List<JournalRecord> records) {
        var side = file.resolveSibling(file.getFileName() + ".compact");
        try (var out = FileChannel.open(
                side, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            for (var record : records) {
                var buffer = ByteBuffer.wrap(line(record));
                while (buffer.hasRemaining()) out.write(buffer);
            }
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact the offline journal " + file, e);
        }
        try {
            channel.close();
            Files.move(side, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(file);
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            channel.position(channel.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact the offline journal " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            log.warn("closing the offline journal: {}", e.getMessage());
        }
    }

    static byte[] line(JournalRecord record) {
        byte[] json = JSON.writeValueAsBytes(record);
        var crc = new CRC32C();
        crc.update(json);
        var head = HexFormat.of().toHexDigits((int) crc.getValue()) + " ";
        var out = new byte[head.length() + json.length + 1];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, out, 0, head.length());
        System.arraycopy(json, 0, out, head.length(), json.length);
        out[out.length - 1] = '\n';
        return out;
    }

    /** The record of one line, or {@code null} when its checksum or JSON does not hold. */
    static JournalRecord parse(String line) {
        if (line.length() < 10 || line.charAt(8) != ' ') return null;
        byte[] json = line.substring(9).getBytes(StandardCharsets.UTF_8);
        var crc = new CRC32C();
        crc.update(json);
        try {
            if ((int) crc.getValue() != HexFormat.fromHexDigits(line, 0, 8)) return null;
            return JSON.readValue(json, JournalRecord.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void forceDirectory(Path file) {
        // A new or renamed file is only durable once its directory entry is; Linux allows fsync on a directory.
        try (var dir = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("directory fsync not supported here: {}", e.getMessage());
        }
    }
}
