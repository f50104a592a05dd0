package org.isec.training.web;

import java.util.List;

import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.security.Caller;
import org.isec.training.domain.certificates.Certificate;
import org.isec.training.domain.certificates.CertificateService;
import org.isec.training.domain.enrolment.Completions;
import org.isec.training.domain.enrolment.Enrollment;
import org.isec.training.domain.enrolment.EnrollmentService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/training/enrollments")
class EnrollmentController {

    private final EnrollmentService enrollments;
    private final Completions completions;
    private final CertificateService certificates;

    EnrollmentController(EnrollmentService enrollments, Completions completions, CertificateService certificates) {
        this.enrollments = enrollments;
        this.completions = completions;
        this.certificates = certificates;
    }

    @GetMapping("/{id}")
    EnrollmentResponse enrollment(@PathVariable String id, Caller caller) {
        return view(enrollments.visible(id, caller));
    }

    @GetMapping
    List<EnrollmentResponse> list(@RequestParam(defaultValue = "false") boolean mine,
                                  @RequestParam(required = false) String courseId, Caller caller) {
        if (mine) {
            return enrollments.mine(caller).stream().map(this::view).toList();
        }
        if (courseId != null) {
            return enrollments.ofCourse(courseId, caller).stream().map(this::view).toList();
        }
        throw InvalidInputException.of("mine", "use mine=true for your enrolments, or courseId=… for a roster");
    }

    /** @param reason required when an operator cancels someone else's enrolment (kept for the audit) */
    @DeleteMapping("/{id}")
    EnrollmentResponse cancel(@PathVariable String id, @RequestParam(required = false) String reason,
                              Caller caller) {
        return view(enrollments.cancel(id, caller, reason));
    }

    record CompletionRequest(String language) {
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("hasAnyRole('TRAINER', 'OPERATOR')")
    CertificateResponse complete(@PathVariable String id, @RequestBody(required = false) CompletionRequest request,
                                 Caller caller) {
        Certificate certificate = completions.complete(id, caller, request == null ? null : request.language());
        return CertificateResponse.of(certificate, id, certificates.verificationUrl(certificate));
    }

    private EnrollmentResponse view(Enrollment enrollment) {
        return EnrollmentResponse.of(enrollment, enrollments.positionOf(enrollment));
    }
}
