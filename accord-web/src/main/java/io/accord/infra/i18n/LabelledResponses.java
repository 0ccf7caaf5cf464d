package io.accord.infra.i18n;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.IOException;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes every REST response body with {@link EnumLabels} on, in the request's language, and says
 * {@code Vary: Accept-Language} when the body's type can carry a label (an enum somewhere in it, or a type too open to
 * tell), so a cache keeps one copy per language. A body without enums does not vary.
 */
@Provider
public class LabelledResponses implements WriterInterceptor {

    private final Map<Type, Boolean> labelled = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper mapper;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Type type = context.getGenericType() != null ? context.getGenericType() : context.getType();
        if (type != null && labelled.computeIfAbsent(type, t -> mayCarryLabels(mapper.constructType(t), new HashSet<>()))) {
            varyByLanguage(context.getHeaders());
        }
        EnumLabels.writing(Locales.current(), context::proceed);
    }

    public static void varyByLanguage(MultivaluedMap<String, Object> headers) {
        Object vary = headers.getFirst(HttpHeaders.VARY);
        if (vary == null) {
            headers.putSingle(HttpHeaders.VARY, Locales.HEADER);
        } else if (!vary.toString().contains(Locales.HEADER)) {
            headers.putSingle(HttpHeaders.VARY, vary + ", " + Locales.HEADER);
        }
    }

    private boolean mayCarryLabels(JavaType type, Set<JavaType> seen) {
        if (type.isEnumType()) {
            return true;
        }
        if (type.isContainerType()) {
            return type.getContentType() == null || mayCarryLabels(type.getContentType(), seen);
        }
        Class<?> raw = type.getRawClass();
        if (raw == Object.class) {
            return true;
        }
        if (type.isPrimitive() || raw.isPrimitive() || raw.getName().startsWith("java.") || JsonNode.class.isAssignableFrom(raw)
                || Temporal.class.isAssignableFrom(raw) || raw == UUID.class || !seen.add(type)) {
            return false;
        }
        BeanDescription bean = mapper.getSerializationConfig().introspect(type);
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.couldSerialize() && mayCarryLabels(property.getPrimaryType(), seen)) {
                return true;
            }
        }
        return false;
    }
}
