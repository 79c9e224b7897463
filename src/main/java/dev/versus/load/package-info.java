/**
 * Turns parsed sources into the model: checks every header key and value (the comparison
 * keys {@code compare}, {@code aspects} and {@code faq} included, bound with their positions),
 * resolves URLs and output paths, and reports every problem found with its position.
 */
package dev.versus.load;
