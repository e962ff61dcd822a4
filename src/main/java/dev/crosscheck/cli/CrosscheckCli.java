package dev.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code crosscheck check [options] PATH...}. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reads several news articles about the same event and reports where they disagree.",
        subcommands = {CheckCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the check ran (findings or not)", "2:usage error, unreadable input or invalid rules",
            "70:internal error"})
public final class CrosscheckCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: crosscheck check seeds)");
    }

    /** Builds the command line with crosscheck's error handling. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CrosscheckCli());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
