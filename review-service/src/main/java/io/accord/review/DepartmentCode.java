package io.accord.review;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A department in a column is its code, as the rows written when departments were a fixed list hold it. */
@Converter(autoApply = true)
public class DepartmentCode implements AttributeConverter<Department, String> {

    @Override
    public String convertToDatabaseColumn(Department department) {
        return department == null ? null : department.code();
    }

    @Override
    public Department convertToEntityAttribute(String code) {
        return Department.of(code);
    }
}
