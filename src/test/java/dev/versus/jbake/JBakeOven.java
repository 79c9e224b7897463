package dev.versus.jbake;

import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import java.nio.file.Path;
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
        Oven oven = new Oven(config);
        oven.bake();
        return oven.getErrors().stream().map(t -> String.valueOf(t.getMessage())).toList();
    }
}
