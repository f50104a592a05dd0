package org.isec.training.domain.certificates;

import org.isec.defaults.problem.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Public verification of certificates by their code; there is no listing, so codes cannot be enumerated. */
@Service
public class CertificateService {

    /** Where certificates live: inside their enrolments (collection name of the enrolment document). */
    static final String ENROLLMENTS = "enrollments";

    private final MongoTemplate mongo;
    private final String verificationBaseUrl;

    CertificateService(MongoTemplate mongo, @Value("${isec.training.certificate-verification-url:"
            + "http://localhost:8080/api/training/certificates/}") String verificationBaseUrl) {
        this.mongo = mongo;
        this.verificationBaseUrl = verificationBaseUrl.endsWith("/") ? verificationBaseUrl : verificationBaseUrl + "/";
    }

    public Certificate verify(String typedCode) {
        String code = VerificationCodes.normalise(typedCode)
                .orElseThrow(() -> new NotFoundException("certificate", "with this code"));
        Query query = Query.query(where("certificate.verificationCode").is(code));
        query.fields().include("certificate");
        Holder holder = mongo.findOne(query, Holder.class, ENROLLMENTS);
        if (holder == null || holder.certificate == null) {
            throw new NotFoundException("certificate", code);
        }
        return holder.certificate;
    }

    public byte[] pdf(Certificate certificate) {
        return CertificatePdf.of(certificate, verificationUrl(certificate));
    }

    public String verificationUrl(Certificate certificate) {
        return verificationBaseUrl + certificate.verificationCode();
    }

    /** Reads only the embedded certificate, not the enrolment around it. */
    static final class Holder {
        Certificate certificate;
    }
}
