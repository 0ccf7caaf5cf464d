package io.accord.testsupport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every operation of an app that takes a request body shows an example of it in the OpenAPI document
 * ({@code @RequestBody(content = @Content(examples = @ExampleObject(…)))} on the resource method), and each example is
 * a body the operation accepts: it reads into the operation's body type without an unknown field and passes its Bean
 * Validation constraints. Plain JUnit: the app's resource classes are read, no app is started.
 */
public final class RequestBodyExamples {

    /** Parameters the JAX-RS runtime fills from elsewhere than the body (path, query, headers, context). */
    private static final List<String> NOT_THE_BODY = List.of("jakarta.ws.rs.", "org.jboss.resteasy.reactive.", "io.vertx.");

    private RequestBodyExamples() {
    }

    /**
     * @param app   the app's root package (its resources are found below it)
     * @param clock the time the examples are judged at ({@code @FutureOrPresent} due dates, {@code @PastOrPresent} times)
     */
    public static void check(String app, Clock clock) {
        List<Class<?>> resources = resources(app);
        if (resources.isEmpty()) {
            throw new AssertionError("no JAX-RS resources found under " + app);
        }
        List<String> problems = problems(resources, clock);
        if (!problems.isEmpty()) {
            throw new AssertionError("request body examples:\n  " + String.join("\n  ", problems));
        }
    }

    /** What is wrong with the request body examples of these resource classes (nothing: an empty list). */
    static List<String> problems(List<Class<?>> resources, Clock clock) {
        ObjectMapper json = JsonMapper.builder().findAndAddModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (ValidatorFactory validation = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).clockProvider(() -> clock)
                .buildValidatorFactory()) {
            List<String> problems = new ArrayList<>();
            for (Class<?> resource : resources) {
                problems.addAll(problems(resource, json, validation.getValidator()));
            }
            return problems;
        }
    }

    private static List<String> problems(Class<?> resource, ObjectMapper json, Validator validator) {
        List<String> problems = new ArrayList<>();
        Method[] methods = resource.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method method : methods) {
            if (!isOperation(method)) {
                continue;
            }
            String operation = resource.getSimpleName() + "." + method.getName();
            Optional<Parameter> body = Arrays.stream(method.getParameters()).filter(RequestBodyExamples::isBody).findFirst();
            List<ExampleObject> examples = examples(method);
            if (body.isEmpty()) {
                if (!examples.isEmpty()) {
                    problems.add(operation + ": an example for an operation without a body");
                }
                continue;
            }
            if (examples.isEmpty()) {
                problems.add(operation + ": no example of its " + body.get().getType().getSimpleName()
                        + " (@RequestBody(content = @Content(examples = @ExampleObject(…))))");
            }
            JavaType type = json.getTypeFactory().constructType(body.get().getParameterizedType());
            for (ExampleObject example : examples) {
                String name = operation + " example '" + example.name() + "'";
                try {
                    Object value = json.readValue(example.value(), type);
                    for (ConstraintViolation<Object> violation : validator.validate(value)) {
                        problems.add(name + ": " + violation.getPropertyPath() + " " + violation.getMessage());
                    }
                } catch (Exception e) {
                    problems.add(name + " does not read as " + body.get().getType().getSimpleName() + ": "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                }
            }
        }
        return problems;
    }

    private static List<Class<?>> resources(String app) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(app)
                .stream().filter(c -> c.isAnnotatedWith(Path.class)).map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName)).<Class<?>>map(c -> c).toList();
    }

    private static boolean isOperation(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static boolean isBody(Parameter parameter) {
        boolean bound = Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType).map(Class::getName)
                .anyMatch(name -> NOT_THE_BODY.stream().anyMatch(name::startsWith));
        String type = parameter.getType().getName();
        return !bound && NOT_THE_BODY.stream().noneMatch(type::startsWith);
    }

    /** The examples on the method's {@code @RequestBody}, or on its body parameter's. */
    private static List<ExampleObject> examples(Method method) {
        List<RequestBody> bodies = new ArrayList<>();
        Optional.ofNullable(method.getAnnotation(RequestBody.class)).ifPresent(bodies::add);
        for (Parameter parameter : method.getParameters()) {
            Optional.ofNullable(parameter.getAnnotation(RequestBody.class)).ifPresent(bodies::add);
        }
        return bodies.stream().flatMap(b -> Arrays.stream(b.content())).map(Content::examples).flatMap(Arrays::stream)
                .toList();
    }
}
