package nngt.sim.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngt.sim.api.io.ResultsFolder;
import nngt.sim.api.io.ResultsFolder.Foreign;

/**
 * A results folder is NNGT's or untouched: what it replaces, what it refuses, what it leaves after failures.
 */
class ResultsFolderTest {

    @TempDir
    Path root;

    private Path run(Path destination, Foreign policy, String... files) throws IOException {
        try (ResultsFolder results = ResultsFolder.create(destination, policy, "choose another --out folder")) {
            for (String file : files) {
                Files.createDirectories(results.file(file).getParent());
                Files.writeString(results.file(file), "content of " + file + " " + files.length);
            }
            results.commit();
            return results.destination();
        }
    }

    private List<String> hiddenSiblings() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void aRerunReplacesEveryFileItWroteAndLeavesNothingBeside() throws IOException {
        Path res = root.resolve("res1");
        run(res, Foreign.REFUSE, "spikes.csv", "plots/raster.png", "old_only.csv");
        assertTrue(Files.readString(res.resolve(ResultsFolder.MANIFEST)).contains(" plots/raster.png\n"));
        run(res, Foreign.REFUSE, "spikes.csv");
        assertEquals("content of spikes.csv 1", Files.readString(res.resolve("spikes.csv")));
        assertFalse(Files.exists(res.resolve("old_only.csv")));
        assertFalse(Files.exists(res.resolve("plots")));
        assertEquals(List.of(), hiddenSiblings(), "no staging or backup folder remains");
    }

    @Test
    void aFolderWithTheUsersFilesIsRefusedBeforeAnyWorkAndNamesThem() throws IOException {
        Path res = run(root.resolve("res1"), Foreign.REFUSE, "spikes.csv");
        Files.writeString(res.resolve("my_analysis.txt"), "mine");
        Files.createDirectories(res.resolve("figs"));
        Files.writeString(res.resolve("figs/fig1.svg"), "<svg/>");
        IOException refusal = assertThrows(IOException.class,
                () -> ResultsFolder.create(res, "choose another --out folder"));
        assertTrue(refusal.getMessage().contains("figs/, my_analysis.txt"), refusal.getMessage());
        assertTrue(refusal.getMessage().endsWith("choose another --out folder."), refusal.getMessage());
        assertEquals("mine", Files.readString(res.resolve("my_analysis.txt")));
        assertTrue(Files.exists(res.resolve("figs/fig1.svg")));
        assertEquals(List.of(), hiddenSiblings());
    }

    @Test
    void anEditedResultFileIsNoLongerNngtsAndIsNamed() throws IOException {
        Path res = run(root.resolve("res1"), Foreign.REFUSE, "spikes.csv", "run.csv");
        Files.writeString(res.resolve("run.csv"), "edited by hand");
        IOException refusal = assertThrows(IOException.class, () -> ResultsFolder.create(res, "choose another"));
        assertTrue(refusal.getMessage().contains("holds run.csv, which NNGT did not write or which changed"),
                refusal.getMessage());
    }

    @Test
    void forceKeepsTheUsersFilesAndReplacesOnlyNngts() throws IOException {
        Path res = run(root.resolve("res1"), Foreign.REFUSE, "spikes.csv", "old_only.csv");
        Files.writeString(res.resolve("my_analysis.txt"), "mine");
        Files.createDirectories(res.resolve("figs"));
        Files.writeString(res.resolve("figs/fig1.svg"), "<svg/>");
        run(res, Foreign.KEEP, "spikes.csv", "plots/rates.png");
        assertEquals("mine", Files.readString(res.resolve("my_analysis.txt")));
        assertTrue(Files.exists(res.resolve("figs/fig1.svg")));
        assertEquals("content of spikes.csv 2", Files.readString(res.resolve("spikes.csv")));
        assertTrue(Files.exists(res.resolve("plots/rates.png")));
        assertFalse(Files.exists(res.resolve("old_only.csv")));
        String manifest = Files.readString(res.resolve(ResultsFolder.MANIFEST));
        assertFalse(manifest.contains("my_analysis.txt"), "the user's files never enter the manifest");
        assertEquals(List.of(), hiddenSiblings());
    }

