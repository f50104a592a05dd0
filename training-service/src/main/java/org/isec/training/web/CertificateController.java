package org.isec.training.web;

import org.isec.training.domain.certificates.Certificate;
import org.isec.training.domain.certificates.CertificateService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public: anyone with a verification code may check the certificate, without a token. */
@RestController
@RequestMapping("/api/training/certificates")
class CertificateController {

    private final CertificateService certificates;

    CertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/{code}")
    PublicCertificate verify(@PathVariable String code) {
        Certificate certificate = certificates.verify(code);
        return PublicCertificate.of(certificate, certificates.verificationUrl(certificate));
    }

    @GetMapping("/{code}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        Certificate certificate = certificates.verify(code);
        byte[] pdf = certificates.pdf(certificate);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("certificate-" + certificate.verificationCode() + ".pdf").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }
}
