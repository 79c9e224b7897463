/** The {@code versus} command line: build, check and serve, with documented exit codes. */
package dev.versus.cli;
