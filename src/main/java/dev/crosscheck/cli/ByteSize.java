package dev.crosscheck.cli;

import picocli.CommandLine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size on the command line: bytes, or a whole number with K/KB, M/MB, G/GB (powers of 1024). */
final class ByteSize implements CommandLine.ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,12})\\s*(|b|k|kb|m|mb|g|gb)");

    @Override
    public Long convert(String value) {
        Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size (e.g. 16MB, 500KB, 1000000)");
        }
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2)) {
            case "k", "kb" -> 10;
            case "m", "mb" -> 20;
            case "g", "gb" -> 30;
            default -> 0;
        };
        if (n < 1 || Long.numberOfLeadingZeros(n) <= shift) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size of at least one byte");
        }
        return n << shift;
    }
}