    @Test
    void forceRefusesToWriteOverAFileItDidNotWrite() throws IOException {
        Path res = run(root.resolve("res1"), Foreign.REFUSE, "spikes.csv");
        Files.writeString(res.resolve("run.csv"), "mine");
        try (ResultsFolder results = ResultsFolder.create(res, Foreign.KEEP, "choose another")) {
            Files.writeString(results.file("run.csv"), "new");
            IOException refusal = assertThrows(IOException.class, results::commit);
            assertTrue(refusal.getMessage().contains("holds run.csv, which NNGT did not write, where it would write"),
                    refusal.getMessage());
        }
        assertEquals("mine", Files.readString(res.resolve("run.csv")));
        assertEquals("content of spikes.csv 1", Files.readString(res.resolve("spikes.csv")));
        assertEquals(List.of(), hiddenSiblings());
    }

    @Test
    void aFileAddedDuringTheRunStopsTheCommitAndKeepsTheOldResults() throws IOException {
        Path res = run(root.resolve("res1"), Foreign.REFUSE, "spikes.csv");
        try (ResultsFolder results = ResultsFolder.create(res, "choose another")) {
            Files.writeString(results.file("spikes.csv"), "new");
            Files.writeString(res.resolve("notes.txt"), "written while the simulation ran");
            assertThrows(IOException.class, results::commit);
        }
        assertEquals("content of spikes.csv 1", Files.readString(res.resolve("spikes.csv")));
        assertTrue(Files.exists(res.resolve("notes.txt")));
        assertEquals(List.of(), hiddenSiblings());
    }

    @Test
    void foldersBesideTheResultsThatNngtDidNotMakeAreLeftAlone() throws IOException {
        Files.createDirectories(root.resolve(".res1.old"));
        Files.writeString(root.resolve(".res1.old/keep.txt"), "mine");
        Files.createDirectories(root.resolve(".res1.nngt-backup.feedbeef"));
        Files.writeString(root.resolve(".res1.nngt-backup.feedbeef/keep.txt"), "mine too");
        run(root.resolve("res1"), Foreign.REFUSE, "spikes.csv");
        run(root.resolve("res1"), Foreign.REFUSE, "spikes.csv");
        assertEquals("mine", Files.readString(root.resolve(".res1.old/keep.txt")));
        assertEquals("mine too", Files.readString(root.resolve(".res1.nngt-backup.feedbeef/keep.txt")));
    }

    @Test
    void whatAKilledRunLeftIsRemovedByTheNextRunButALiveRunsStagingIsNot() throws IOException {
        Path res = run(root.resolve("res1"), Foreign.REFUSE, "spikes.csv");
        // A killed run: its staging folder and marker remain, naming a process that no longer exists.
        Path killed = root.resolve(".res1.nngt-staging.0123456789ab");
        Files.createDirectories(killed);
        Files.writeString(killed.resolve("spikes.csv"), "half written");
        Files.writeString(killed.resolve(".nngt-transient"), Long.MAX_VALUE + " 2026-01-01T00:00:00Z\n");
        // A backup of a killed commit: the old results, which their manifest proves NNGT's.
        Path backup = root.resolve(".res1.nngt-backup.0123456789ab");
        run(backup, Foreign.REFUSE, "spikes.csv", "run.csv");
        try (ResultsFolder live = ResultsFolder.create(res, "choose another")) {
            assertFalse(Files.exists(killed), "a dead run's staging folder is removed");
            assertFalse(Files.exists(backup), "a dead run's backup, proven by its manifest, is removed");
            // A second run opened now must leave the first one's staging folder alone.
            try (ResultsFolder second = ResultsFolder.create(root.resolve("res1"), "choose another")) {
                assertTrue(Files.isDirectory(live.folder()));
            }
        }
        assertEquals(List.of(), hiddenSiblings());
    }

