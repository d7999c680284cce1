package eu.s3learning.web.certificate;

import eu.s3learning.core.certificate.Certificate;
import eu.s3learning.core.certificate.Certificates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public check of a certificate by its code: valid, revoked, or unknown; nothing else of the person. */
@Named
@RequestScoped
public class CertificateCheckView {

    @Inject
    Certificates certificates;

    private String code;
    private Certificate found;
    private boolean looked;

    public Certificate getCertificate() {
        if (!looked && code != null && !code.isBlank()) {
            found = certificates.byCode(code).orElse(null);
            looked = true;
        }
        return found;
    }

    public boolean isAsked() {
        return code != null && !code.isBlank();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
        looked = false;
    }
}
