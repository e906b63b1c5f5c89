package fr.passerelle.enrollment.port.out;

/** What an organisation declared that its invoices must say. */
public interface InvoiceSettings {

    /**
     * Whether the organisation declared its training exempt from VAT (article 261-4-4° a of the CGI: an organisation
     * with a declaration of activity that asked for it).
     */
    boolean vatExempt(String schoolId);
}
