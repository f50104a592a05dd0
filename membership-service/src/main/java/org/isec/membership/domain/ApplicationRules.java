package org.isec.membership.domain;

import java.time.Year;

import org.isec.defaults.problem.InvalidInputException;

/** Every rule an application must pass before it is stored; all broken rules are reported together. */
final class ApplicationRules {

    record Valid(Organization organization, Contact contact, int charterVersion) {
    }

    private ApplicationRules() {
    }

    static Valid check(ApplicationForm form, Charter current, Year thisYear) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        if (form == null) {
            throw InvalidInputException.of("body", "is required");
        }
        Organization organization = organization(form.organization(), new FieldRules(errors), thisYear, errors);
        Contact contact = contact(form.contact(), new FieldRules(errors), errors);
        errors.addIf(!Boolean.TRUE.equals(form.charterAccepted()), "charterAccepted",
                "must be true: membership requires accepting the charter");
        if (form.charterVersion() == null || form.charterVersion().isBlank()) {
            errors.add("charterVersion", "is required: the version of the charter you accept");
        } else if (!current.id().equals(form.charterVersion().strip())) {
            errors.add("charterVersion", "must be the current charter version " + current.id());
        }
        errors.throwIfAny();
        return new Valid(organization, contact, current.number());
    }

    private static Organization organization(ApplicationForm.OrganizationForm form, FieldRules rules, Year thisYear,
                                             InvalidInputException.Builder errors) {
        if (form == null) {
            errors.add("organization", "is required");
            return null;
        }
        String p = "organization.";
        FieldRules.Place place = rules.place(p, form.region(), form.province());
        return new Organization(
                rules.requiredText(p + "legalName", form.legalName(), 200),
                rules.vatNumber(p + "vatNumber", form.vatNumber()),
                rules.legalForm(p + "legalForm", form.legalForm()),
                rules.atecoCodes(p + "atecoCodes", form.atecoCodes()),
                place.region(), place.province(),
                rules.optionalText(p + "city", form.city(), 100),
                rules.languages(p + "languages", form.languages()),
                rules.capabilities(p + "capabilities", form.capabilities()),
                rules.employees(p + "employees", form.employees()),
                rules.foundedYear(p + "foundedYear", form.foundedYear(), thisYear),
                rules.website(p + "website", form.website()),
                rules.founderTraits(p + "founderTraits", form.founderTraits()));
    }

    private static Contact contact(ApplicationForm.ContactForm form, FieldRules rules,
                                   InvalidInputException.Builder errors) {
        if (form == null) {
            errors.add("contact", "is required");
            return null;
        }
        String p = "contact.";
        return new Contact(
                rules.requiredText(p + "firstName", form.firstName(), 100),
                rules.requiredText(p + "lastName", form.lastName(), 100),
                rules.email(p + "email", form.email()),
                rules.phone(p + "phone", form.phone()),
                rules.language(p + "language", form.language()));
    }
}
