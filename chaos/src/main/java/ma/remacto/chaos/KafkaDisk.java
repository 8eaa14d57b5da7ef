package ma.remacto.chaos;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A small tmpfs under Kafka's log directory, so that a fault can fill the broker's disk: mounted
 * before the broker first starts, filled with a file, freed, and unmounted after the run. Mounting
 * needs root; when it is refused the fault kind is unavailable and the run says so.
 */
final class KafkaDisk implements AutoCloseable {

    private final Path mountPoint;
    private final String size;
    private boolean mounted;
    private String refusal;

    KafkaDisk(Path mountPoint, String size) {
        this.mountPoint = mountPoint;
        this.size = size;
    }

    /** Mounts the tmpfs; answers whether it is there. */
    boolean mount() throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mountPoint.toString())
                .redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes()).trim();
        mounted = mount.waitFor() == 0;
        refusal = mounted ? null : "mount -t tmpfs refused (" + output + ")";
        return mounted;
    }

    boolean mounted() {
        return mounted;
    }

    String refusal() {
        return refusal;
    }

    Path logDirectory() {
        return mountPoint.resolve("log");
    }

    private Path filler() {
        return mountPoint.resolve("filler");
    }

    /** Writes a file until the disk is full; answers the bytes written. */
    long fill() throws IOException {
        byte[] block = new byte[1 << 20];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(filler())) {
            while (true) {
                out.write(block);
                written += block.length;
            }
        } catch (IOException full) {
            return written;
        }
    }

    /** Keeps the disk full as the broker frees space (deleted segments, truncated indexes). */
    void topUp() throws IOException {
        byte[] block = new byte[64 << 10];
        try (OutputStream out = Files.newOutputStream(filler(), StandardOpenOption.APPEND)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // full again
        }
    }

    void free() throws IOException {
        Files.deleteIfExists(filler());
    }

    long freeBytes() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (mounted) {
            free();
            new ProcessBuilder("umount", mountPoint.toString()).inheritIO().start().waitFor();
            mounted = false;
        }
    }
}
