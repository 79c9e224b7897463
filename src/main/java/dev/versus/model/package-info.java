/**
 * The immutable site model: pages with their resolved URLs, tags, and (from the data folder)
 * the things compared and their facts. Built by {@code load}, read by every later stage.
 */
package dev.versus.model;
