package org.isec.defaults.problem;

import java.io.IOException;

/** Raised while reading a body without Content-Length once it passes the limit; answered 413. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}
