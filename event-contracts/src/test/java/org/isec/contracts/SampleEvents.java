package org.isec.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.isec.contracts.advisory.AdvisorAssigned;
import org.isec.contracts.advisory.AdvisoryCaseClosed;
import org.isec.contracts.advisory.AdvisoryRequested;
import org.isec.contracts.advisory.AdvisorySessionScheduled;
import org.isec.contracts.advisory.BusinessPlanFinalized;
import org.isec.contracts.advisory.Eligibility;
import org.isec.contracts.advisory.FundingMatchFound;
import org.isec.contracts.advisory.FundingOpportunityPublished;
import org.isec.contracts.marketplace.BidSubmitted;
import org.isec.contracts.marketplace.BidWithdrawn;
import org.isec.contracts.marketplace.Budget;
import org.isec.contracts.marketplace.CommissionAwarded;
import org.isec.contracts.marketplace.CommissionCancelled;
import org.isec.contracts.marketplace.CommissionCompleted;
import org.isec.contracts.marketplace.CommissionPublished;
import org.isec.contracts.marketplace.Lot;
import org.isec.contracts.marketplace.ReviewSubmitted;
import org.isec.contracts.marketplace.SupplierMatch;
import org.isec.contracts.marketplace.SuppliersMatched;
import org.isec.contracts.membership.CharterAccepted;
import org.isec.contracts.membership.CharterPublished;
import org.isec.contracts.membership.ContactPerson;
import org.isec.contracts.membership.EthicsReportFiled;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberProfileUpdated;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.contracts.membership.MembershipApplied;
import org.isec.contracts.membership.MembershipRejected;
import org.isec.contracts.membership.OrganizationProfile;
import org.isec.contracts.training.CertificateIssued;
import org.isec.contracts.training.CourseCompleted;
import org.isec.contracts.training.CoursePublished;
import org.isec.contracts.training.CourseSession;
import org.isec.contracts.training.EnrollmentCancelled;
import org.isec.contracts.training.EnrollmentConfirmed;
import org.isec.contracts.training.EnrollmentWaitlisted;

/**
 * One realistic instance of every contract event, telling one story: Sapori del Nilo (an Egyptian-founded
 * catering company in Milan, contact Amina) joins, bids, wins, gets advice and training.
 * Published in the test-jar for other modules' tests.
 */
public final class SampleEvents {

    public static final Instant AT = Instant.parse("2026-05-04T09:15:00Z");

    public static final String APPLICATION_ID = "66a1f0c2e4b0a1b2c3d4e5f1";
    /** Sapori del Nilo, the member most samples are about. */
    public static final String MEMBER_ID = "66a1f0c2e4b0a1b2c3d4e5f2";
    /** Cooperativa Sociale Il Ponte, the buyer of the sample commission. */
    public static final String BUYER_MEMBER_ID = "66a1f0c2e4b0a1b2c3d4e5f3";
    /** Lavanderia Arcobaleno, joint-bid partner of Sapori del Nilo. */
    public static final String PARTNER_MEMBER_ID = "66a1f0c2e4b0a1b2c3d4e5f4";
    /** Catering Brianza, the losing bidder. */
    public static final String OTHER_BIDDER_MEMBER_ID = "66a1f0c2e4b0a1b2c3d4e5f5";
    public static final String REPORT_ID = "66a1f0c2e4b0a1b2c3d4e5f6";

    /** Amina Haddad's Keycloak user id. */
    public static final String USER_ID = "3f6c9a0e-7b1d-4c2e-9f8a-1d2b3c4d5e6f";
    public static final String ADVISOR_ID = "8d2e4f60-1a3b-4c5d-8e9f-0a1b2c3d4e5f";
    public static final String TRAINER_ID = "b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e";

    public static final String COMMISSION_ID = "0f8e7d6c-5b4a-4938-8271-6c5d4e3f2a1b";
    public static final String LOT_ID = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    public static final String BID_ID = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
    public static final String OTHER_BID_ID = "3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f";
    public static final String REVIEW_ID = "4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80";

    public static final String REQUEST_ID = "66a1f0c2e4b0a1b2c3d4e601";
    public static final String SESSION_ID = "66a1f0c2e4b0a1b2c3d4e602";
    public static final String BUSINESS_PLAN_ID = "66a1f0c2e4b0a1b2c3d4e603";
    public static final String OPPORTUNITY_ID = "66a1f0c2e4b0a1b2c3d4e604";

