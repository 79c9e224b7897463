package dev.versus.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpillTest {

    @TempDir
    Path dir;

    /** A text of {@code n} characters, some of them outside Latin-1 and outside the BMP. */
    private static String text(Random random, int n) {
        StringBuilder b = new StringBuilder(n);
        String[] pieces = {"word ", "é", "—", "\n", "<p>", "😀", "中文", "a"};
        while (b.length() < n) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    @Test
    void aLongTextIsKeptInTheFileAndReadBackAsItWas() throws IOException {
        try (Spill spill = Spill.open(dir.resolve("builds"))) {
            assertTrue(spill.spills());
            String s = text(new Random(1), 20_000);
            Text t = spill.put(s);
            assertFalse(t.held());
            assertEquals(s, t.get());
            assertEquals(s.length(), t.length());
            assertEquals(s.hashCode(), t.hashCode());
            assertTrue(t.is(s));
            assertEquals(Text.of(s), t);
            assertEquals(t, Text.of(s));
            assertNotEquals(Text.of(s + "x"), t);
            assertTrue(spill.size() >= s.length());
        }
    }

    @Test
    void shortTextsStayInMemory() {
        try (Spill spill = Spill.open(dir)) {
            Text t = spill.put("a heading");
            assertTrue(t.held());
            assertEquals(0, spill.size());
            assertEquals("a heading", t.get());
        }
    }

    @Test
    void theFileIsGoneWhileTheSpillIsStillOpen() throws IOException {
        Path folder = dir.resolve("builds");
        try (Spill spill = Spill.open(folder)) {
            assertEquals(folder, spill.folder(), "made where it was asked for");
            Text t = spill.put("x".repeat(10_000));
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of(), files.toList(), "a killed build leaves no file behind");
            }
            assertEquals("x".repeat(10_000), t.get());
        }
    }

    @Test
    void textsPutFromManyThreadsAtOnceAreEachReadBackWhole() {
        try (Spill spill = Spill.open(dir)) {
            List<String> made = IntStream.range(0, 2_000).mapToObj(i -> text(new Random(i), 600 + i * 7)).toList();
            List<Text> kept = made.parallelStream().map(spill::put).toList();
            List<String> read = kept.parallelStream().map(Text::get).toList();
            assertEquals(made, read);
            assertEquals(made.stream().mapToLong(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum(),
                    spill.size());
        }
    }

    @Test
    void aSpillWhoseFolderCannotBeMadeUsesTheTemporaryFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        try (Spill spill = Spill.open(file.resolve("builds"))) {
            assertTrue(spill.spills());
            assertEquals(Path.of(System.getProperty("java.io.tmpdir")), spill.folder());
            assertEquals("y".repeat(5_000), spill.put("y".repeat(5_000)).get());
        }
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aMemorySpillKeepsEveryTextInMemory() {
        Spill memory = Spill.memory();
        assertFalse(memory.spills());
        Text t = memory.put("z".repeat(100_000));
        assertTrue(t.held());
        assertEquals(100_000, t.length());
    }

    @Test
    void keepingATextAlreadyKeptGivesItBack() {
        try (Spill spill = Spill.open(dir)) {
            Text held = Text.of("q".repeat(4_000));
            Text kept = spill.keep(held);
            assertFalse(kept.held());
            assertTrue(kept == spill.keep(kept));
            Text small = Text.of("small");
            assertTrue(small == spill.keep(small));
        }
    }

    @Test
    void aSerializedTextCarriesItsCharactersAndIsReadIntoTheReadersSpill() throws Exception {
        String s = text(new Random(7), 50_000);
        byte[] bytes;
        try (Spill before = Spill.open(dir)) {
            List<Object> state = new ArrayList<>(List.of(before.put(s), Text.of("short"), Text.EMPTY));
            state.add(state.get(0)); // the same text twice: written once
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ObjectOutputStream o = new ObjectOutputStream(out)) {
                o.writeObject(state);
            }
            bytes = out.toByteArray();
        }
        // the first spill is closed: what was written does not depend on it
        try (Spill after = Spill.open(dir);
             ObjectInputStream in = new Spill.Reading(new ByteArrayInputStream(bytes), after)) {
            List<?> read = (List<?>) in.readObject();
            Text t = (Text) read.get(0);
            assertFalse(t.held(), "a long text goes to the reader's spill");
            assertEquals(s, t.get());
            assertTrue(read.get(3) == t);
            assertEquals(Text.of("short"), read.get(1));
            assertTrue(read.get(2) == Text.EMPTY);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            Text t = (Text) ((List<?>) in.readObject()).get(0);
            assertTrue(t.held(), "read by any other stream, a text is held in memory");
            assertEquals(s, t.get());
            assertNotSame(s, t.get());
        }
    }
}
