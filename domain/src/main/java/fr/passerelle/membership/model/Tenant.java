package fr.passerelle.membership.model;

import java.util.Objects;

/** The organisation a membership belongs to: a school or a company, by id. */
public record Tenant(TenantType type, String id) {

    public Tenant {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static Tenant school(String id) {
        return new Tenant(TenantType.SCHOOL, id);
    }

    public static Tenant company(String id) {
        return new Tenant(TenantType.COMPANY, id);
    }

    /** {@code school:<id>} or {@code company:<id>}: how events and the audit trail name an organisation. */
    public String key() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
