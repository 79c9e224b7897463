// The site was written to the default output folder, with the comparison table built from data/.
def out = new File(basedir, 'target/versus')
def index = new File(out, 'index.html')
def article = new File(out, 'blog/maven-vs-gradle.html')
assert index.isFile() : "no ${index}"
assert article.isFile() : "no ${article}"
assert new File(out, '.versus-output').isFile()
assert !new File(basedir, 'output').exists() : 'destination.folder must not be used by the plugin'

assert index.getText('UTF-8').contains('blog/maven-vs-gradle.html')

def html = article.getText('UTF-8')
[
    '<table class="comparison-table">',
    '<caption>Maven and Gradle at a glance</caption>',
    '<th scope="col"><a href="../tools/maven.html">Maven</a></th><th scope="col"><a href="../tools/gradle.html">Gradle</a></th>',
    '<tr><th scope="row">First release</th><td>2004</td><td>2008</td></tr>',
    '<tr><th scope="row">Build file</th><td>pom.xml</td><td>build.gradle.kts</td></tr>',
    'first released in <span class="fact" title="Maven, first release">2004</span>',
].each { assert html.contains(it) : "article lacks ${it}" }

// build ran in generate-resources, check in verify; 41 files: the article, index, archive, feeds,
// profile, pair and matrix pages, the search page and its index (manifest, entries, word files), the theme's stylesheet, scripts and icon
def log = new File(basedir, 'build.log').getText('UTF-8')
def built = log.indexOf('[INFO] Built 41 files (41 changed) into ' + out.absoluteFile.toPath().normalize())
def checked = log.indexOf('[INFO] No problems found')
assert built >= 0 : 'no build summary in build.log'
assert checked > built : 'check did not run after build'
assert !log.contains('[WARNING]') : 'unexpected warnings'
return true
