/**
 * Runs the stages in order — read, load pages and data, prepare comparisons, Markdown, plan,
 * check links and templates, render and write — stopping after a stage that reported errors.
 * {@link dev.versus.pipeline.BuildSession} keeps each stage's results between runs so a rebuild
 * after an edit redoes only what the edit affects; a one-off build is a session's first run.
 */
package dev.versus.pipeline;
