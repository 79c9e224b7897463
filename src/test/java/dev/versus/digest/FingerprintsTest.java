package dev.versus.digest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FingerprintsTest {

    record Fact(String aspect, Object value, String note) {
    }

    record Other(String aspect, Object value, String note) {
    }

    private static Fingerprint of(Object v) {
        return Fingerprints.PLAIN.of(v);
    }

    @Test
    void equalValuesHaveEqualFingerprintsWhateverTheirInstances() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", new String("Django vs Express"));
        a.put("tags", new ArrayList<>(List.of("web", "python")));
        a.put("facts", List.of(new Fact("language", 3, null)));
        a.put("date", new Date(1_700_000_000_000L));
        Map<String, Object> b = new HashMap<>();
        b.put("date", new Date(1_700_000_000_000L));
        b.put("facts", new ArrayList<>(List.of(new Fact("language", 3, null))));
        b.put("tags", List.of("web", "python"));
        b.put("title", "Django vs Express");
        assertEquals(of(a), of(b));
    }

    @Test
    void mapsAndSetsAreReadInAnyOrderListsInTheirOrder() {
        assertEquals(of(Map.of("a", 1, "b", 2)), of(new TreeMap<>(Map.of("b", 2, "a", 1))));
        assertEquals(of(new TreeSet<>(List.of("x", "y"))), of(new TreeSet<>(List.of("y", "x"))));
        assertNotEquals(of(List.of("x", "y")), of(List.of("y", "x")));
        // a value moved from one key to another is a change
        assertNotEquals(of(Map.of("a", 1, "b", 2)), of(Map.of("a", 2, "b", 1)));
    }

    @Test
    void aChangeAnywhereChangesTheFingerprint() {
        Fingerprint before = of(List.of(Map.of("facts", List.of(new Fact("year", 2005, "first release")))));
        assertNotEquals(before, of(List.of(Map.of("facts", List.of(new Fact("year", 2005, "first releases"))))));
        assertNotEquals(before, of(List.of(Map.of("facts", List.of(new Fact("year", 2006, "first release"))))));
        assertNotEquals(before, of(List.of(Map.of("fact", List.of(new Fact("year", 2005, "first release"))))));
        assertNotEquals(of("ab"), of("ab\0"));
        assertNotEquals(of(List.of("a", "b")), of(List.of("ab")));
        assertNotEquals(of(List.of("ab", "")), of(List.of("a", "b")));
    }

    @Test
    void aRecordCountsByItsClassAndItsComponentsThatAreNotNull() {
        assertNotEquals(of(new Fact("a", 1, "n")), of(new Other("a", 1, "n")));
        assertNotEquals(of(new Fact("a", 1, null)), of(new Fact("a", 1, "")));
        assertEquals(of(new Fact("a", null, null)), of(new Fact("a", null, null)));
    }

    @Test
    void numbersOfDifferentClassesDiffer() {
        assertNotEquals(of(1), of(1L));
        assertNotEquals(of(1), of(1.0));
        assertNotEquals(of(1), of("1"));
        assertEquals(of(LocalDate.of(2024, 3, 1)), of(LocalDate.parse("2024-03-01")));
        assertEquals(of(new int[] {1, 2}), of(new int[] {1, 2}));
        assertEquals(of(new Object[] {"a", List.of(1)}), of(new Object[] {"a", Arrays.asList(1)}));
    }

    @Test
    void aValueOfAnUnknownKindIsNeverTheSame() {
        Object thing = new Object();
        assertNotEquals(of(thing), of(thing));
    }

    @Test
    void aKnownRecordCountsAsTheSameRecordWalked() {
        Fact big = new Fact("facts", List.of("many", "words"), "note");
        Map<Object, Fingerprint> known = new IdentityHashMap<>();
        known.put(big, of(big));
        Fingerprints walk = new Fingerprints((v, w, h) -> false, known);
        assertEquals(of(List.of(big)), walk.of(List.of(big)));
        assertEquals(walk.of(List.of(big)), walk.of(List.of(new Fact("facts", List.of("many", "words"), "note"))));
        // the known fingerprint is what counts, not the record's fields
        known.put(big, of("something else"));
        assertNotEquals(of(List.of(big)), new Fingerprints((v, w, h) -> false, known).of(List.of(big)));
    }

    @Test
    void rulesComeFirst() {
        Fingerprints walk = new Fingerprints((v, w, h) -> {
            if (v instanceof StringBuilder sb) {
                h.add(99).add(sb.toString());
                return true;
            }
            return false;
        }, Map.of());
        assertEquals(walk.of(new StringBuilder("x")), walk.of(new StringBuilder("x")));
        assertNotEquals(walk.of(new StringBuilder("x")), walk.of(new StringBuilder("y")));
        assertNotEquals(of(new StringBuilder("x")), of(new StringBuilder("x")), "without the rule it is of no known kind");
    }

    @Test
    void aFingerprintReadsBackFromItsText() {
        Fingerprint f = of(Set.of("a"));
        assertEquals(32, f.toString().length());
        assertEquals(f, Fingerprint.parse(f.toString()));
    }
}
