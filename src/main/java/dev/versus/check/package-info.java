/** Whole-site checks after rendering: internal links and anchors, duplicate outputs. */
package dev.versus.check;
