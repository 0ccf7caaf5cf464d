package io.accord.review.rest;

import io.accord.review.DepartmentNames;
import io.accord.review.Review;
import io.accord.review.ReviewStatus;
import io.accord.review.record.RecordForms;
import io.accord.review.record.ReviewRecordV2;
import io.accord.review.service.ReviewRecords;

import java.util.Map;
import java.util.TreeMap;

/**
 * The review record as one document. {@code content} is the complete record (form version 2) as the review holds it;
 * once decided it is frozen: {@code contentHash} was taken at the decision over the record's JSON form number
 * {@code formVersion} (and is in the history chain), {@code intact} says whether the record still hashes to it.
 * Records decided before issue 13 were frozen in form 1 (or 0, before forms had numbers) and are verified in it; their
 * content shows what the review kept of the requirement then, without the requirement texts the events did not carry.
 *
 * <p>{@code departments}: the names (zh-CN, en) of the departments the record names, from the department directory as
 * it reads now. They are outside the hash, as the content names departments by code alone: renaming a department
 * changes how a record is printed, never whether it is intact.
 */
public record ReviewRecord(ReviewRecordV2 content, ReviewStatus status, boolean frozen, String contentHash,
        Integer formVersion, Boolean intact, Map<String, DepartmentNames> departments) {

    public static ReviewRecord of(Review review, ReviewRecords.Checked checked, Map<String, DepartmentNames> directory) {
        Map<String, DepartmentNames> named = new TreeMap<>();
        for (String code : RecordForms.departmentsIn(checked.content())) {
            if (directory.containsKey(code)) {
                named.put(code, directory.get(code));
            }
        }
        return new ReviewRecord(checked.content(), review.status, review.recordHash != null, review.recordHash,
                checked.formVersion(), checked.intact(), named);
    }

    /** The department's name in the page's language ({@code zh-CN} or {@code en}); its code if the directory lacks it. */
    public String departmentName(String code, String language) {
        DepartmentNames names = departments.get(code);
        if (names == null) {
            return code;
        }
        return language.startsWith("zh") ? names.zhCN() : names.en();
    }
}
