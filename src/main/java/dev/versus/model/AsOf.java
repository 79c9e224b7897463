package dev.versus.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact's {@code as_of} read as a date, where it is one: {@code 2025}, {@code 2025-01} or
 * {@code 2025-01-15}. Anything else (a version such as {@code 4.2}) is not a date.
 *
 * @param text      as written
 * @param lastDay   the last day it can mean: a fact checked "as of 2025-01" may have been
 *                  checked as late as 31 January, so it is older than an age only after that
 * @param precision 1 for a year, 2 for a month, 3 for a day
 */
public record AsOf(String text, LocalDate lastDay, int precision) implements java.io.Serializable {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The date {@code asOf} names, if it names one. */
    public static Optional<AsOf> parse(String asOf) {
        if (asOf == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(asOf.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new AsOf(asOf.strip(), LocalDate.of(year, 12, 31), 1));
            }
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new AsOf(asOf.strip(), ym.atEndOfMonth(), 2));
            }
            return Optional.of(new AsOf(asOf.strip(), ym.atDay(Integer.parseInt(m.group(3))), 3));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** As a reader reads it: "2025", "January 2025", "15 January 2025". */
    public String display() {
        String month = lastDay.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (precision) {
            case 1 -> Integer.toString(lastDay.getYear());
            case 2 -> month + " " + lastDay.getYear();
            default -> lastDay.getDayOfMonth() + " " + month + " " + lastDay.getYear();
        };
    }
}
