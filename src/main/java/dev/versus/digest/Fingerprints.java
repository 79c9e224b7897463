package dev.versus.digest;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fingerprint of a value, by one deterministic walk: a string by its characters, a number,
 * boolean, date or enum by its class and value, a list (or array) by its elements in order, a
 * map by its entries and a set by its elements in any order, a record by its class and its
 * components that are not null. A stage's own kinds of value come first ({@link Rules}). Two
 * values have the same fingerprint when they hold the same data; the walk never looks at
 * identities, so a fingerprint means the same thing in every run, and can be kept as plain data.
 *
 * <p>A value of a kind no rule knows gets a fingerprint of its own that equals no other, so it
 * always counts as changed: a cautious answer, never a wrong one.
 */
public final class Fingerprints {

    /** Rules for a stage's own kinds of value, tried before the general ones. */
    public interface Rules {
        /**
         * Adds {@code value} to {@code into} when it is of a kind these rules know (using
         * {@code walk} for what it holds) and returns true; returns false to leave it to the
         * general rules.
         */
        boolean add(Object value, Fingerprints walk, Hasher into);
    }

    /** Only the general rules. */
    public static final Fingerprints PLAIN = new Fingerprints((v, w, h) -> false, Map.of());

    // one tag per kind of value, so that different kinds never hash alike
    private static final long NULL = 0x6e756c6cL;
    private static final long STRING = 1;
    private static final long INT = 2;
    private static final long LONG = 3;
    private static final long DOUBLE = 4;
    private static final long BOOLEAN = 5;
    private static final long CHAR = 6;
    private static final long NUMBER = 7;
    private static final long DATE = 8;
    private static final long TIME = 9;
    private static final long ENUM = 10;
    private static final long LIST = 11;
    private static final long MAP = 12;
    private static final long SET = 13;
    private static final long RECORD = 14;
    private static final long ARRAY = 15;
    private static final long FINGERPRINT = 16;
    private static final long UNKNOWN = 17;

