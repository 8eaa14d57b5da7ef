package ma.remacto.kit.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The request's own field that a validation error concerns. A cross-field check such as
 * {@code @AssertTrue boolean isReasonGivenWhenRequired()} reports under its method's property,
 * {@code reasonGivenWhenRequired}, which no client ever sent: the answer names the request field
 * that the property's name begins with ({@code reason}), the longest such when several do. Name
 * such checks after the field they concern. A field the request has keeps its name.
 */
final class RequestFields {

    private RequestFields() {
    }

    static String of(FieldError error, BindingResult result) {
        String path = error.getField();
        int dot = path.lastIndexOf('.');
        String owner = dot < 0 ? "" : path.substring(0, dot);
        String leaf = path.substring(dot + 1);
        Class<?> type = owner.isEmpty() ? targetType(result) : ownerType(result, owner);
        if (type == null) {
            return path;
        }
        List<String> fields = fieldsOf(type);
        if (fields.contains(leaf)) {
            return path;
        }
        return fields.stream().filter(leaf::startsWith).max(Comparator.comparingInt(String::length))
                .map(field -> owner.isEmpty() ? field : owner + "." + field)
                .orElse(path);
    }

    private static Class<?> targetType(BindingResult result) {
        return result.getTarget() == null ? null : result.getTarget().getClass();
    }

    private static Class<?> ownerType(BindingResult result, String owner) {
        try {
            return result.getFieldType(owner);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<String> fieldsOf(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return Arrays.stream(type.getDeclaredFields()).map(Field::getName).toList();
    }
}
