package ma.remacto.kit.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses JSON strings that hold a NUL character (PostgreSQL cannot store one in text): the
 * request answers 400 like any other invalid value, instead of failing in the database.
 */
public final class NulFreeStrings extends StringDeserializer {

    private NulFreeStrings() {
    }

    /** The module that puts this deserializer in place of Jackson's own for every string. */
    public static SimpleModule module() {
        return new SimpleModule("remacto-nul-free-strings").addDeserializer(String.class, new NulFreeStrings());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String value = super.deserialize(parser, context);
        if (value != null && value.indexOf('\0') >= 0) {
            return (String) context.handleWeirdStringValue(String.class, value.replace('\0', '\uFFFD'),
                    "text may not hold NUL characters");
        }
        return value;
    }
}
