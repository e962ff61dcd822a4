package dev.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code crosscheck generate-man}: the man page, from the same model as {@code --help}. */
@Command(name = "generate-man", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints the crosscheck(1) man page (troff), e.g. "
                + "crosscheck generate-man -o /usr/local/share/man/man1/crosscheck.1"})
final class GenerateManCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write it to FILE instead of stdout.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String page = ManPage.render(spec.root().commandLine());
        if (output == null) {
            spec.commandLine().getOut().print(page);
            spec.commandLine().getOut().flush();
        } else {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, page, StandardCharsets.UTF_8);
        }
        return ExitCode.OK.code();
    }
}
