package org.isec.marketplace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.problem.InvalidField;
import org.isec.defaults.problem.InvalidInputException;

/** Assertions that a rule refused with the problem a client would see. */
final class Problems {

    private Problems() {
    }

    static void conflict(String code, ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).isInstanceOf(ConflictException.class);
        assertThat(((ConflictException) t).code()).isEqualTo(code);
    }

    static void forbidden(String code, ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).isInstanceOf(ForbiddenException.class);
        assertThat(((ForbiddenException) t).code()).isEqualTo(code);
    }

    static void invalid(String field, ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) t).errors()).extracting(InvalidField::field).contains(field);
    }
}