    public static final String COURSE_ID = "66a1f0c2e4b0a1b2c3d4e701";
    public static final String ENROLLMENT_ID = "66a1f0c2e4b0a1b2c3d4e702";
    public static final String CERTIFICATE_ID = "66a1f0c2e4b0a1b2c3d4e703";
    public static final String VERIFICATION_CODE = "K7QX-M2PA-9WZR-4TNB";

    public static final String CHARTER_VERSION = "2026.1";

    private SampleEvents() {
    }

    /** Every sample, one per registered event type. */
    public static List<IsecEvent> all() {
        return List.of(membershipApplied(), memberApproved(), membershipRejected(), memberSuspended(),
                memberReinstated(), memberProfileUpdated(), charterPublished(), charterAccepted(), ethicsReportFiled(),
                commissionPublished(), suppliersMatched(), bidSubmitted(), bidWithdrawn(), commissionAwarded(),
                commissionCompleted(), commissionCancelled(), reviewSubmitted(),
                advisoryRequested(), advisorAssigned(), advisorySessionScheduled(), advisoryCaseClosed(),
                businessPlanFinalized(), fundingOpportunityPublished(), fundingMatchFound(),
                coursePublished(), enrollmentConfirmed(), enrollmentWaitlisted(), enrollmentCancelled(),
                courseCompleted(), certificateIssued());
    }

    // --- membership

    public static OrganizationProfile organization() {
        return new OrganizationProfile("Sapori del Nilo S.r.l.", "SRL", List.of("56.10.11", "56.21"), "Lombardia", "MI",
                "Milano", List.of("it", "ar", "en"), List.of("catering", "halal food", "event services"), 8, 2016,
                "https://saporidelnilo.example.org",
                List.of(OrganizationProfile.WOMEN_LED, OrganizationProfile.IMMIGRANT_FOUNDED));
    }

    public static ContactPerson contact() {
        return new ContactPerson("Amina", "amina@example.org", "ar");
    }

    public static MembershipApplied membershipApplied() {
        return new MembershipApplied(APPLICATION_ID, USER_ID, organization(), contact(), CHARTER_VERSION, AT);
    }

    public static MemberApproved memberApproved() {
        return new MemberApproved(MEMBER_ID, APPLICATION_ID, USER_ID, organization(), contact(), CHARTER_VERSION,
                AT.plusSeconds(86_400));
    }

    public static MembershipRejected membershipRejected() {
        return new MembershipRejected(APPLICATION_ID, USER_ID, "Sapori del Nilo S.r.l.",
                "The chamber of commerce registration could not be verified; please attach the visura camerale.",
                contact(), AT.plusSeconds(86_400));
    }

    public static MemberSuspended memberSuspended() {
        return new MemberSuspended(MEMBER_ID, MemberSuspended.ETHICS_SUSPENSION,
                "Suspended after ethics review of a report under principle 10 (anti-corruption).", REPORT_ID,
                AT.plusSeconds(30 * 86_400));
    }

    public static MemberReinstated memberReinstated() {
        return new MemberReinstated(MEMBER_ID, MemberReinstated.OPERATOR_DECISION,
                "Corrective measures verified by the ethics committee.", AT.plusSeconds(60 * 86_400));
    }

    public static MemberProfileUpdated memberProfileUpdated() {
        OrganizationProfile grown = new OrganizationProfile("Sapori del Nilo S.r.l.", "SRL", List.of("56.10.11", "56.21"),
                "Lombardia", "MI", "Milano", List.of("it", "ar", "en", "fr"),
                List.of("catering", "halal food", "event services", "cooking classes"), 11, 2016,
                "https://saporidelnilo.example.org",
                List.of(OrganizationProfile.WOMEN_LED, OrganizationProfile.IMMIGRANT_FOUNDED));
        return new MemberProfileUpdated(MEMBER_ID, grown, new ContactPerson("Amina", "amina@example.org", "it"),
                List.of("languages", "capabilities", "employees", "contact.language"), AT.plusSeconds(10 * 86_400));
    }

    public static CharterPublished charterPublished() {
        return new CharterPublished("2026.2", CHARTER_VERSION, List.of("it", "en", "fr", "es", "ar", "zh"),
                Instant.parse("2026-07-31T21:59:59Z"), Instant.parse("2026-07-01T08:00:00Z"));
    }

    public static CharterAccepted charterAccepted() {
        return new CharterAccepted(MEMBER_ID, "2026.2", USER_ID, Instant.parse("2026-07-03T14:20:00Z"));
    }

    public static EthicsReportFiled ethicsReportFiled() {
        return new EthicsReportFiled(REPORT_ID, OTHER_BIDDER_MEMBER_ID, 10, AT.plusSeconds(20 * 86_400));
    }