    @Test
    void aReadOnlyResultsFolderIsRefusedAndUnchanged() throws IOException {
        Path res = run(root.resolve("res1"), Foreign.REFUSE, "spikes.csv");
        Files.setPosixFilePermissions(res, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            IOException refusal = assertThrows(IOException.class, () -> ResultsFolder.create(res, "choose another"));
            assertTrue(refusal.getMessage().contains("read-only"), refusal.getMessage());
            assertEquals("content of spikes.csv 1", Files.readString(res.resolve("spikes.csv")));
            assertEquals(List.of(), hiddenSiblings(), "nothing left beside it");
        } finally {
            Files.setPosixFilePermissions(res, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aManifestThatLeadsOutOfTheFolderIsRefusedAndNothingOutsideIsTouched() throws IOException {
        Path victim = Files.createDirectories(root.resolve("victim"));
        Files.writeString(victim.resolve("keep.txt"), "precious");
        Path project = run(root.resolve("project"), Foreign.KEEP, "run.py");
        Files.createSymbolicLink(project.resolve("link"), Path.of("../victim"));
        // The manifest of a folder received from someone else lists the victim's file, hash and all.
        String hash = sha256Line(victim.resolve("keep.txt"));
        Files.writeString(project.resolve(ResultsFolder.MANIFEST), hash + " 8 link/keep.txt\n", 
                java.nio.file.StandardOpenOption.APPEND);
        IOException refusal = assertThrows(IOException.class,
                () -> ResultsFolder.create(project, Foreign.KEEP, "choose another folder"));
        assertTrue(refusal.getMessage().contains("lists 'link/keep.txt', which leads outside"), refusal.getMessage());
        assertEquals("precious", Files.readString(victim.resolve("keep.txt")));
        Files.writeString(project.resolve(ResultsFolder.MANIFEST), hash + " 8 ../victim/keep.txt\n");
        assertThrows(IOException.class, () -> ResultsFolder.create(project, Foreign.KEEP, "choose another folder"));
        assertEquals("precious", Files.readString(victim.resolve("keep.txt")));
    }

    @Test
    void aSymbolicLinkInTheFolderIsForeignAndNeverFollowed() throws IOException {
        Path victim = Files.createDirectories(root.resolve("victim"));
        Files.writeString(victim.resolve("x.npy"), "precious");
        Path project = run(root.resolve("project"), Foreign.KEEP, "run.py");
        Files.createSymbolicLink(project.resolve("network"), Path.of("../victim"));
        try (ResultsFolder again = ResultsFolder.create(project, Foreign.KEEP, "choose another folder")) {
            Files.createDirectories(again.file("network"));
            Files.writeString(again.file("network/x.npy"), "new");
            IOException refusal = assertThrows(IOException.class, again::commit);
            assertTrue(refusal.getMessage().contains("holds network,"), refusal.getMessage());
        }
        assertEquals("precious", Files.readString(victim.resolve("x.npy")));
        assertEquals("content of run.py 1", Files.readString(project.resolve("run.py")));
        // Under the strict policy the link is a foreign entry like any other.
        IOException refusal = assertThrows(IOException.class, () -> ResultsFolder.create(project, "choose another"));
        assertTrue(refusal.getMessage().contains("holds network"), refusal.getMessage());
    }

    @Test
    void addingFilesKeepsNngtsOtherFilesListed() throws IOException {
        Path res = run(root.resolve("res1"), Foreign.REFUSE, "spikes.csv", "raster.png");
        try (ResultsFolder plots = ResultsFolder.addTo(res, "choose another")) {
            Files.writeString(plots.file("raster.png"), "redrawn");
            Files.writeString(plots.file("rates.png"), "new plot");
            assertEquals(List.of("raster.png", "rates.png"), plots.commit());
        }
        assertEquals("content of spikes.csv 2", Files.readString(res.resolve("spikes.csv")));
        assertEquals("redrawn", Files.readString(res.resolve("raster.png")));
        // Everything is still NNGT's: a plain rerun replaces the folder without a complaint.
        run(res, Foreign.REFUSE, "spikes.csv");
        assertFalse(Files.exists(res.resolve("rates.png")));
    }

    @Test
    void newFoldersAndFilesFollowTheUmask() throws IOException {
        Path reference = Files.createDirectory(root.resolve("reference"));
        Path referenceFile = Files.createFile(reference.resolve("file"));
        Path res = run(root.resolve("res1"), Foreign.REFUSE, "spikes.csv");
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(res));
        assertEquals(Files.getPosixFilePermissions(referenceFile),
                Files.getPosixFilePermissions(res.resolve("spikes.csv")));
    }

    @Test
    void foldersOfEarlierVersionsAndEmptyNamesAreRefused() throws IOException {
        Path earlier = Files.createDirectories(root.resolve("earlier"));
        Files.writeString(earlier.resolve(".nngt-results"), "Results of an NNGT run; replaced by the next run.\n");
        Files.writeString(earlier.resolve("spikes.csv"), "old");
        IOException refusal = assertThrows(IOException.class, () -> ResultsFolder.create(earlier, "choose another"));
        assertTrue(refusal.getMessage().contains("earlier version of NNGT"), refusal.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ResultsFolder.create(Path.of(""), "choose another"));
    }

    private static String sha256Line(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
