package nngt.sim.api.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A folder that NNGT writes and owns file by file: a simulation's results folder, a generated project. Nothing
 * in it is deleted or replaced unless NNGT can prove it wrote it.
 *
 * <p><b>Proof of ownership.</b> The folder's manifest {@value #MANIFEST} lists every file NNGT wrote, with its
 * size and SHA-256. An entry of the folder is NNGT's when it is a regular file listed with the same size and
 * hash; anything else (a file the user added or edited, a symbolic link, an empty folder) is foreign. A listed
 * path that leaves the folder, also through symbolic links, makes the manifest untrustworthy and the folder is
 * refused.
 *
 * <p><b>Policies.</b> {@link Foreign#REFUSE} (a results folder): the folder is replaced as a whole, and a
 * folder holding foreign entries is refused before any work, naming them. {@link Foreign#KEEP} (a results folder
 * with {@code --force}, a generated project): foreign entries stay where they are and only NNGT's files are
 * replaced; a new file whose path a foreign entry occupies is refused, naming it.
 *
 * <p><b>Failures.</b> The new files are written into a hidden staging folder beside the destination; the commit
 * moves them into place, keeping NNGT's previous files in a hidden backup folder until the new ones are all
 * there, and puts them back when a move fails. Every failure therefore leaves the old files or the new ones,
 * complete. Closing without {@link #commit()} deletes the staging folder. Staging and backup folders carry a
 * marker with the process that made them; a later open removes those whose process is gone (a killed run).
 * Folders and files are created without explicit permissions, so they follow the user's umask.
 */
public final class ResultsFolder implements AutoCloseable {

    /** The manifest: one line per file NNGT wrote, {@code <sha-256> <size> <relative path>}. */
    public static final String MANIFEST = ".nngt-manifest";

    /** What to do with entries of an existing folder that NNGT did not write. */
    public enum Foreign {
        /** Refuse the folder, naming them. */
        REFUSE,
        /** Keep them and replace only NNGT's own files. */
        KEEP
    }

    private static final String MANIFEST_HEADER = "# Files written by NNGT: <sha-256> <size> <path>. "
            + "NNGT replaces or deletes only the files listed here, unchanged.";
    /* Markers of earlier versions, which recorded no hashes: their files cannot be proven NNGT's. */
    private static final List<String> EARLIER_MARKERS = List.of(".nngt-results", ".nngt-generated");
    private static final String TRANSIENT_MARKER = ".nngt-transient";
    private static final String STAGING = ".nngt-staging.";
    private static final String BACKUP = ".nngt-backup.";
    private static final SecureRandom NAMES = new SecureRandom();

    private final Path destination;
    private final Foreign policy;
    private final boolean keepOtherOwnFiles;
    private final String howToResolve;
    private final Path staging;
    private final List<String> warnings = new ArrayList<>();
    private boolean committed;

    private ResultsFolder(Path destination, Foreign policy, boolean keepOtherOwnFiles, String howToResolve,
            Path staging) {
        this.destination = destination;
        this.policy = policy;
        this.keepOtherOwnFiles = keepOtherOwnFiles;
        this.howToResolve = howToResolve;
        this.staging = staging;
    }

    /**
     * Opens a results folder that must hold nothing foreign ({@link Foreign#REFUSE}).
     *
     * @param destination  the folder to create or replace
     * @param howToResolve the end of a refusal of foreign entries, in the caller's words (e.g. "choose another
     *                     --out folder")
     * @return the open folder
     * @throws IOException when the destination cannot be used; see {@link #create(Path, Foreign, String)}
     */
    public static ResultsFolder create(Path destination, String howToResolve) throws IOException {
        return create(destination, Foreign.REFUSE, howToResolve);
    }

    /**
     * Opens a folder for writing: checks the destination, removes what killed runs left beside it, and creates
     * the staging folder.
     *
     * @param destination  the folder to create or replace; an empty path is refused
     * @param policy       what to do with entries NNGT did not write
     * @param howToResolve the end of a refusal of foreign entries, in the caller's words
     * @return the open folder
     * @throws IOException when the destination is not a folder, is read-only, holds foreign entries under
     *                     {@link Foreign#REFUSE}, has a manifest listing a path outside it, or when its parent
     *                     cannot be created or written; nothing is changed then
     */
    public static ResultsFolder create(Path destination, Foreign policy, String howToResolve) throws IOException {
        return open(destination, policy, false, howToResolve);
    }

    /**
     * Opens an existing folder to add files to it or replace some of NNGT's (plots drawn later from a run's
     * results): the commit keeps every other file, NNGT's and foreign, and the manifest lists NNGT's old files
     * with the new ones.
     *
     * @param folder       an existing folder
     * @param howToResolve the end of a refusal, in the caller's words
     * @return the open folder
     * @throws IOException when the folder is missing, read-only or has a manifest listing a path outside it
     */
    public static ResultsFolder addTo(Path folder, String howToResolve) throws IOException {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new java.nio.file.NoSuchFileException(folder.toString(), null, "no such folder");
        }
        return open(folder, Foreign.KEEP, true, howToResolve);
    }

    private static ResultsFolder open(Path destination, Foreign policy, boolean keepOtherOwnFiles,
            String howToResolve) throws IOException {
        if (destination == null || destination.toString().isBlank()) {
            throw new IllegalArgumentException("The folder to write is empty; name a folder.");
        }
        Path absolute = destination.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new IOException(absolute + " is the root of the file system; name a folder inside it.");
        }
        if (Files.exists(absolute)) {
            absolute = absolute.toRealPath();
            if (!Files.isDirectory(absolute)) {
                throw new IOException(absolute + " exists and is not a folder; choose another folder.");
            }
            Ownership ownership = Ownership.of(absolute);
            ownership.requireUsable(absolute, policy, howToResolve);
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        if (!Files.isWritable(parent)) {
            throw new AccessDeniedException(parent.toString(), null, "cannot write here; choose another folder");
        }
        removeLeftovers(parent, absolute.getFileName().toString());
        Path staging = newSibling(absolute, STAGING);
        Files.writeString(staging.resolve(TRANSIENT_MARKER), Transient.current().line());
        return new ResultsFolder(absolute, policy, keepOtherOwnFiles, howToResolve, staging);
    }

    /**
     * @return the staging folder: write the files here (sub-folders allowed) before the commit
     */
    public Path folder() {
        return staging;
    }

    /**
     * @param name a file name, relative
     * @return where to write that file before the commit
     */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /**
     * @return the folder that the commit creates or updates
     */
    public Path destination() {
        return destination;
    }

    /**
     * @return what the commit could not tidy up (a backup folder it could not delete), in words; the results are
     *         complete all the same
     */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Moves the staged files into the destination, with a manifest listing them.
     *
     * @return the files written, relative to the destination with '/' separators, sorted, without the manifest
     * @throws IOException when the destination changed since the open so that the policy refuses it, or when a
     *                     move fails; the previous files are then back in place
     */
    public List<String> commit() throws IOException {
        Files.delete(staging.resolve(TRANSIENT_MARKER));
        Map<String, FileEntry> written = Manifest.describe(staging);
        if (!Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            Files.writeString(staging.resolve(MANIFEST), Manifest.text(written));
            move(staging, destination);
        } else {
            Ownership ownership = Ownership.of(destination);
            ownership.requireUsable(destination, policy, howToResolve);
            Map<String, FileEntry> listed = new TreeMap<>(written);
            if (keepOtherOwnFiles) {
                Map<String, FileEntry> previous = Manifest.read(destination);
                ownership.own().stream().filter(file -> !written.containsKey(file))
                        .forEach(file -> listed.put(file, previous.get(file)));
            }
            Files.writeString(staging.resolve(MANIFEST), Manifest.text(listed));
            if (policy == Foreign.REFUSE) {
                replaceWhole();
            } else {
                replaceOwnFiles(ownership, written);
            }
        }
        committed = true;
        return List.copyOf(written.keySet());
    }

    /* The destination holds only NNGT's files: swap the folders, the old one through a backup. */
    private void replaceWhole() throws IOException {
        Path backup = siblingName(destination, BACKUP);
        move(destination, backup);
        // Marks the backup as this live process's, so that a concurrent open does not tidy it away.
        Files.writeString(backup.resolve(TRANSIENT_MARKER), Transient.current().line());
        try {
            move(staging, destination);
        } catch (IOException e) {
            move(backup, destination);
            Files.deleteIfExists(destination.resolve(TRANSIENT_MARKER));
            throw e;
        }
        deleteBackup(backup);
    }

    /* Foreign entries stay: move NNGT's old files aside, the new ones in, and restore on failure. */
    private void replaceOwnFiles(Ownership ownership, Map<String, FileEntry> written) throws IOException {
        List<String> occupied = new ArrayList<>();
        for (String file : written.keySet()) {
            ownership.foreignAt(file).ifPresent(occupied::add);
        }
        if (!occupied.isEmpty()) {
            throw new IOException(destination + " holds " + String.join(", ", occupied) + ", which NNGT did not "
                    + "write, where it would write its own files; move " + (occupied.size() == 1 ? "it" : "them")
                    + " away or " + howToResolve + ".");
        }
        Path backup = newSibling(destination, BACKUP);
        Files.writeString(backup.resolve(TRANSIENT_MARKER), Transient.current().line());
        Path oldManifest = destination.resolve(MANIFEST);
        if (Files.exists(oldManifest)) {
            Files.copy(oldManifest, backup.resolve(MANIFEST));
        }
        List<String> replaced = keepOtherOwnFiles
                ? ownership.own().stream().filter(written::containsKey).toList() : ownership.own();
        List<String> movedAside = new ArrayList<>();
        List<String> movedIn = new ArrayList<>();
        try {
            for (String file : replaced) {
                Files.createDirectories(backup.resolve(file).getParent());
                move(destination.resolve(file), backup.resolve(file));
                movedAside.add(file);
            }
            for (String file : written.keySet()) {
                Files.createDirectories(destination.resolve(file).getParent());
                move(staging.resolve(file), destination.resolve(file));
                movedIn.add(file);
            }
            move(staging.resolve(MANIFEST), destination.resolve(MANIFEST));
        } catch (IOException e) {
            for (String file : movedIn) {
                move(destination.resolve(file), staging.resolve(file));
            }
            for (String file : movedAside) {
                move(backup.resolve(file), destination.resolve(file));
            }
            throw e;
        }
        removeEmptyFolders(destination, replaced);
        deleteBackup(backup);
        // Only the empty sub-folders of the staging folder remain there.
        deleteTree(staging);
    }

    private void deleteBackup(Path backup) {
        try {
            deleteTree(backup);
        } catch (IOException e) {
            warnings.add("The previous files, kept in " + backup + " during the update, could not be deleted ("
                    + e.getMessage() + "); the next run into " + destination.getFileName() + " removes them.");
        }
    }

    /**
     * Deletes the staging folder unless it was committed.
     *
     * @throws IOException when a file cannot be deleted
     */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    /**
     * Deletes a folder that NNGT made and everything in it, without following symbolic links; nothing happens
     * when it does not exist.
     *
     * @param root the folder
     * @throws IOException when a file cannot be deleted
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException error) throws IOException {
                if (error != null) {
                    throw error;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /*
     * Staging and backup folders of this destination whose process is gone: a killed run's. A backup is
     * deleted only when its manifest proves every file in it NNGT's; a staging folder holds only files NNGT
     * was writing, which its marker proves.
     */
    private static void removeLeftovers(Path parent, String name) {
        String prefix = "." + name;
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.toList()) {
                String siblingName = sibling.getFileName().toString();
                boolean staging = siblingName.startsWith(prefix + STAGING);
                boolean backup = siblingName.startsWith(prefix + BACKUP);
                if ((!staging && !backup) || !Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Optional<Transient> marker = Transient.read(sibling.resolve(TRANSIENT_MARKER));
                if (marker.isPresent() && marker.get().alive()) {
                    continue;
                }
                // A staging folder is proven by its marker until the commit removes it, then by its manifest.
                boolean provenOurs = staging && (marker.isPresent() || isEmpty(sibling))
                        || Ownership.of(sibling).foreign().stream().allMatch(TRANSIENT_MARKER::equals);
                if (provenOurs) {
                    deleteTree(sibling);
                }
            }
        } catch (IOException | RuntimeException cannotTidy) {
            // Leftovers are tidied on a best-effort basis; they never stop a run.
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /* Folders that held only NNGT's old files and are empty now. */
    private static void removeEmptyFolders(Path root, List<String> oldFiles) throws IOException {
        TreeSet<Path> folders = new TreeSet<>((a, b) -> b.getNameCount() - a.getNameCount() != 0
                ? b.getNameCount() - a.getNameCount() : a.compareTo(b));
        for (String file : oldFiles) {
            for (Path folder = root.resolve(file).getParent(); !folder.equals(root); folder = folder.getParent()) {
                folders.add(folder);
            }
        }
        for (Path folder : folders) {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && isEmpty(folder)) {
                Files.delete(folder);
            }
        }
    }

    /* A new, empty sibling folder with a random name; created with the umask's permissions. */
    private static Path newSibling(Path destination, String kind) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(siblingName(destination, kind));
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 10) {
                    throw taken;
                }
            }
        }
    }

    private static Path siblingName(Path destination, String kind) {
        byte[] random = new byte[6];
        NAMES.nextBytes(random);
        return destination.resolveSibling("." + destination.getFileName() + kind + HexFormat.of().formatHex(random));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Size and SHA-256 of a file NNGT wrote. */
    private record FileEntry(long size, String sha256) {
    }

    /* Reading and writing the manifest. */
    private static final class Manifest {

        /* Every regular file under the folder, by relative path with '/' separators. */
        static Map<String, FileEntry> describe(Path folder) throws IOException {
            Map<String, FileEntry> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    String relative = relative(folder, file);
                    if (!relative.equals(MANIFEST)) {
                        files.put(relative, new FileEntry(Files.size(file), sha256(file)));
                    }
                }
            }
            return files;
        }

        static String text(Map<String, FileEntry> files) {
            StringBuilder text = new StringBuilder(MANIFEST_HEADER).append('\n');
            files.forEach((path, entry) -> text.append(entry.sha256()).append(' ').append(entry.size()).append(' ')
                    .append(path).append('\n'));
            return text.toString();
        }

        /*
         * The listed files; null when the folder has no manifest. A line that is not a clean relative path inside
         * the folder makes the whole manifest untrustworthy.
         */
        static Map<String, FileEntry> read(Path folder) throws IOException {
            Path manifest = folder.resolve(MANIFEST);
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            Path realFolder = folder.toRealPath();
            Map<String, FileEntry> files = new LinkedHashMap<>();
            int number = 0;
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(" ", 3);
                if (fields.length != 3 || !fields[0].matches("[0-9a-f]{64}") || !fields[1].matches("[0-9]{1,18}")) {
                    throw new IOException(manifest + " line " + number + " is not '<sha-256> <size> <path>'; the "
                            + "folder cannot be proven NNGT's.");
                }
                String path = fields[2];
                Path resolved = folder.resolve(path).normalize();
                if (path.isEmpty() || Path.of(path).isAbsolute() || !resolved.startsWith(folder)
                        || !relative(folder, resolved).equals(path) || leavesThroughLinks(realFolder, resolved)) {
                    throw new IOException(manifest + " line " + number + " lists '" + path + "', which leads "
                            + "outside " + folder + "; NNGT does not touch the folder.");
                }
                files.put(path, new FileEntry(Long.parseLong(fields[1]), fields[0]));
            }
            return files;
        }

        private static boolean leavesThroughLinks(Path realFolder, Path listed) throws IOException {
            // The deepest existing ancestor, with every link followed, must still lie inside the folder.
            Path existing = listed;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return true;
            }
            if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
                return true;
            }
            return !existing.toRealPath().startsWith(realFolder);
        }
    }

    /*
     * Which entries of an existing folder NNGT wrote (listed, same size and hash, regular files) and which it did
     * not.
     */
    private record Ownership(List<String> own, List<String> foreign, boolean earlierVersion, boolean hasManifest,
            List<String> readOnly) {

        static Ownership of(Path folder) throws IOException {
            Map<String, FileEntry> listed = Manifest.read(folder);
            boolean earlier = listed == null
                    && EARLIER_MARKERS.stream().anyMatch(m -> Files.exists(folder.resolve(m), LinkOption.NOFOLLOW_LINKS));
            List<String> own = new ArrayList<>();
            List<String> foreign = new ArrayList<>();
            List<String> readOnly = new ArrayList<>();
            if (!writable(folder)) {
                readOnly.add(".");
            }
            classify(folder, folder, listed == null ? Map.of() : listed, own, foreign, readOnly);
            return new Ownership(own, foreign, earlier, listed != null, readOnly);
        }

        /* Returns whether the folder holds anything of NNGT's. */
        private static boolean classify(Path root, Path folder, Map<String, FileEntry> listed, List<String> own,
                List<String> foreign, List<String> readOnly) throws IOException {
            List<Path> entries;
            try (Stream<Path> list = Files.list(folder)) {
                entries = list.sorted().toList();
            }
            boolean holdsOwn = false;
            for (Path entry : entries) {
                String relative = relative(root, entry);
                if (folder.equals(root) && relative.equals(MANIFEST)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory()) {
                    List<String> innerForeign = new ArrayList<>();
                    if (!writable(entry)) {
                        readOnly.add(relative + "/");
                    }
                    if (classify(root, entry, listed, own, innerForeign, readOnly)) {
                        holdsOwn = true;
                        foreign.addAll(innerForeign);
                    } else {
                        foreign.add(relative + "/");
                    }
                } else if (attributes.isRegularFile() && matches(entry, attributes, listed.get(relative))) {
                    own.add(relative);
                    holdsOwn = true;
                } else {
                    foreign.add(relative);
                }
            }
            return holdsOwn;
        }

        private static boolean matches(Path file, BasicFileAttributes attributes, FileEntry entry)
                throws IOException {
            return entry != null && attributes.size() == entry.size() && sha256(file).equals(entry.sha256());
        }

        /* Writable by its owner: a folder the user made read-only is left alone, also when NNGT runs as root. */
        private static boolean writable(Path folder) throws IOException {
            if (!Files.isWritable(folder)) {
                return false;
            }
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS)
                        .contains(PosixFilePermission.OWNER_WRITE);
            }
            return true;
        }

        void requireUsable(Path folder, Foreign policy, String howToResolve) throws IOException {
            if (!readOnly.isEmpty()) {
                throw new AccessDeniedException(folder.toString(), null, (readOnly.equals(List.of(".")) ? "the folder"
                        : String.join(", ", readOnly)) + " is read-only, so NNGT leaves it alone; make it writable "
                        + "(chmod -R u+w) or choose another folder");
            }
            if (earlierVersion) {
                throw new IOException(folder + " was written by an earlier version of NNGT, which recorded no "
                        + "hashes, so its files cannot be proven NNGT's; delete the folder yourself or choose "
                        + "another folder.");
            }
            if (policy == Foreign.REFUSE && !foreign.isEmpty()) {
                String what = !hasManifest ? "was not written by NNGT (it has no " + MANIFEST + ")"
                        : "holds " + describe(foreign) + ", which NNGT did not write or which changed since";
                throw new IOException(folder + " " + what + "; NNGT replaces only folders it wrote. Move "
                        + (hasManifest ? (foreign.size() == 1 ? "it" : "them") : "its content") + " away, or "
                        + howToResolve + ".");
            }
        }

        /* The foreign entry at a path NNGT wants to write, or at one of its parent folders. */
        Optional<String> foreignAt(String file) {
            for (String entry : foreign) {
                String bare = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
                if (file.equals(bare) || file.startsWith(bare + "/")) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }

        private static String describe(List<String> entries) {
            int shown = Math.min(entries.size(), 10);
            String list = String.join(", ", entries.subList(0, shown));
            return entries.size() > shown ? list + " and " + (entries.size() - shown) + " more" : list;
        }
    }

    /* The process that made a staging or backup folder, so that a later run leaves a live one alone. */
    private record Transient(long pid, String start) {

        static Transient current() {
            ProcessHandle self = ProcessHandle.current();
            return new Transient(self.pid(), self.info().startInstant().map(Instant::toString).orElse("?"));
        }

        static Optional<Transient> read(Path marker) {
            try {
                String[] fields = Files.readString(marker, StandardCharsets.UTF_8).trim().split(" ");
                return Optional.of(new Transient(Long.parseLong(fields[0]), fields[1]));
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            }
        }

        String line() {
            return pid + " " + start + "\n";
        }

        boolean alive() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(p -> p.info().startInstant().map(Instant::toString).orElse("?").equals(start))
                    .orElse(false);
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256.", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