    // --- marketplace

    public static CommissionPublished commissionPublished() {
        Budget budget = new Budget(new BigDecimal("2500.00"), new BigDecimal("4000.00"), "EUR");
        Lot lot = new Lot(LOT_ID, "Lunch buffet with halal and vegetarian options",
                List.of("catering", "halal food"), budget);
        return new CommissionPublished(COMMISSION_ID, BUYER_MEMBER_ID, false,
                "Catering for a 120-guest intercultural business event",
                "Lunch buffet, vegetarian and halal options, service staff included.", "56.21",
                List.of("catering", "halal food"), "Lombardia", "MI", List.of("it", "en"), budget,
                Instant.parse("2027-03-01T17:00:00Z"), CommissionPublished.MEMBERS, List.of(), List.of(lot),
                AT.plusSeconds(40 * 86_400));
    }

    public static SuppliersMatched suppliersMatched() {
        return new SuppliersMatched(COMMISSION_ID, BUYER_MEMBER_ID,
                "Catering for a 120-guest intercultural business event", Instant.parse("2027-03-01T17:00:00Z"),
                List.of(new SupplierMatch(MEMBER_ID, 1, 0.91), new SupplierMatch(OTHER_BIDDER_MEMBER_ID, 2, 0.74)),
                AT.plusSeconds(40 * 86_400 + 5));
    }

    public static BidSubmitted bidSubmitted() {
        return new BidSubmitted(COMMISSION_ID, BID_ID, LOT_ID, MEMBER_ID, List.of(PARTNER_MEMBER_ID), BUYER_MEMBER_ID,
                Money.eur("3200.00"), 20, AT.plusSeconds(45 * 86_400));
    }

    public static BidWithdrawn bidWithdrawn() {
        return new BidWithdrawn(COMMISSION_ID, OTHER_BID_ID, LOT_ID, OTHER_BIDDER_MEMBER_ID, BUYER_MEMBER_ID,
                AT.plusSeconds(46 * 86_400));
    }

    public static CommissionAwarded commissionAwarded() {
        return new CommissionAwarded(COMMISSION_ID, LOT_ID, BID_ID, "Catering for a 120-guest intercultural business event",
                BUYER_MEMBER_ID, MEMBER_ID, List.of(PARTNER_MEMBER_ID), List.of(OTHER_BIDDER_MEMBER_ID),
                Money.eur("3200.00"), "Best coverage of halal and vegetarian menus within budget; linen service included.",
                Instant.parse("2027-03-03T10:00:00Z"));
    }

    public static CommissionCompleted commissionCompleted() {
        return new CommissionCompleted(COMMISSION_ID, LOT_ID, "Catering for a 120-guest intercultural business event",
                BUYER_MEMBER_ID, MEMBER_ID, List.of(PARTNER_MEMBER_ID), true, Instant.parse("2027-03-25T18:30:00Z"));
    }

    public static CommissionCancelled commissionCancelled() {
        return new CommissionCancelled(COMMISSION_ID, "Catering for a 120-guest intercultural business event",
                BUYER_MEMBER_ID, List.of(MEMBER_ID, OTHER_BIDDER_MEMBER_ID), "The event was postponed to next year.",
                Instant.parse("2027-02-20T09:00:00Z"));
    }

    public static ReviewSubmitted reviewSubmitted() {
        return new ReviewSubmitted(COMMISSION_ID, REVIEW_ID, BUYER_MEMBER_ID, MEMBER_ID, 5,
                Instant.parse("2027-03-27T12:00:00Z"));
    }

    // --- advisory

    public static AdvisoryRequested advisoryRequested() {
        return new AdvisoryRequested(REQUEST_ID, MEMBER_ID, USER_ID, "FINANCIAL", "fr", OPPORTUNITY_ID,
                AT.plusSeconds(50 * 86_400));
    }

    public static AdvisorAssigned advisorAssigned() {
        return new AdvisorAssigned(REQUEST_ID, MEMBER_ID, "FINANCIAL", "fr", ADVISOR_ID, "Giulia Rossi",
                "giulia.rossi@isec.example.org", AT.plusSeconds(51 * 86_400));
    }

    public static AdvisorySessionScheduled advisorySessionScheduled() {
        return new AdvisorySessionScheduled(REQUEST_ID, SESSION_ID, MEMBER_ID, ADVISOR_ID,
                "giulia.rossi@isec.example.org", Instant.parse("2026-06-30T08:00:00Z"),
                Instant.parse("2026-06-30T09:30:00Z"), AdvisorySessionScheduled.IN_PERSON,
                "Via Roma 1, 20121 Milano", AT.plusSeconds(52 * 86_400));
    }

