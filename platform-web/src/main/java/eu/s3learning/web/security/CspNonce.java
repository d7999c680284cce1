package eu.s3learning.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The request's CSP nonce. PrimeFaces refuses a postback without it; plain forms, which load
 * no PrimeFaces script to add it, carry it in a hidden field (see the forms' first line).
 */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
