package ma.remacto.chaos;

import java.io.IOException;
import java.util.List;

/** Signals sent to the platform's processes, by pid. */
final class Signals {

    private Signals() {
    }

    /** SIGKILL, then waits until the process is gone. */
    static void kill(ProcessHandle process) {
        process.destroyForcibly();
        process.onExit().join();
    }

    /** SIGKILL of a process and everything it started. */
    static void killTree(ProcessHandle process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.onExit().join();
        descendants.forEach(child -> child.onExit().join());
    }

    static void stop(long pid) throws IOException, InterruptedException {
        send("STOP", pid);
    }

    static void resume(long pid) throws IOException, InterruptedException {
        send("CONT", pid);
    }

    private static void send(String signal, long pid) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IOException("kill -" + signal + " " + pid + " exited with " + exit);
        }
    }
}
