package io.accord.infra.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ?page=&size=}: page from 0, size 1 to 200, with the messages the problem details show. */
class PageParamsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        // the parameter interpolator needs no expression-language implementation outside Quarkus
        factory = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theFirstPageAndTheLargestSizeAreAllowed() {
        assertTrue(validator.validate(params(0, 1)).isEmpty());
        assertTrue(validator.validate(params(0, 200)).isEmpty());
    }

    @Test
    void aNegativePageIsRefusedByName() {
        ConstraintViolation<PageParams> v = single(validator.validate(params(-1, 20)));
        assertEquals("page", v.getPropertyPath().toString());
        assertEquals("must be 0 or more", v.getMessage());
    }

    @Test
    void aSizeOfZeroOrAbove200IsRefusedWithTheRange() {
        for (int size : new int[]{0, 201}) {
            ConstraintViolation<PageParams> v = single(validator.validate(params(0, size)));
            assertEquals("size", v.getPropertyPath().toString());
            assertEquals("must be between 1 and 200", v.getMessage());
        }
    }

    private static PageParams params(int page, int size) {
        PageParams params = new PageParams();
        params.page = page;
        params.size = size;
        return params;
    }

    private static <T> ConstraintViolation<T> single(Set<ConstraintViolation<T>> violations) {
        assertEquals(1, violations.size(), violations.toString());
        return violations.iterator().next();
    }
}
