/**
 * Fingerprints: 128-bit content hashes of values, made by one deterministic walk, so that what
 * a build made can be remembered as plain numbers and compared with what the next build makes
 * without keeping the values themselves. Depends on nothing else of the product but its texts
 * ({@link dev.versus.text.Text}, which count as the strings they hold); the stages add
 * rules for their own kinds of value (see {@link dev.versus.digest.Fingerprints.Rules}).
 */
package dev.versus.digest;
