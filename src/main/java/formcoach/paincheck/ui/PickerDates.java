package formcoach.paincheck.ui;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Dates in the History pickers as "24 Nov 2026": the same day order as the rest of the page and no
 * guessing between 11/24 and 24/11. English month names whatever the machine's language, since every
 * other word on the page is English.
 */
final class PickerDates {
    static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d MMM uuuu")
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private PickerDates() {
    }

    /** Shows the picker's dates as {@link #FORMAT}; typed text that is not a date keeps the picker's date. */
    static void apply(DatePicker picker) {
        picker.setConverter(converter(picker::getValue));
        picker.setPromptText(LocalDate.of(2026, 11, 24).format(FORMAT));
    }

    static StringConverter<LocalDate> converter(Supplier<LocalDate> current) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.format(FORMAT);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                String t = text.trim().replaceAll("\\s+", " ");
                try {
                    return LocalDate.parse(t, FORMAT);
                } catch (DateTimeParseException e) {
                    try {
                        return LocalDate.parse(t); // 2026-11-24 is unambiguous too
                    } catch (DateTimeParseException e2) {
                        return current.get();
                    }
                }
            }
        };
    }
}
