package io.accord.requirements.service;

import io.accord.infra.changes.WritesChanges;
import io.accord.infra.errors.ConflictException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.web.Etags;
import io.accord.infra.persistence.Keyset;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.web.Page;
import io.accord.infra.web.PageParams;
import io.accord.requirements.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
@WritesChanges
public class CustomerService {

    /** The list's order, unique with the id as the last key: what a cursor continues. */
    private static final Keyset<Customer> BY_CODE = Keyset.<Customer>ascending("code", String.class, c -> c.code)
            .thenAscending("id", UUID.class, c -> c.id);

    private final Clock clock;

    public CustomerService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public Customer register(RegisterCustomerCommand request) {
        if (Customer.findByCode(request.code()) != null) {
            throw new ConflictException("a customer with code " + request.code() + " already exists");
        }
        Customer customer = Customer.register(request.code(), request.name(), request.contacts(), OffsetDateTime.now(clock));
        customer.persist();
        return customer;
    }

    @Transactional
    public Customer update(UUID id, UpdateCustomerCommand patch, String ifMatch) {
        Customer customer = get(id);
        Etags.requireMatch(ifMatch, customer.version);
        customer.update(new Customer.Update(patch.name(), patch.contacts()));
        return customer;
    }

    public Customer get(UUID id) {
        Customer customer = Customer.findById(id);
        if (customer == null) {
            throw new ResourceNotFoundException("customer", id);
        }
        return customer;
    }

    public Page<Customer> list(String code, String nameContains, PageParams page) {
        QueryFilter filter = new QueryFilter().equal("code", code)
                .where("lower(name) like :name", "name", nameContains == null ? null : "%" + nameContains.toLowerCase() + "%");
        return Pages.of(Customer.class, filter, BY_CODE, page);
    }
}
