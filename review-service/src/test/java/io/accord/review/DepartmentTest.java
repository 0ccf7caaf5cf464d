package io.accord.review;

import io.accord.infra.persistence.StoredJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A department is its code wherever it is written, and the built-in ones keep the order records were hashed in. */
class DepartmentTest {

    @Test
    void isWrittenAndReadAsItsCodeAloneAsTheFixedListWas() {
        Opinion opinion = new Opinion(Department.SAFETY_ENV, Verdict.APPROVE, null, List.of(), "sun.s", null, 1, true);
        assertTrue(StoredJson.write(opinion).startsWith("{\"department\":\"SAFETY_ENV\","), StoredJson.write(opinion));
        assertEquals(new Department("PROJECT_3"), StoredJson.read("\"PROJECT_3\"", Department.class));
        assertEquals("QUALITY", Department.QUALITY.toString());
    }

    @Test
    void theBuiltInDepartmentsComeFirstInTheirDeclaredOrderAndTheDirectorysOthersByCode() {
        Set<Department> sorted = new TreeSet<>(List.of(new Department("BRANCH_SH"), Department.SAFETY_ENV, new Department("A1"),
                Department.QUALITY, Department.LEGAL, Department.PRODUCTION));
        assertEquals(List.of(Department.QUALITY, Department.PRODUCTION, Department.LEGAL, Department.SAFETY_ENV,
                new Department("A1"), new Department("BRANCH_SH")), List.copyOf(sorted));
        assertTrue(Department.QUALITY.builtIn());
        assertFalse(new Department("PROJECT_3").builtIn());
    }

    @Test
    void aPolicyStoredBeforeTheDirectoryReadsAsItWasWrittenAndRequiresNoOneMore() {
        PolicyRules stored = StoredJson.read("""
                {"simplifiedMaxValue": 50000, "financeThreshold": 200000, "legalThreshold": 500000,
                 "standardPaymentTerms": ["NET30"], "rerouteOnChange": {"PRICE": ["FINANCE"], "TERMS": ["LEGAL"]},
                 "slaHours": {"QUALITY": 48, "LEGAL": 72}}""", PolicyRules.class);

        assertEquals(Set.of(), stored.alwaysRequired());
        assertEquals(48, stored.slaHoursFor(Department.QUALITY));
        assertEquals(Map.of(PolicyRules.Aspect.PRICE, Set.of(Department.FINANCE), PolicyRules.Aspect.TERMS, Set.of(Department.LEGAL)),
                stored.rerouteOnChange());
        assertTrue(StoredJson.write(stored).contains("\"slaHours\":{\"QUALITY\":48,\"LEGAL\":72}"), StoredJson.write(stored));
    }

    @Test
    void thePolicyNamesEachDepartmentWithTheFieldThatNamesIt() {
        Department project = new Department("PROJECT_3");
        PolicyRules rules = new PolicyRules(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, List.of(),
                Map.of(PolicyRules.Aspect.TERMS, Set.of(Department.LEGAL, project)), Map.of(project, 24), Set.of(project));

        assertEquals(List.of(new PolicyRules.NamedDepartment("rerouteOnChange.TERMS", Department.LEGAL),
                new PolicyRules.NamedDepartment("rerouteOnChange.TERMS", project),
                new PolicyRules.NamedDepartment("slaHours.PROJECT_3", project),
                new PolicyRules.NamedDepartment("alwaysRequired", project)), rules.namedDepartments());
    }
}
