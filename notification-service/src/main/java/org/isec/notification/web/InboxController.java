package org.isec.notification.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.isec.defaults.security.Caller;
import org.isec.notification.domain.inbox.Inbox;
import org.isec.notification.domain.inbox.InboxPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The caller's in-app notifications: their own, their organisation's and their role's. */
@RestController
@RequestMapping("/api/notifications/inbox")
class InboxController {

    private final Inbox inbox;
    private final Viewers viewers;

    InboxController(Inbox inbox, Viewers viewers) {
        this.inbox = inbox;
        this.viewers = viewers;
    }

    @Operation(summary = "Newest first, with the count of unread entries")
    @GetMapping
    InboxPage page(@RequestParam(defaultValue = "0") @Min(0) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                   Caller caller, HttpServletRequest request) {
        return inbox.page(viewers.of(caller, request), page, size);
    }

    @Operation(summary = "Mark one of your entries read (someone else's is 404)")
    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable String id, Caller caller, HttpServletRequest request) {
        inbox.markRead(viewers.of(caller, request), id);
    }

    @Operation(summary = "Mark all your entries read")
    @PostMapping("/read-all")
    Map<String, Long> readAll(Caller caller, HttpServletRequest request) {
        return Map.of("marked", inbox.markAllRead(viewers.of(caller, request)));
    }

    @Operation(summary = "Server-Sent Events: event 'notification' with an inbox item per new entry",
            description = "Send Last-Event-ID when reconnecting to get what was written in between. "
                    + "The token goes in the Authorization header, never in the URL.")
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, Caller caller,
                      HttpServletRequest request) {
        return inbox.stream(viewers.of(caller, request), lastEventId);
    }
}