    public static AdvisoryCaseClosed advisoryCaseClosed() {
        return new AdvisoryCaseClosed(REQUEST_ID, MEMBER_ID, ADVISOR_ID, "FINANCIAL", "LOAN_APPLICATION_SUBMITTED", 5,
                Instant.parse("2026-10-15T16:00:00Z"));
    }

    public static BusinessPlanFinalized businessPlanFinalized() {
        return new BusinessPlanFinalized(BUSINESS_PLAN_ID, MEMBER_ID, "Sapori del Nilo — second shop", 2, 2027, 3,
                Money.eur("60000.00"), Money.eur("50000.00"), Instant.parse("2026-09-01T10:00:00Z"));
    }

    public static FundingOpportunityPublished fundingOpportunityPublished() {
        Eligibility eligibility = new Eligibility(List.of("56"), List.of("Lombardia"),
                List.of("SRL", "SRLS", "COOPERATIVA"), 10, 49, List.of(OrganizationProfile.WOMEN_LED));
        return new FundingOpportunityPublished(OPPORTUNITY_ID, "Bando Nuova Impresa femminile 2026",
                FundingOpportunityPublished.REGIONAL, "Regione Lombardia", eligibility, Money.eur("10000.00"),
                Money.eur("75000.00"), LocalDate.of(2026, 11, 30), "https://www.bandi.regione.lombardia.it/",
                AT.plusSeconds(49 * 86_400));
    }

    public static FundingMatchFound fundingMatchFound() {
        return new FundingMatchFound(OPPORTUNITY_ID, MEMBER_ID, "Bando Nuova Impresa femminile 2026",
                LocalDate.of(2026, 11, 30),
                List.of("ATECO:56.10.11", "REGION:Lombardia", "LEGAL_FORM:SRL", "FOUNDER:WOMEN_LED"),
                AT.plusSeconds(49 * 86_400 + 2));
    }

    // --- training

    public static CoursePublished coursePublished() {
        return new CoursePublished(COURSE_ID,
                Map.of("it", "Partecipare agli appalti pubblici", "en", "Bidding for public contracts"),
                "PUBLIC_PROCUREMENT", CoursePublished.IN_PERSON, List.of("it", "en"), 25,
                List.of(new CourseSession(Instant.parse("2027-02-10T08:30:00Z"), Instant.parse("2027-02-10T12:00:00Z"),
                        "Via Roma 1, Milano", null)),
                TRAINER_ID, AT.plusSeconds(55 * 86_400));
    }

    public static EnrollmentConfirmed enrollmentConfirmed() {
        return new EnrollmentConfirmed(ENROLLMENT_ID, COURSE_ID,
                Map.of("it", "Partecipare agli appalti pubblici", "en", "Bidding for public contracts"), MEMBER_ID,
                USER_ID, "amina@example.org", true, AT.plusSeconds(56 * 86_400));
    }

    public static EnrollmentWaitlisted enrollmentWaitlisted() {
        return new EnrollmentWaitlisted(ENROLLMENT_ID, COURSE_ID,
                Map.of("it", "Partecipare agli appalti pubblici", "en", "Bidding for public contracts"), MEMBER_ID,
                USER_ID, "amina@example.org", 3, AT.plusSeconds(55 * 86_400 + 600));
    }

    public static EnrollmentCancelled enrollmentCancelled() {
        return new EnrollmentCancelled(ENROLLMENT_ID, COURSE_ID, MEMBER_ID, USER_ID, true, AT.plusSeconds(57 * 86_400));
    }

    public static CourseCompleted courseCompleted() {
        return new CourseCompleted(ENROLLMENT_ID, COURSE_ID, CourseCompleted.ETHICS_TOPIC,
                Map.of("it", "La Carta etica ISEC e il Global Compact", "en", "The ISEC charter and the Global Compact"),
                MEMBER_ID, USER_ID, Instant.parse("2026-06-12T15:00:00Z"));
    }

    public static CertificateIssued certificateIssued() {
        return new CertificateIssued(CERTIFICATE_ID, VERIFICATION_CODE, ENROLLMENT_ID, COURSE_ID,
                Map.of("it", "La Carta etica ISEC e il Global Compact", "en", "The ISEC charter and the Global Compact"),
                MEMBER_ID, USER_ID, "amina@example.org", "it", Instant.parse("2026-06-12T15:00:01Z"));
    }
}
