/**
 * Turns parsed sources into the model: checks every header key and value, resolves URLs and
 * output paths, and reports every problem found with its position.
 */
package dev.versus.load;
