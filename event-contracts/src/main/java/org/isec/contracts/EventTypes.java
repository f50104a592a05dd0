package org.isec.contracts;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.isec.contracts.advisory.AdvisorAssigned;
import org.isec.contracts.advisory.AdvisoryCaseClosed;
import org.isec.contracts.advisory.AdvisoryRequested;
import org.isec.contracts.advisory.AdvisorySessionScheduled;
import org.isec.contracts.advisory.BusinessPlanFinalized;
import org.isec.contracts.advisory.FundingMatchFound;
import org.isec.contracts.advisory.FundingOpportunityPublished;
import org.isec.contracts.marketplace.BidSubmitted;
import org.isec.contracts.marketplace.BidWithdrawn;
import org.isec.contracts.marketplace.CommissionAwarded;
import org.isec.contracts.marketplace.CommissionCancelled;
import org.isec.contracts.marketplace.CommissionCompleted;
import org.isec.contracts.marketplace.CommissionPublished;
import org.isec.contracts.marketplace.ReviewSubmitted;
import org.isec.contracts.marketplace.SuppliersMatched;
import org.isec.contracts.membership.CharterAccepted;
import org.isec.contracts.membership.CharterPublished;
import org.isec.contracts.membership.EthicsReportFiled;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberProfileUpdated;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.contracts.membership.MembershipApplied;
import org.isec.contracts.membership.MembershipRejected;
import org.isec.contracts.training.CertificateIssued;
import org.isec.contracts.training.CourseCompleted;
import org.isec.contracts.training.CoursePublished;
import org.isec.contracts.training.EnrollmentCancelled;
import org.isec.contracts.training.EnrollmentConfirmed;
import org.isec.contracts.training.EnrollmentWaitlisted;

/**
 * The registry of every integration event. An explicit list rather than classpath scanning, so adding an event
 * is a visible change here and no service depends on scanning order or reflection at start-up.
 */
public final class EventTypes {

    private static final List<Class<? extends IsecEvent>> RECORDS = List.of(
            MembershipApplied.class, MemberApproved.class, MembershipRejected.class, MemberSuspended.class,
            MemberReinstated.class, MemberProfileUpdated.class, CharterPublished.class, CharterAccepted.class,
            EthicsReportFiled.class,
            CommissionPublished.class, SuppliersMatched.class, BidSubmitted.class, BidWithdrawn.class,
            CommissionAwarded.class, CommissionCompleted.class, CommissionCancelled.class, ReviewSubmitted.class,
            AdvisoryRequested.class, AdvisorAssigned.class, AdvisorySessionScheduled.class, AdvisoryCaseClosed.class,
            BusinessPlanFinalized.class, FundingOpportunityPublished.class, FundingMatchFound.class,
            CoursePublished.class, EnrollmentConfirmed.class, EnrollmentWaitlisted.class, EnrollmentCancelled.class,
            CourseCompleted.class, CertificateIssued.class);

    private static final Map<Class<?>, EventDescriptor> BY_CLASS = index(RECORDS);

    private EventTypes() {
    }

    /** The descriptor of a registered record; {@link IllegalArgumentException} if it is not registered. */
    public static EventDescriptor of(Class<? extends IsecEvent> javaType) {
        EventDescriptor descriptor = BY_CLASS.get(javaType);
        if (descriptor == null) {
            throw new IllegalArgumentException(javaType.getName() + " is not a registered event (see EventTypes)");
        }
        return descriptor;
    }

    /** The newest version of a wire type, e.g. {@code isec.membership.MemberApproved}. */
    public static Optional<EventDescriptor> byType(String type) {
        return BY_CLASS.values().stream()
                .filter(d -> d.type().equals(type))
                .max(Comparator.comparingInt(EventDescriptor::version));
    }

    /** One version of a wire type. */
    public static Optional<EventDescriptor> byType(String type, int version) {
        return BY_CLASS.values().stream()
                .filter(d -> d.type().equals(type) && d.version() == version)
                .findFirst();
    }

    /** The descriptor a CloudEvent {@code dataschema} ({@code urn:isec:schema:<type>:v<version>}) names. */
    public static Optional<EventDescriptor> byDataSchema(String dataSchema) {
        return BY_CLASS.values().stream().filter(d -> d.dataSchema().equals(dataSchema)).findFirst();
    }

    /** Every registered event, in registration order. */
    public static Collection<EventDescriptor> all() {
        return BY_CLASS.values();
    }

    /** Wire types that may leave the platform (partner webhooks). */
    public static Set<String> partnerVisibleTypes() {
        return BY_CLASS.values().stream()
                .filter(EventDescriptor::partnerVisible)
                .map(EventDescriptor::type)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Map<Class<?>, EventDescriptor> index(List<Class<? extends IsecEvent>> records) {
        Map<Class<?>, EventDescriptor> byClass = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Class<? extends IsecEvent> record : records) {
            EventDescriptor descriptor = EventDescriptor.describe(record);
            if (!seen.add(descriptor.dataSchema())) {
                throw new IllegalStateException("duplicate event type " + descriptor.type() + " v"
                        + descriptor.version() + " on " + record.getName());
            }
            byClass.put(record, descriptor);
        }
        return java.util.Collections.unmodifiableMap(byClass);
    }
}
