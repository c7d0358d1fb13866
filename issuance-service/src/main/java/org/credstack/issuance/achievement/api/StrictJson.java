package org.credstack.issuance.achievement.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads a request body failing on properties the target does not declare (mass assignment, typos). The service's
 * shared mapper ignores unknown properties, and {@code @JsonIgnoreProperties(ignoreUnknown = false)} cannot
 * override that: it only ever relaxes, so the reader itself has to be strict.
 */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
