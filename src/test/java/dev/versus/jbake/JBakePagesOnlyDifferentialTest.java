package dev.versus.jbake;

/**
 * The differential test on {@code src/test/resources/jbake-pages-site}, a site of pages without a
 * post: templates use {@code posts} and {@code published_posts} (empty lists, as in JBake) and a
 * paginated index, which JBake renders as one page numbered 0 of 0.
 */
class JBakePagesOnlyDifferentialTest extends JBakeDifferentialTest {

    @Override
    String fixture() {
        return "jbake-pages-site";
    }

    @Override
    int minimumPages() {
        return 2;
    }
}
