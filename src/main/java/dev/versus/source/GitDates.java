package dev.versus.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * When each file of a site last changed in its Git history: the commit date of the newest commit
 * that changed it, as {@code git log -1 --format=%cI -- FILE} prints it. The same on every clone
 * of the repository, unlike a file's modification time. Read with the {@code git} command, as
 * Hugo reads it for its Git dates, once per history: the answer is kept while {@code HEAD} stays
 * where it was.
 */
public final class GitDates {

    /** What a lookup found: each path's date, or why there are none. */
    public record Result(Map<String, Instant> dates, String problem) implements java.io.Serializable {

        /** Whether the problem is that there is no {@code git} command to ask. */
        public boolean commandMissing() {
            return problem != null && problem.startsWith(NO_COMMAND);
        }
    }

    private static final String NO_COMMAND = "the git command is not available";

    private static final long TIMEOUT_SECONDS = 120;

    private final Path root;
    private String head;
    private boolean asked;
    private Map<String, Instant> dates = Map.of();
    private String problem;

    /** The history of the repository that holds the site folder {@code root}, if any. */
    public GitDates(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The last commit date of each of {@code paths} (relative to the site root, '/'-separated)
     * that the history has; paths it has not (untracked files) are absent. Empty when the site
     * is not in a Git repository; {@code problem} says why when it is in one but Git could not be
     * asked (no {@code git} command, an unreadable repository).
     */
    public synchronized Result lastCommits(Collection<String> paths) {
        if (paths.isEmpty() || !inRepository(root)) {
            return new Result(Map.of(), null);
        }
        asked = true;
        String now = run(List.of("rev-parse", "--verify", "-q", "HEAD"));
        if (now == null) {
            head = null;
            dates = Map.of();
            return new Result(Map.of(), problem);
        }
        now = now.strip();
        if (!now.equals(head)) {
            head = now;
            dates = log();
        }
        Map<String, Instant> out = new HashMap<>();
        for (String p : paths) {
            Instant d = dates.get(p);
            if (d != null) {
                out.put(p, d);
            }
        }
        return new Result(out, problem);
    }

    /**
     * What {@link #lastCommits} read its dates at: the commit {@code HEAD} named (or "" when
     * Git could not be asked); null when it did not ask (no undated files, or no repository).
     */
    public synchronized String askedAt() {
        return asked ? (head == null ? "" : head) : null;
    }

    /** The commit {@code HEAD} names now, as {@link #askedAt} would say it. */
    public synchronized String headNow() {
        if (!inRepository(root)) {
            return "";
        }
        String now = run(List.of("rev-parse", "--verify", "-q", "HEAD"));
        return now == null ? "" : now.strip();
    }

    /** Every file the history of the site folder has, with the date of its newest commit. */
    private Map<String, Instant> log() {
        // -z: paths as they are, NUL-separated; --relative: relative to the site folder, and
        // only files under it; the format is fixed so the user's configuration does not matter
        String out = run(List.of("log", "-z", "--relative", "--name-only", "--no-renames", "--no-color",
                "--no-show-signature", "--format=%x01%ct", "HEAD", "--", "."));
        if (out == null) {
            return Map.of();
        }
        Map<String, Instant> found = new HashMap<>();
        Instant current = null;
        for (String field : out.split("\0")) {
            // each commit: \1 and its date, then a newline before its first path
            String f = field.startsWith("\n") ? field.substring(1) : field;
            if (f.isEmpty()) {
                continue;
            }
            if (f.charAt(0) == '\1') {
                current = Instant.ofEpochSecond(Long.parseLong(f.substring(1).strip()));
            } else if (current != null) {
                found.putIfAbsent(f, current); // newest first: the first date seen is the last commit's
            }
        }
        return found;
    }

    /** Runs git in the site folder; its standard output, or null (and {@link #problem} set) when it fails. */
    private String run(List<String> args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "core.quotePath=false",
                "-c", "log.showSignature=false", "-c", "color.ui=never"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().remove("GIT_DIR");
        pb.environment().remove("GIT_WORK_TREE");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (InputStream in = p.getInputStream()) {
                in.transferTo(bytes);
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                problem = "'git " + args.get(0) + "' did not finish in " + TIMEOUT_SECONDS + " seconds";
                return null;
            }
            if (p.exitValue() != 0) {
                problem = "'git " + args.get(0) + "' failed (exit " + p.exitValue() + ")";
                return null;
            }
            problem = null;
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            problem = NO_COMMAND + " (" + e.getMessage() + ")";
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
            return null;
        }
    }

    /** Whether {@code dir} or a folder above it holds a {@code .git} folder or file. */
    static boolean inRepository(Path dir) {
        Set<Path> seen = new HashSet<>();
        for (Path d = dir; d != null && seen.add(d); d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }
}
