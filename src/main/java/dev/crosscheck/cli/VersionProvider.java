package dev.crosscheck.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the version Maven wrote into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/crosscheck/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"crosscheck " + p.getProperty("version", "unknown"),
            "OpenNLP English UD models 1.3, Java " + System.getProperty("java.version")};
    }
}
