package org.isec.defaults.problem;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.Instant;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * What no field of any request body may hold, whatever its own rules say: text with control characters (other
 * than tab and line breaks), unpaired UTF-16 surrogates or bidirectional embedding/override characters (U+202A–U+202E,
 * which make a name display as something else: "invoice", U+202E, "fdp.exe" shows as "invoiceexe.pdf"; right-to-left
 * text needs none of them), or longer than {@value #MAX_TEXT} characters; numbers
 * that are not finite or have more than {@value #MAX_INTEGER_DIGITS} digits before the point; dates outside the
 * years {@value #FIRST_YEAR}–{@value #LAST_YEAR}. Each is refused while the body is read, as a 400 naming the field.
 * Text that passes is kept in Unicode normalisation form C: "Città" typed as {@code a} + combining grave accent
 * (as some keyboards and systems send it) is the same name as the precomposed {@code à}, stored and found alike.
 */
public final class StrictInput extends SimpleModule {

    static final int MAX_TEXT = 50_000;
    static final int MAX_INTEGER_DIGITS = 15;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    public StrictInput() {
        super("isec-strict-input");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
                return checked(description.getBeanClass()) ? new Checked(deserializer) : deserializer;
            }
        });
    }

    private static boolean checked(Class<?> type) {
        return type == String.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class || type == BigDecimal.class || type == Instant.class || type == OffsetDateTime.class
                || type == ZonedDateTime.class || type == LocalDate.class || type == LocalDateTime.class;
    }

    /** A value the platform refuses; the problem handler names the field and gives the rule ({@link #key}). */
    static final class RefusedValue extends MismatchedInputException {

        private final String key;
        private final transient Object[] arguments;

        RefusedValue(JsonParser parser, Class<?> type, String key, Object... arguments) {
            super(parser, key, type);
            this.key = key;
            this.arguments = arguments;
        }

        String key() {
            return key;
        }

        Object[] arguments() {
            return arguments;
        }
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            check(parser, value);
            return value instanceof String text ? nfc(text) : value;
        }

        private static void check(JsonParser parser, Object value) {
            switch (value) {
                case String text -> checkText(parser, text);
                case Double number when !Double.isFinite(number) -> throw refused(parser, value, "field.number", MAX_INTEGER_DIGITS);
                case Float number when !Float.isFinite(number) -> throw refused(parser, value, "field.number", MAX_INTEGER_DIGITS);
                case BigDecimal number when number.precision() - number.scale() > MAX_INTEGER_DIGITS ->
                        throw refused(parser, value, "field.number", MAX_INTEGER_DIGITS);
                case Instant instant -> checkYear(parser, value, instant.atOffset(ZoneOffset.UTC).getYear());
                case OffsetDateTime time -> checkYear(parser, value, time.getYear());
                case ZonedDateTime time -> checkYear(parser, value, time.getYear());
                case LocalDate date -> checkYear(parser, value, date.getYear());
                case LocalDateTime time -> checkYear(parser, value, time.getYear());
                case null, default -> {
                }
            }
        }

        private static void checkText(JsonParser parser, String text) {
            if (text.length() > MAX_TEXT) {
                throw refused(parser, text, "field.tooLong", MAX_TEXT);
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
                boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
                        : Character.isLowSurrogate(c);
                if (control || lone) {
                    throw refused(parser, text, "field.control");
                }
                if (c >= '\u202A' && c <= '\u202E') {
                    throw refused(parser, text, "field.bidiOverride");
                }
            }
        }

        private static String nfc(String text) {
            return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        }

        private static void checkYear(JsonParser parser, Object value, int year) {
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw refused(parser, value, "field.year", FIRST_YEAR, LAST_YEAR);
            }
        }

        private static RefusedValue refused(JsonParser parser, Object value, String key, Object... arguments) {
            return new RefusedValue(parser, value.getClass(), key, arguments);
        }
    }
}
