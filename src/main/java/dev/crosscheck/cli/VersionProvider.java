package dev.crosscheck.cli;

import dev.crosscheck.report.ToolInfo;
import dev.crosscheck.rules.RuleFileException;
import dev.crosscheck.rules.RuleSet;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code --version}: the version and commit Maven wrote into the jar at build time ("unknown" when
 * built without git), and the digest of the rule set a check would use (honouring {@code --rules}
 * when given on the same command line).
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public String[] getVersion() {
        ToolInfo build = ToolInfo.of("");
        return new String[] {"crosscheck " + build.version(),
            "commit " + build.commit(),
            "rules " + rules(),
            "OpenNLP English UD models 1.3, Java " + System.getProperty("java.version")};
    }

    private String rules() {
        try {
            RuleOptions options = new RuleOptions();
            if (spec != null && spec.optionsMap().containsKey("--rules")) {
                List<Path> dirs = spec.findOption("--rules").getValue();
                options.rules = dirs == null ? List.of() : dirs;
            }
            RuleSet rules = options.load(spec == null ? null : spec.commandLine(), ProjectConfig.NONE);
            return rules.digest() + " (" + rules.rules().size() + " rules from " + rules.origin() + ")";
        } catch (RuleFileException | IllegalStateException | CommandLine.ParameterException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
