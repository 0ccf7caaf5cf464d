package io.accord.infra.i18n;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Beside every enum a response carries, its label in the reader's language: {@code status: "SUBMITTED"} gets
 * {@code statusLabel: "已提交评审"}, a list of enums {@code servicesLabels}. The code stays the contract; the label is for
 * people. Labels come from the bundles ({@code label.<Enum>.<CODE>}, the enum's name within its package, e.g.
 * {@code label.Complaint.Status.OPEN}); a code without one is its own label. They are written only while a REST
 * response body is written ({@link LabelledResponses}), never into events, audit details or stored JSON, which share
 * this mapper and must not change with a reader's language.
 */
@Singleton
public class EnumLabels implements ObjectMapperCustomizer {

    public static final String SUFFIX = "Label";
    public static final String LIST_SUFFIX = "Labels";
    private static final ThreadLocal<Locale> WRITING = new ThreadLocal<>();

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("accord-enum-labels").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                    List<BeanPropertyWriter> properties) {
                List<BeanPropertyWriter> out = new ArrayList<>(properties.size());
                for (BeanPropertyWriter property : properties) {
                    out.add(property);
                    JavaType type = property.getType();
                    if (type.isEnumType()) {
                        out.add(new LabelWriter(property, SUFFIX));
                    } else if (type.isCollectionLikeType() && type.getContentType().isEnumType()) {
                        out.add(new LabelWriter(property, LIST_SUFFIX));
                    }
                }
                return out;
            }
        }));
    }

    public static String label(Enum<?> code, Locale locale) {
        Class<?> type = code.getDeclaringClass();
        String name = type.getName().substring(type.getPackageName().isEmpty() ? 0 : type.getPackageName().length() + 1);
        return Text.keyOr("label." + name.replace('$', '.') + "." + code.name(), code.name()).in(locale);
    }

    /** Runs {@code write} with labels on, in {@code locale}. */
    static <E extends Exception> void writing(Locale locale, ThrowingRunnable<E> write) throws E {
        Locale before = WRITING.get();
        WRITING.set(locale);
        try {
            write.run();
        } finally {
            if (before == null) {
                WRITING.remove();
            } else {
                WRITING.set(before);
            }
        }
    }

    interface ThrowingRunnable<E extends Exception> {
        void run() throws E;
    }

    /** The label property: written after its enum, only while a response is written, omitted when the enum is null. */
    static final class LabelWriter extends BeanPropertyWriter {

        LabelWriter(BeanPropertyWriter code, String suffix) {
            super(code, new SerializedString(code.getName() + suffix));
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            Locale locale = WRITING.get();
            Object value = locale == null ? null : get(bean);
            if (value == null) {
                return;
            }
            gen.writeFieldName(_name);
            if (value instanceof Enum<?> code) {
                gen.writeString(label(code, locale));
                return;
            }
            gen.writeStartArray();
            for (Object element : (Collection<?>) value) {
                gen.writeString(element == null ? null : label((Enum<?>) element, locale));
            }
            gen.writeEndArray();
        }
    }
}
