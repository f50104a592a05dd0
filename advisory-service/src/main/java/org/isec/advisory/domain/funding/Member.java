package org.isec.advisory.domain.funding;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What advisory knows of a member organisation, kept from membership events (never asked for synchronously):
 * the facts funding calls are decided on. Written only through {@link MemberProjection}.
 */
@Document("members")
public record Member(
        @Id String id,
        MemberStatus status,
        String legalName,
        String legalForm,
        List<String> atecoCodes,
        String region,
        String province,
        Integer employees,
        Integer foundedYear,
        List<String> founderTraits,
        List<String> languages) {

    public Member {
        atecoCodes = atecoCodes == null ? List.of() : List.copyOf(atecoCodes);
        founderTraits = founderTraits == null ? List.of() : List.copyOf(founderTraits);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public enum MemberStatus {
        ACTIVE, SUSPENDED
    }
}
