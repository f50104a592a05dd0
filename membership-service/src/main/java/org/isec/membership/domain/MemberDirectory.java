package org.isec.membership.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import org.isec.defaults.mongo.LiteralRegex;
import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.security.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** Finding members by sector, place, language and capability. */
@Component
public class MemberDirectory {

    private static final Pattern SECTOR = Pattern.compile("\\d{2}(\\.\\d{1,2}){0,2}");

    public enum Standing {
        ACTIVE, SUSPENDED
    }

    /**
     * @param sector     ATECO prefix: {@code 56} matches {@code 56.10.11}
     * @param capability matched case-insensitively within the capability tags
     */
    public record Filter(String sector, String region, String province, String language, String capability,
                         Standing standing) {
    }

    private final MongoTemplate mongo;

    MemberDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static boolean maySee(Caller caller) {
        return caller.isOperator() || caller.hasRole("member");
    }

    public Page<Membership> find(Filter filter, int page, int size, Caller caller) {
        if (!maySee(caller)) {
            throw new ForbiddenException("MEMBERS_ONLY", "The member directory is for members and operators.");
        }
        Criteria criteria = criteria(filter);
        PageRequest pageable = PageRequest.of(page, size, Sort.by("organization.legalName"));
        return PageableExecutionUtils.getPage(mongo.find(Query.query(criteria).with(pageable), Membership.class),
                pageable, () -> mongo.count(Query.query(criteria), Membership.class));
    }

    private static Criteria criteria(Filter filter) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        Criteria criteria = Criteria.where("status").is(ApplicationStatus.APPROVED);
        if (filter.sector() != null) {
            errors.addIf(!SECTOR.matcher(filter.sector()).matches(), "sector",
                    "must be an ATECO code or its beginning, e.g. 56 or 56.10");
            criteria.and("organization.atecoCodes").in(Pattern.compile("^" + LiteralRegex.of(filter.sector())));
        }
        if (filter.region() != null) {
            var region = ItalianTerritory.region(filter.region());
            errors.addIf(region.isEmpty(), "region", "must be an Italian region, e.g. Lombardia");
            region.ifPresent(r -> criteria.and("organization.region").is(r));
        }
        if (filter.province() != null) {
            String province = filter.province().toUpperCase(Locale.ROOT);
            errors.addIf(!ItalianTerritory.isProvince(province), "province", "must be an Italian province code");
            criteria.and("organization.province").is(province);
        }
        if (filter.language() != null) {
            String language = filter.language().toLowerCase(Locale.ROOT);
            errors.addIf(!Languages.isIso6391(language), "language", "must be an ISO 639-1 code");
            criteria.and("organization.languages").is(language);
        }
        if (filter.capability() != null && !filter.capability().isBlank()) {
            // $in with a pattern matches tag by tag; a bare $regex on the array would, on the mongo-java-server dev
            // database, also match the array's text form "[a, b]" (so "[" found every member).
            criteria.and("organization.capabilities")
                    .in(Pattern.compile(LiteralRegex.of(filter.capability().strip()), Pattern.CASE_INSENSITIVE));
        }
        if (filter.standing() == Standing.ACTIVE) {
            criteria.and("suspension").is(null);
        } else if (filter.standing() == Standing.SUSPENDED) {
            criteria.and("suspension").ne(null);
        }
        errors.throwIfAny();
        return criteria;
    }
}
