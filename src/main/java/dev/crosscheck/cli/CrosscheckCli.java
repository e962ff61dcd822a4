package dev.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Entry point: {@code crosscheck check [options] PATH...}, {@code crosscheck baseline create PATH...},
 * {@code crosscheck rules list|explain|validate|test};
 * {@code generate-completion} prints a bash/zsh completion script and {@code generate-man} the man
 * page, both made by picocli from the same model as {@code --help}.
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reads several news articles about the same event and reports where they disagree.",
        subcommands = {CheckCommand.class, BaselineCommand.class, RulesCommand.class, GenerateManCommand.class,
            picocli.AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class})
public final class CrosscheckCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: crosscheck check seeds)");
    }

    /** Builds the command line with crosscheck's error handling and exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CrosscheckCli());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        // a usage error is one line naming the problem and where help is, not the whole help text
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine at = ex.getCommandLine();
            at.getErr().println("crosscheck: " + ex.getMessage() + " (see: " + at.getCommandSpec().qualifiedName()
                    + " --help)");
            at.getErr().flush();
            return at.getCommandSpec().exitCodeOnInvalidInput();
        });
        CommandLine completion = cl.getSubcommands().get("generate-completion");
        completion.getCommandSpec().usageMessage().hidden(false)
                .description("Prints a bash/zsh completion script: source <(crosscheck generate-completion)");
        // the commands that read rules and articles, with their subcommands, share the exit codes
        List<CommandLine> commands = new java.util.ArrayList<>(List.of(cl));
        for (String name : List.of("check", "baseline", "rules")) {
            addWithSubcommands(cl.getSubcommands().get(name), commands);
        }
        for (CommandLine c : commands) {
            c.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code())
                    .exitCodeOnExecutionException(ExitCode.INTERNAL.code());
            c.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(ExitCode.helpList());
        }
        return cl;
    }

    private static void addWithSubcommands(CommandLine c, List<CommandLine> out) {
        out.add(c);
        for (CommandLine sub : c.getSubcommands().values()) {
            if (!sub.getCommandName().equals("help")) {
                addWithSubcommands(sub, out);
            }
        }
    }

    public static void main(String[] args) {
        int exit;
        try {
            CommandLine cl = commandLine();
            // reports on standard output are UTF-8 whatever the locale
            cl.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                    StandardCharsets.UTF_8), true));
            cl.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                    StandardCharsets.UTF_8), true));
            Terminal terminal = Terminal.detect();
            ((CheckCommand) cl.getSubcommands().get("check").getCommand()).terminal = terminal;
            ((BaselineCommand.Create) cl.getSubcommands().get("baseline").getSubcommands().get("create")
                    .getCommand()).terminal = terminal;
            exit = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // out of memory outside the check itself (picocli lets errors through): still one line
            exit = ErrorHandler.outOfMemory(new PrintWriter(System.err, true), e);
        }
        System.exit(exit);
    }
}
