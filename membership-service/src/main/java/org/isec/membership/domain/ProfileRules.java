package org.isec.membership.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.isec.defaults.problem.InvalidInputException;

/** Applies a {@link ProfileChanges} to a member's profile with the same field rules as an application. */
final class ProfileRules {

    record Result(Organization organization, Contact contact, List<String> changedFields) {
    }

    private ProfileRules() {
    }

    static Result apply(Organization current, Contact currentContact, ProfileChanges changes) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        FieldRules rules = new FieldRules(errors);
        ProfileChanges.OrganizationChanges o = changes.organization() != null ? changes.organization()
                : new ProfileChanges.OrganizationChanges(null, null, null, null, null, null, null, null, null);
        ProfileChanges.ContactChanges c = changes.contact() != null ? changes.contact()
                : new ProfileChanges.ContactChanges(null, null, null, null, null);
        String p = "organization.";
        FieldRules.Place place = rules.place(p, or(o.region(), current.region()), or(o.province(), current.province()));
        Organization organization = new Organization(current.legalName(), current.vatNumber(), current.legalForm(),
                o.atecoCodes() == null ? current.atecoCodes() : rules.atecoCodes(p + "atecoCodes", o.atecoCodes()),
                place.region(), place.province(),
                o.city() == null ? current.city() : rules.optionalText(p + "city", o.city(), 100),
                o.languages() == null ? current.languages() : rules.languages(p + "languages", o.languages()),
                o.capabilities() == null ? current.capabilities()
                        : rules.capabilities(p + "capabilities", o.capabilities()),
                o.employees() == null ? current.employees() : rules.employees(p + "employees", o.employees()),
                current.foundedYear(),
                o.website() == null ? current.website() : rules.website(p + "website", o.website()),
                o.founderTraits() == null ? current.founderTraits()
                        : rules.founderTraits(p + "founderTraits", o.founderTraits()));
        String q = "contact.";
        Contact contact = new Contact(
                c.firstName() == null ? currentContact.firstName() : rules.requiredText(q + "firstName", c.firstName(), 100),
                c.lastName() == null ? currentContact.lastName() : rules.requiredText(q + "lastName", c.lastName(), 100),
                c.email() == null ? currentContact.email() : rules.email(q + "email", c.email()),
                c.phone() == null ? currentContact.phone() : rules.phone(q + "phone", c.phone()),
                c.language() == null ? currentContact.language() : rules.language(q + "language", c.language()));
        errors.throwIfAny();
        return new Result(organization, contact, changed(current, organization, currentContact, contact));
    }

    private static List<String> changed(Organization a, Organization b, Contact x, Contact y) {
        List<String> fields = new ArrayList<>();
        add(fields, "atecoCodes", a.atecoCodes(), b.atecoCodes());
        add(fields, "region", a.region(), b.region());
        add(fields, "province", a.province(), b.province());
        add(fields, "city", a.city(), b.city());
        add(fields, "languages", a.languages(), b.languages());
        add(fields, "capabilities", a.capabilities(), b.capabilities());
        add(fields, "employees", a.employees(), b.employees());
        add(fields, "website", a.website(), b.website());
        add(fields, "founderTraits", a.founderTraits(), b.founderTraits());
        add(fields, "contact.firstName", x.firstName(), y.firstName());
        add(fields, "contact.lastName", x.lastName(), y.lastName());
        add(fields, "contact.email", x.email(), y.email());
        add(fields, "contact.phone", x.phone(), y.phone());
        add(fields, "contact.language", x.language(), y.language());
        return fields;
    }

    private static void add(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
