package org.isec.membership.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.isec.defaults.security.Caller;
import org.isec.membership.domain.ApplicationForm;
import org.isec.membership.domain.ApplicationService;
import org.isec.membership.domain.ApplicationStatus;
import org.isec.membership.domain.Membership;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/membership/applications")
@Tag(name = "Applications", description = "Applying to join (any signed-in user) and operators' decisions.")
class ApplicationController {

    private static final String EXAMPLE = """
            {"organization": {"legalName": "Sapori del Nilo S.r.l.", "vatNumber": "12345678903", "legalForm": "SRL",
              "atecoCodes": ["56.10.11"], "region": "Lombardia", "province": "MI", "city": "Milano",
              "languages": ["it", "ar", "en"], "capabilities": ["catering", "halal food", "event services"],
              "employees": 8, "foundedYear": 2016, "website": "https://example.org"},
             "contact": {"firstName": "Amina", "lastName": "Haddad", "email": "amina@example.org",
              "phone": "+39 02 1234567", "language": "ar"},
             "charterVersion": "1", "charterAccepted": true}""";

    private final ApplicationService applications;

    ApplicationController(ApplicationService applications) {
        this.applications = applications;
    }

    record Created(String id, ApplicationStatus status) {
    }

    @PostMapping
    @Operation(summary = "Apply to join", description = """
            Any signed-in user applies for one organisation. Every rule is checked and every broken one is named \
            in the 422 problem's `errors`: Italian VAT number with its check digit or a well-formed EU VAT number \
            (country prefix); ATECO codes NN.NN or NN.NN.NN; legal form; Italian region and province (which must \
            lie in the region); ISO 639-1 languages; contact e-mail; `charterAccepted: true` and `charterVersion` \
            the version in force. A VAT number already pending or a member, or a user with an open application, \
            is a 409. Emits MembershipApplied.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "valid", value = EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "Submitted")
    @ApiResponse(responseCode = "409", description = "VAT_ALREADY_REGISTERED, APPLICATION_ALREADY_OPEN or ALREADY_MEMBER")
    @ApiResponse(responseCode = "422", description = "Broken rules, each with its field")
    ResponseEntity<Created> apply(@RequestBody ApplicationForm form, Caller caller) {
        Membership application = applications.apply(form, caller);
        return ResponseEntity.created(URI.create("/api/membership/applications/" + application.id()))
                .body(new Created(application.id(), application.status()));
    }

    @GetMapping
    @Operation(summary = "List applications", description = "Operators: all, optionally of one status, oldest "
            + "first. Anyone else: their own.")
    PageView<ApplicationView> list(@RequestParam(required = false) ApplicationStatus status,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        return PageView.of(applications.list(status, page, size, caller), m -> ApplicationView.of(m, caller));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application", description = "For its applicant and operators; 404 for anyone else.")
    ApplicationView get(@PathVariable String id, Caller caller) {
        return ApplicationView.of(applications.get(id, caller), caller);
    }

    record Approved(String memberId) {
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Approve (operator)", description = "The organisation becomes an active member. Emits "
            + "MemberApproved; the applicant's Keycloak user gets role member and org_id (also if Keycloak is "
            + "down now: the task waits on the member and completes when Keycloak is back).")
    @ApiResponse(responseCode = "409", description = "ALREADY_DECIDED")
    Approved approve(@PathVariable String id, Caller caller) {
        return new Approved(applications.approve(id, caller).memberId());
    }

    record RejectRequest(String reason) {
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Reject (operator)", description = "The reason is shown to the applicant. Emits "
            + "MembershipRejected; the VAT number is free for a new application.")
    @ApiResponse(responseCode = "409", description = "ALREADY_DECIDED")
    ApplicationView reject(@PathVariable String id, @RequestBody RejectRequest request, Caller caller) {
        return ApplicationView.of(applications.reject(id, request.reason(), caller), caller);
    }
}
