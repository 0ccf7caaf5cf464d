package io.accord.requirements.service;

import io.accord.infra.changes.WritesChanges;
import io.accord.infra.errors.ConflictException;
import io.accord.infra.errors.ResourceNotFoundException;
import io.accord.infra.i18n.Text;
import io.accord.infra.persistence.Pages;
import io.accord.infra.persistence.QueryFilter;
import io.accord.infra.persistence.Sorting;
import io.accord.infra.web.Etags;
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

    /** What the list sorts by (CustomerResource.list documents the same fields); by code by default. */
    private static final Sorting<Customer> SORTING = Sorting.<Customer>unique("id", UUID.class, c -> c.id)
            .field("code", String.class, c -> c.code)
            .field("name", String.class, c -> c.name)
            .field("createdAt", OffsetDateTime.class, c -> c.createdAt)
            .byDefault("code,asc");

    private final Clock clock;

    public CustomerService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public Customer register(RegisterCustomerCommand request) {
        if (Customer.findByCode(request.code()) != null) {
            throw new ConflictException(Text.of("requirements.customer.code-taken", request.code()));
        }
        Customer customer = Customer.register(request.code(), request.name(), request.contacts(), request.language(),
                request.surveysOptOut(), OffsetDateTime.now(clock));
        customer.persist();
        return customer;
    }

    @Transactional
    public Customer update(UUID id, UpdateCustomerCommand patch, String ifMatch) {
        Customer customer = get(id);
        Etags.requireMatch(ifMatch, customer.version);
        customer.update(new Customer.Update(patch.name(), patch.contacts(), patch.language(), patch.surveysOptOut()));
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
        return Pages.of(Customer.class, filter, SORTING, page);
    }
}
