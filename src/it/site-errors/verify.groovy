// The build failed on the site's mistake, reported through the Maven log as the command line prints it.
def log = new File(basedir, 'build.log').getText('UTF-8')
[
    "[INFO] Building the site in ${new File(basedir, 'src/main/jbake').canonicalPath} into ${new File(basedir, 'target/versus').canonicalPath}",
    "[ERROR] content/blog/maven-vs-gradle.md:4:18: error: unknown subject 'gradel'\n" +
    "[ERROR]  4 | compare: [maven, gradel]\n" +
    "[ERROR]    |                  ^^^^^^\n" +
    "[ERROR]   hint: did you mean 'gradle'? Subjects are the files under the data folder's collection folders\n" +
    "[ERROR] 1 error, 0 warnings\n",
    '[INFO] BUILD FAILURE',
    ':build (default-cli) on project site-errors: The site has 1 error (printed above); the previous output was left as it was -> [Help 1]',
    // a MojoFailureException (the site's fault), not a MojoExecutionException (a bug)
    '[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoFailureException',
].each { assert log.contains(it.toString()) : "build.log lacks:\n${it}" }
assert !new File(basedir, 'target/versus').exists() : 'a failed build must write nothing'
return true
