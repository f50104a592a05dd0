package org.isec.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.isec.membership.domain.AuditEntry;
import org.isec.membership.domain.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/membership/audit")
@Tag(name = "Audit", description = "Every operator action: who, when, what, why.")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "The audit log (operator)", description = "Newest first. Actions: APPLICATION_APPROVED, "
            + "APPLICATION_REJECTED, MEMBER_SUSPENDED, MEMBER_REINSTATED, CHARTER_PUBLISHED, ETHICS_REPORT_RESOLVED.")
    PageView<AuditEntry> find(@RequestParam(required = false) String action,
                              @RequestParam(required = false) String targetId,
                              @RequestParam(required = false) String actorUserId,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageView.of(audit.find(action, targetId, actorUserId, page, size), e -> e);
    }
}
