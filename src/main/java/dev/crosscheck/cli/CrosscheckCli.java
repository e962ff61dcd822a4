package dev.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Entry point: {@code crosscheck check [options] PATH...}, {@code crosscheck baseline create PATH...}. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reads several news articles about the same event and reports where they disagree.",
        subcommands = {CheckCommand.class, BaselineCommand.class, CommandLine.HelpCommand.class})
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
        CommandLine baseline = cl.getSubcommands().get("baseline");
        for (CommandLine c : List.of(cl, cl.getSubcommands().get("check"), baseline,
                baseline.getSubcommands().get("create"))) {
            c.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code())
                    .exitCodeOnExecutionException(ExitCode.INTERNAL.code());
            c.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(ExitCode.helpList());
        }
        return cl;
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
            exit = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // out of memory outside the check itself (picocli lets errors through): still one line
            exit = ErrorHandler.outOfMemory(new PrintWriter(System.err, true), e);
        }
        System.exit(exit);
    }
}
