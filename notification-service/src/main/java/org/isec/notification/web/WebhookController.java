package org.isec.notification.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.isec.defaults.security.Caller;
import org.isec.notification.domain.webhooks.WebhookViews;
import org.isec.notification.domain.webhooks.Webhooks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner organisations (realm role {@code partner}, client-credentials tokens) manage their event subscriptions.
 * A partner sees and changes only its own; another's is a 404.
 */
@RestController
@RequestMapping("/api/notifications/webhooks")
@PreAuthorize("hasRole('PARTNER')")
class WebhookController {

    /**
     * @param url        https callback URL on a public address
     * @param eventTypes partner-visible event types, e.g. {@code isec.membership.MemberApproved}
     */
    record SubscriptionRequest(@NotBlank @Size(max = 2048) String url,
                               @NotNull @NotEmpty @Size(max = 50) List<@NotBlank @PartnerVisibleType String> eventTypes) {
    }

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Operation(summary = "Subscribe; the answer carries the signing secret, shown only this once")
    @PostMapping
    ResponseEntity<WebhookViews.Created> subscribe(@Valid @RequestBody SubscriptionRequest request, Caller caller) {
        WebhookViews.Created created = webhooks.subscribe(caller.userId(), request.url(), request.eventTypes());
        return ResponseEntity.created(URI.create("/api/notifications/webhooks/" + created.id())).body(created);
    }

    @GetMapping
    List<WebhookViews.Subscription> list(Caller caller) {
        return webhooks.list(caller.userId());
    }

    @Operation(summary = "The event types a partner can subscribe to")
    @GetMapping("/event-types")
    List<String> eventTypes() {
        return Webhooks.subscribableTypes();
    }

    @GetMapping("/{id}")
    WebhookViews.Subscription get(@PathVariable String id, Caller caller) {
        return webhooks.get(caller.userId(), id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id, Caller caller) {
        webhooks.delete(caller.userId(), id);
    }

    @Operation(summary = "New signing secret, shown once; the previous one keeps signing during the overlap")
    @PostMapping("/{id}/rotate-secret")
    WebhookViews.Rotated rotate(@PathVariable String id, Caller caller) {
        return webhooks.rotateSecret(caller.userId(), id);
    }

    @Operation(summary = "Delivery log: status, attempts, response codes")
    @GetMapping("/{id}/deliveries")
    WebhookViews.DeliveryPage deliveries(@PathVariable String id,
                                         @RequestParam(defaultValue = "0") @Min(0) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                         Caller caller) {
        return webhooks.deliveries(caller.userId(), id, page, size);
    }

    @Operation(summary = "Send a failed delivery again")
    @PostMapping("/{id}/deliveries/{deliveryId}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    WebhookViews.Delivery retry(@PathVariable String id, @PathVariable String deliveryId, Caller caller) {
        return webhooks.retry(caller.userId(), id, deliveryId);
    }
}
