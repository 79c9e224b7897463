package dev.versus.jbake;

import com.orientechnologies.orient.core.Orient;
import com.orientechnologies.orient.core.cache.OAbstractMapCache;
import com.orientechnologies.orient.core.cache.OLocalRecordCacheFactoryImpl;
import com.orientechnologies.orient.core.cache.ORecordCache;
import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import com.orientechnologies.orient.core.id.ORID;
import com.orientechnologies.orient.core.record.ORecord;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;

/**
 * Bakes a site with JBake 2.7 itself, through the same public calls as JBake's own launcher.
 * JBake is a test-scope dependency: the reference for compatibility, never on the runtime path.
 */
final class JBakeOven {

    private JBakeOven() {
    }

    /** Bakes {@code source} into {@code destination}; returns JBake's error messages (empty when clean). */
    static List<String> bake(Path source, Path destination) {
        // OrientDB logs through java.util.logging; route it to logback, which keeps it quiet in tests.
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), destination.toFile(), true);
        ((OLocalRecordCacheFactoryImpl) Orient.instance().getLocalRecordCache())
                .register(KeepAllRecordCache.class.getName(), KeepAllRecordCache.class);
        String cache = OGlobalConfiguration.CACHE_LOCAL_IMPL.getValueAsString();
        OGlobalConfiguration.CACHE_LOCAL_IMPL.setValue(KeepAllRecordCache.class.getName());
        // OrientDB spreads a class's records over one cluster per processor and lists documents of
        // the same date cluster by cluster, so JBake's order of same-date posts depends on the
        // machine. One cluster gives the order JBake has on one processor: the last crawled first.
        Object clusters = OGlobalConfiguration.CLASS_MINIMUM_CLUSTERS.getValue();
        OGlobalConfiguration.CLASS_MINIMUM_CLUSTERS.setValue(1);
        try {
            Oven oven = new Oven(config);
            oven.bake();
            return oven.getErrors().stream().map(t -> String.valueOf(t.getMessage())).toList();
        } finally {
            OGlobalConfiguration.CACHE_LOCAL_IMPL.setValue(cache);
            OGlobalConfiguration.CLASS_MINIMUM_CLUSTERS.setValue(clusters);
        }
    }

    /**
     * OrientDB's per-session record cache, keeping every record for the length of a bake.
     *
     * <p>JBake finds a document's previous and next documents by looking it up ({@code indexOf},
     * map equality) in a list read from the database after the one it came from. That only works
     * while both reads return the same cached record: a document read from storage has its tags
     * as a list, one still in the cache as the array the crawler stored, and arrays are equal only
     * to themselves. OrientDB's default cache holds records through weak references, so a garbage
     * collection during a bake (likely when other tests ran first in the same JVM) made JBake link
     * every post to the newest one. Keeping the records gives JBake's usual result every time.
     */
    public static final class KeepAllRecordCache extends OAbstractMapCache<HashMap<ORID, ORecord>>
            implements ORecordCache {

        public KeepAllRecordCache() {
            super(new HashMap<>());
        }

        @Override
        public ORecord get(ORID rid) {
            return isEnabled() ? cache.get(rid) : null;
        }

        @Override
        public ORecord put(ORecord record) {
            return isEnabled() ? cache.put(record.getIdentity(), record) : null;
        }

        @Override
        public ORecord remove(ORID rid) {
            return isEnabled() ? cache.remove(rid) : null;
        }

        @Override
        public void clearRecords() {
            cache.clear();
        }
    }
}
