package org.isec.membership.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.isec.defaults.security.Caller;
import org.isec.membership.domain.EthicsReport;
import org.isec.membership.domain.EthicsReportService;
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
@RequestMapping("/api/membership/ethics-reports")
@Tag(name = "Ethics reports", description = "Members report breaches of the charter; operators resolve them. "
        + "The reported member never sees the report or who filed it.")
class EthicsReportController {

    private final EthicsReportService reports;

    EthicsReportController(EthicsReportService reports) {
        this.reports = reports;
    }

    /** @param principle the Global Compact principle breached, 1–10 */
    record FileRequest(String subjectMemberId, Integer principle, String description) {
    }

    record Filed(String id, EthicsReport.Status status) {
    }

    @PostMapping
    @Operation(summary = "Report a member", description = "By a member organisation about another. Emits "
            + "EthicsReportFiled (without the reporter or the description).")
    @ApiResponse(responseCode = "201", description = "Filed")
    ResponseEntity<Filed> file(@RequestBody FileRequest request, Caller caller) {
        EthicsReport report = reports.file(request.subjectMemberId(), request.principle(), request.description(),
                caller);
        return ResponseEntity.created(URI.create("/api/membership/ethics-reports/" + report.id()))
                .body(new Filed(report.id(), report.status()));
    }

    @GetMapping
    @Operation(summary = "List reports", description = "Operators: all, optionally of one status, newest first. "
            + "Members: those their organisation filed.")
    PageView<EthicsReportView> list(@RequestParam(required = false) EthicsReport.Status status,
                                    @RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        return PageView.of(reports.list(status, page, size, caller), r -> EthicsReportView.of(r, caller));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One report", description = "For operators and the reporting organisation; 404 otherwise.")
    EthicsReportView get(@PathVariable String id, Caller caller) {
        return EthicsReportView.of(reports.get(id, caller), caller);
    }

    record ResolveRequest(EthicsReport.Outcome outcome, String note) {
    }

    @PostMapping("/{id}/resolve")
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Resolve a report (operator)", description = "DISMISSED, WARNING or SUSPENSION; "
            + "SUSPENSION suspends the reported member (MemberSuspended ETHICS_SUSPENSION).")
    @ApiResponse(responseCode = "409", description = "ALREADY_RESOLVED")
    EthicsReportView resolve(@PathVariable String id, @RequestBody ResolveRequest request, Caller caller) {
        return EthicsReportView.of(reports.resolve(id, request.outcome(), request.note(), caller), caller);
    }
}
