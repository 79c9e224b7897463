/**
 * What a build may reuse from the builds before it, and the rules that decide it: the one
 * place where incremental work is kept. {@link dev.versus.reuse.Reuse} is the door; a one-off
 * build gets {@link dev.versus.reuse.Reuse#none()}, which keeps and records nothing (no reads
 * are recorded, no fingerprints made), so a full build and a rebuild run the same stages and
 * differ only in what this package hands them.
 *
 * <p>What is kept is plain data: strings and {@link dev.versus.text.Text}s (written as their
 * characters, and read back into the reading build's spill), numbers, {@link dev.versus.digest.Fingerprint}s
 * (content hashes of values), and sets, maps and records of those. {@link dev.versus.reuse.Stored}
 * writes it to the build cache and reads it back in the next {@code versus build}, in another
 * process; that build then runs as a rebuild of the dev server does, told which files
 * changed: those whose contents differ from the listing the state was read after. Beside
 * it, {@link dev.versus.reuse.Stored.Settled} keeps what that build saw of the input files
 * ({@link dev.versus.source.Snapshot}: sizes, times, SHA-256 digests) and reported, in a small
 * file of its own: a build that finds the same inputs, output and day reads nothing else and
 * reports that outcome again.
 * <ul>
 * <li>{@link dev.versus.reuse.SiteFiles}: the files as read (path and text of each, and the
 *     paths of the files copied as they are).</li>
 * <li>{@link dev.versus.reuse.Pages} and {@link dev.versus.reuse.Catalogue}: the text of each
 *     content file with the page loaded from it and what loading reported; the data folder's
 *     catalogue. Pages, subjects, aspects and diagnostics are the model's records, made of
 *     strings, numbers, dates, positions and lists and maps of those.</li>
 * <li>{@link dev.versus.reuse.Bodies}: each rendered body with what rendering learnt of it
 *     (its links, heading ids, diagnostics, the data files it used) and what each of its links
 *     saw.</li>
 * <li>{@link dev.versus.reuse.Written}: per route, its template, its URL, the fingerprint of
 *     its own variables and what it read while it rendered; per page, a fingerprint per key of
 *     its view; per site-wide variable, a fingerprint (and one per entry of those that are
 *     maps); the output paths. The routes to render again are decided by comparing these
 *     fingerprints, as the views' values would compare.</li>
 * <li>The comparison engine's kept work ({@code Comparisons.Memo}): the finished body and
 *     extras (FAQ, JSON-LD) of each page with the page, body and spec they were made from, and
 *     the pairs chosen; model records and strings.</li>
 * <li>The planner's ({@code SitePlanner.Memo}): each page's body with its outline (headings,
 *     word count, and where the theme inserts anchors: numbers and strings) and its
 *     fingerprint; each page's view as a fingerprint per key, with the page record, body and
 *     neighbours it was made from; the search entries (JSON and words) by the fingerprint of what each is made
 *     of; each subject's template view and the routes of the profile, pair list and matrix
 *     pages (records of strings) by the fingerprints of what they were made from.</li>
 * </ul>
 *
 * <p>Two things stay live objects, only in memory: the template engine (Freemarker's
 * compiled templates), made again from the template texts, which are kept, whenever one
 * changes (compiling them takes a fraction of a build, and a cache would keep the texts, not
 * the engine); and the planner's last plan with the page views it shares, which the next plan
 * patches when only bodies changed (a build in a new process plans the whole site, then
 * compares fingerprints as described here). What pages and their links depend on is also decided by plain values: a kept
 * body is reused while its page is equal, what its links saw is the same and no data file it
 * used changed; a written route while its template, URL and fingerprints are the same.
 * Every reuse is decided by comparing values, so the output never depends on it.
 */
package dev.versus.reuse;
