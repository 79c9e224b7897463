package dev.versus.config;

/** The versions the product names: its own, and that of the JBake release whose behaviour it follows. */
public final class Versions {

    private Versions() {
    }

    /** The version of Versus, from the jar manifest ({@code dev} when run from compiled classes). */
    public static final String VERSUS = fromManifest();

    /**
     * What JBake 2.7 calls its version in templates ({@code version}, {@code config.version}):
     * themes print it ("Baked with JBake v2.7.0"), so Versus gives them JBake's.
     */
    public static final String JBAKE = "v2.7.0";

    private static String fromManifest() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
