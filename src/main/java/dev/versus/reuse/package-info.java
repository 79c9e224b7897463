/**
 * What a build may reuse from the builds before it, and the rules that decide it: the one
 * place where incremental work is kept. {@link dev.versus.reuse.Reuse} is the door; a one-off
 * build gets {@link dev.versus.reuse.Reuse#none()}, which keeps and records nothing, so a full
 * build and a rebuild run the same stages and differ only in what this package hands them.
 *
 * <p>What is kept is data: file texts and the pages loaded from them, rendered bodies with
 * what their links saw and the data files they used, the routes last written with what each
 * read. Every reuse is decided by comparing values, so the output never depends on it.
 */
package dev.versus.reuse;
