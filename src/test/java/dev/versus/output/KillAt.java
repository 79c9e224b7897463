package dev.versus.output;

import dev.versus.cli.Main;

import java.util.Arrays;

/**
 * Runs the command line and stops the process dead ({@link Runtime#halt}, as {@code kill -9}
 * does: no finally blocks, no shutdown hooks) just before the output writer takes the named
 * step. Arguments: the step, then the command line.
 */
public final class KillAt {

    /** Exit status of a process stopped at its step. */
    static final int KILLED = 137;

    private KillAt() {
    }

    public static void main(String[] args) {
        String step = args[0];
        OutputWriter.steps = s -> {
            if (s.equals(step)) {
                Runtime.getRuntime().halt(KILLED);
            }
        };
        Main.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
