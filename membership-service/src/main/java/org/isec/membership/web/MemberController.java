package org.isec.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.isec.defaults.security.Caller;
import org.isec.membership.domain.MemberDirectory;
import org.isec.membership.domain.MemberService;
import org.isec.membership.domain.ProfileChanges;
import org.isec.membership.domain.StandingService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/membership/members")
@Tag(name = "Members", description = "The member directory, profiles, and standing (suspension, reinstatement).")
class MemberController {

    private final MemberDirectory directory;
    private final MemberService members;
    private final StandingService standing;
    private final ProfilePatchReader patches;

    MemberController(MemberDirectory directory, MemberService members, StandingService standing,
                     ProfilePatchReader patches) {
        this.directory = directory;
        this.members = members;
        this.standing = standing;
        this.patches = patches;
    }

    @GetMapping
    @Operation(summary = "Member directory (members and operators)", description = "Ordered by legal name.")
    PageView<MemberView> find(
            @Parameter(description = "ATECO code or its beginning: 56 finds 56.10.11") @RequestParam(required = false) String sector,
            @Parameter(description = "Italian region, e.g. Lombardia") @RequestParam(required = false) String region,
            @Parameter(description = "Province code, e.g. MI") @RequestParam(required = false) String province,
            @Parameter(description = "ISO 639-1 code the organisation works in") @RequestParam(required = false) String language,
            @Parameter(description = "Text within a capability tag, case-insensitive") @RequestParam(required = false) String capability,
            @RequestParam(required = false) MemberDirectory.Standing standing,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        var filter = new MemberDirectory.Filter(sector, region, province, language, capability, standing);
        return PageView.of(directory.find(filter, page, size, caller), m -> MemberView.of(m, caller));
    }

    @GetMapping("/me")
    @Operation(summary = "Your organisation's profile", description = "Also while suspended.")
    MemberView me(Caller caller) {
        return MemberView.of(members.mine(caller), caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One member's profile")
    MemberView get(@PathVariable String id, Caller caller) {
        return MemberView.of(members.get(id, caller), caller);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change your organisation's profile", description = """
            Merge-patch: only the fields sent change. Editable: organization.atecoCodes, region, province, city, \
            languages, capabilities, employees, website, founderTraits; contact.firstName, lastName, email, phone, \
            language. Identity facts (legalName, vatNumber, legalForm, foundedYear) and server-owned fields \
            (standing, charter, …) are refused by name with 422; unknown fields are ignored. Emits \
            MemberProfileUpdated when something changed.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = ProfileChanges.class),
                    examples = @ExampleObject(value = """
                            {"organization": {"capabilities": ["catering", "halal food", "cooking classes"]},
                             "contact": {"language": "it"}}"""))))
    @ApiResponse(responseCode = "403", description = "OWN_ORGANISATION_ONLY")
    MemberView change(@PathVariable String id, @RequestBody JsonNode body, Caller caller) {
        return MemberView.of(members.changeProfile(id, patches.read(body), caller), caller);
    }

    record SuspendRequest(String reason) {
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Suspend a member (operator)", description = "The member loses the right to trade and "
            + "its users the role member. Emits MemberSuspended (OPERATOR_DECISION).")
    @ApiResponse(responseCode = "409", description = "ALREADY_SUSPENDED")
    MemberView suspend(@PathVariable String id, @RequestBody SuspendRequest request, Caller caller) {
        return MemberView.of(standing.suspend(id, request.reason(), caller), caller);
    }

    record ReinstateRequest(String note) {
    }

    @PostMapping("/{id}/reinstate")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Reinstate a member (operator)", description = "Emits MemberReinstated. A member that "
            + "has not accepted a charter whose deadline passed stays suspended, now for the charter "
            + "(MemberSuspended CHARTER_NOT_ACCEPTED), until it accepts.")
    @ApiResponse(responseCode = "409", description = "NOT_SUSPENDED or CHARTER_ACCEPTANCE_REQUIRED")
    MemberView reinstate(@PathVariable String id, @RequestBody(required = false) ReinstateRequest request,
                         Caller caller) {
        return MemberView.of(standing.reinstate(id, request == null ? null : request.note(), caller), caller);
    }
}
