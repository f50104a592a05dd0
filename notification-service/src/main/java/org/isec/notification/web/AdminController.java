package org.isec.notification.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.isec.defaults.security.Caller;
import org.isec.notification.domain.email.EmailDeliveryView;
import org.isec.notification.domain.email.EmailOutbox;
import org.isec.notification.domain.email.EmailStatus;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators watch e-mail delivery: what failed and why, what is still being retried; and send failed ones again. */
@RestController
@RequestMapping("/api/notifications/admin/email-deliveries")
@PreAuthorize("hasRole('OPERATOR')")
class AdminController {

    record DeliveryList(List<EmailDeliveryView> items, EmailStatus status, int page, int size, long total) {
    }

    /** @param reason why it is sent again, for the audit trail */
    record RetryRequest(@Size(max = 500) String reason) {
    }

    private final EmailOutbox emails;

    AdminController(EmailOutbox emails) {
        this.emails = emails;
    }

    @Operation(summary = "E-mail deliveries by status (FAILED by default; PENDING shows those being retried)")
    @GetMapping
    DeliveryList list(@RequestParam(defaultValue = "FAILED") EmailStatus status,
                      @RequestParam(defaultValue = "0") @Min(0) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return new DeliveryList(emails.list(status, page, size), status, page, size, emails.count(status));
    }

    @GetMapping("/{id}")
    EmailDeliveryView get(@PathVariable String id) {
        return emails.get(id);
    }

    @Operation(summary = "Send a failed e-mail again (audited with who and why)")
    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    EmailDeliveryView retry(@PathVariable String id, @RequestBody(required = false) @jakarta.validation.Valid RetryRequest request,
                            Caller caller) {
        return emails.retry(id, caller.username() != null ? caller.username() : caller.userId(),
                request == null ? null : request.reason());
    }
}
