/**
 * Runs the stages in order — read, parse and load, Markdown, plan, check, render and write —
 * stopping after the first stage that reported errors.
 */
package dev.versus.build;
