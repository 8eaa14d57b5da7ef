package ma.remacto.chaos;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The command that runs one of this module's main classes in a JVM of its own, with this JVM's
 * classes: from the executable jar through Spring Boot's PropertiesLauncher, otherwise (a test, an
 * IDE) from this JVM's class path.
 */
final class JavaMain {

    private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private JavaMain() {
    }

    static List<String> command(Class<?> mainClass, List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        String classPath = System.getProperty("java.class.path");
        if (isExecutableJar(classPath)) {
            command.addAll(List.of("-Dloader.main=" + mainClass.getName(), "-cp", classPath, PROPERTIES_LAUNCHER));
        } else {
            command.addAll(List.of("-cp", classPath, mainClass.getName()));
        }
        command.addAll(arguments);
        return command;
    }

    private static boolean isExecutableJar(String classPath) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/lib/") != null;
        } catch (IOException notAJar) {
            return false;
        }
    }
}
