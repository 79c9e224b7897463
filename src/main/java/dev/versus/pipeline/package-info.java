/**
 * Runs a build: {@link dev.versus.pipeline.Stages} lists the stages in order — read, load,
 * compare, markdown, plan, check, render, write — each a class taking the records of the
 * stages before it and returning its own, stopping after a stage that reported errors.
 * {@link dev.versus.pipeline.BuildSession} reads the configuration, owns the worker pool and
 * runs the stages with what earlier builds may give ({@link dev.versus.reuse.Reuse}); a
 * one-off build ({@link dev.versus.pipeline.Build}) is given nothing to reuse, so a build and
 * a rebuild run the same list.
 */
package dev.versus.pipeline;
