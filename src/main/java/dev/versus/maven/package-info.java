/**
 * The Maven plugin: goals {@code versus:build} and {@code versus:check}, a front end like the
 * command line. Each goal is a small class extending {@link dev.versus.maven.AbstractVersusMojo},
 * which holds the shared parameters, runs the build and reports diagnostics through the Maven log.
 * Nothing outside this package may use the Maven API: it is not in the command-line jar.
 */
package dev.versus.maven;
