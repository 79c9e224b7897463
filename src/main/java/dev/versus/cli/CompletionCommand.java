package dev.versus.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code versus completion}: prints a bash (and zsh) completion script. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Print a completion script for bash and zsh.",
                "Load it in the current shell with:  source <(versus completion)",
                "or save it once:  versus completion > ~/.local/share/bash-completion/completions/versus",
                "(versus must be a command on your PATH, e.g. a script running java -jar versus.jar \"$@\")."})
final class CompletionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash(spec.root().name(), root));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
