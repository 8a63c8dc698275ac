import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step of the command-line distribution, run as a single-file program
 * ({@code java UnsignJars.java LIB_FOLDER}): removes the signature files of signed jars (Eclipse signs
 * its jars), because the JVM refuses to put classes of signed jars into a class-data-sharing archive,
 * which halves the start-up time of the short commands. Nothing else in the jars changes.
 */
public final class UnsignJars {

    private UnsignJars() {
    }

    /**
     * @param args the folder of jars
     * @throws IOException when a jar cannot be rewritten
     */
    public static void main(String[] args) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (isSigned(jar)) {
                    unsign(jar);
                }
            }
        }
    }

    private static boolean isSignature(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (isSignature(entry.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void unsign(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (isSignature(entry.getName())) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                copy(in, out);
                out.closeEntry();
            }
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[1 << 16];
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            out.write(buffer, 0, read);
        }
    }
}
