package org.isec.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request body above the gateway's limit; carries the limit so the problem can name it. */
public class RequestTooLarge extends ResponseStatusException {

    private final long limitBytes;

    public RequestTooLarge(long limitBytes) {
        super(HttpStatus.PAYLOAD_TOO_LARGE);
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
