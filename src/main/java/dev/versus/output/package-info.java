/**
 * The write stage: files go to a staging folder beside the output folder, which replaces
 * the output only when the whole build succeeded. Files whose bytes did not change keep
 * their old modification time.
 */
package dev.versus.output;
