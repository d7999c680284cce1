package eu.s3learning.core.registration;

/** What a person types into the registration form, unchecked. */
public record RegistrationForm(String fullName, String email, String organisation, String countryCode,
                               String language, String timeZone, String password, boolean privacyAccepted) {

    @Override
    public String toString() {
        return "RegistrationForm[" + email + "]";
    }
}
