package io.accord.requirements.rest;

import io.accord.requirements.Customer;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * One contact person of a customer; the first contact with an {@code email} receives the customer's mail. An address
 * needs a domain with a dot ({@code a@b} is refused: it would bounce).
 */
public record ContactRequest(@NotBlank @Size(max = 100) String name, @Size(max = 100) String role,
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Size(max = 200) String email, @Size(max = 40) String phone) {

    /** Absent stays absent: a registration has none, an update leaves them as they are. */
    static List<Customer.Contact> toContacts(List<ContactRequest> contacts) {
        return contacts == null ? null
                : contacts.stream().map(c -> new Customer.Contact(c.name(), c.role(), c.email(), c.phone())).toList();
    }
}