    private static final AtomicLong UNKNOWNS = new AtomicLong();

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent c : components) {
                c.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    /**
     * The components of a record class, their accessors made callable (records of other
     * packages are read too), computed once per class; for every walk of record values.
     */
    public static RecordComponent[] components(Class<? extends Record> type) {
        return COMPONENTS.get(type);
    }

    private final Rules rules;
    private final Map<Object, Fingerprint> known;

    /**
     * @param rules the stage's own rules
     * @param known fingerprints already made of some records, by identity (read, never
     *              written: the walk may run on several threads)
     */
    public Fingerprints(Rules rules, Map<Object, Fingerprint> known) {
        this.rules = rules;
        this.known = known instanceof IdentityHashMap<Object, Fingerprint> ? known : identity(known);
    }

    private static Map<Object, Fingerprint> identity(Map<Object, Fingerprint> m) {
        Map<Object, Fingerprint> copy = new IdentityHashMap<>(m.size());
        copy.putAll(m);
        return copy;
    }

    /** The fingerprint of {@code value} (which may be null). */
    public Fingerprint of(Object value) {
        if (value instanceof Record r) {
            return record(r);
        }
        Hasher h = new Hasher();
        add(value, h);
        return h.finish();
    }

    /**
     * Adds the fingerprint of {@code value} to {@code into}. A record is added as its own
     * fingerprint, so that a record whose fingerprint is {@code known} counts exactly as the
     * same record walked.
     */
    public void add(Object value, Hasher into) {
        if (value == null) {
            into.add(NULL);
        } else if (value instanceof String s) {
            into.add(STRING).add(s);
        } else if (value instanceof dev.versus.text.Text t) {
            into.add(STRING).add(t.get()); // as its characters would: wherever it is kept
        } else if (rules.add(value, this, into)) {
            return;
        } else if (value instanceof Fingerprint f) {
            into.add(FINGERPRINT).add(f);
        } else if (value instanceof Record r) {
            into.add(FINGERPRINT).add(record(r));
        } else if (value instanceof List<?> list) {
            into.add(LIST).add(list.size());
            for (Object o : list) {
                add(o, into);
            }
        } else if (value instanceof Map<?, ?> map) {
            into.add(MAP);
            unordered(map.entrySet(), into);
        } else if (value instanceof Set<?> set) {
            into.add(SET).add(set.getClass().getName());
            unordered(set, into);
        } else if (value instanceof Object[] array) {
            into.add(ARRAY).add(array.length);
            for (Object o : array) {
                add(o, into);
            }
        } else if (value.getClass().isArray()) {
            into.add(ARRAY).add(value.getClass().getName());
            primitives(value, into);
        } else {
            leaf(value, into);
        }
    }

    /** A record's fingerprint: the known one, or made from its class and its components that are not null. */
    private Fingerprint record(Record r) {
        if (!known.isEmpty()) {
            Fingerprint f = known.get(r);
            if (f != null) {
                return f;
            }
        }
        Hasher into = new Hasher();
        into.add(RECORD).add(r.getClass().getName());
        for (RecordComponent c : COMPONENTS.get(r.getClass())) {
            Object v = component(r, c);
            if (v != null) {
                into.add(c.getName());
                add(v, into);
            }
        }
        return into.finish();
    }

    /** Adds a single value: a number, a boolean, a date, an enum… */
    private static void leaf(Object value, Hasher into) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            into.add(INT).add(((Number) value).longValue()).add(value.getClass().getName());
        } else if (value instanceof Long l) {
            into.add(LONG).add(l);
        } else if (value instanceof Double || value instanceof Float) {
            into.add(DOUBLE).add(Double.doubleToLongBits(((Number) value).doubleValue())).add(value.getClass().getName());
        } else if (value instanceof Boolean b) {
            into.add(BOOLEAN).add(b ? 1 : 0);
        } else if (value instanceof Character c) {
            into.add(CHAR).add(c);
        } else if (value instanceof Number n) {
            into.add(NUMBER).add(n.getClass().getName()).add(n.toString());
        } else if (value instanceof Date d) {
            into.add(DATE).add(d.getClass().getName()).add(d.getTime());
        } else if (value instanceof TemporalAccessor t) {
            into.add(TIME).add(t.getClass().getName()).add(t.toString());
        } else if (value instanceof Enum<?> e) {
            into.add(ENUM).add(e.getDeclaringClass().getName()).add(e.name());
        } else {
            into.add(UNKNOWN).add(UNKNOWNS.incrementAndGet()).add(System.identityHashCode(value));
        }
    }

    /** The elements (or map entries) in any order: the sum of their own fingerprints. */
    private void unordered(Collection<?> elements, Hasher into) {
        long high = 0;
        long low = 0;
        for (Object o : elements) {
            Hasher h = new Hasher();
            if (o instanceof Map.Entry<?, ?> e) {
                add(e.getKey(), h);
                add(e.getValue(), h);
            } else {
                add(o, h);
            }
            Fingerprint f = h.finish();
            high += f.high();
            low += f.low();
        }
        into.add(elements.size()).add(high).add(low);
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass(), e);
        }
    }

    private static void primitives(Object array, Hasher into) {
        if (array instanceof byte[] b) {
            into.add(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
        } else if (array instanceof char[] c) {
            into.add(new String(c));
        } else if (array instanceof int[] a) {
            into.add(a.length);
            for (int v : a) {
                into.add(v);
            }
        } else if (array instanceof long[] a) {
            into.add(a.length);
            for (long v : a) {
                into.add(v);
            }
        } else {
            // the rarer kinds, element by element as numbers or booleans
            int n = java.lang.reflect.Array.getLength(array);
            into.add(n);
            for (int i = 0; i < n; i++) {
                Object v = java.lang.reflect.Array.get(array, i);
                into.add(v instanceof Boolean b ? (b ? 1 : 0) : Double.doubleToLongBits(((Number) v).doubleValue()));
            }
        }
    }
}
