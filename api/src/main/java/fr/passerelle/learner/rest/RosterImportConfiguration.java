package fr.passerelle.learner.rest;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The student file reader both import paths share, and multipart limits that let its files through. */
@Configuration(proxyBeanMethods = false)
class RosterImportConfiguration {

    /** Room for the multipart envelope (boundaries, part headers) and a few form fields around the file. */
    private static final DataSize ENVELOPE = DataSize.ofKilobytes(64);

    @Bean
    RosterCsv rosterCsv(RosterImportSettings settings) {
        return new RosterCsv(settings.maxFileSize());
    }

    /**
     * Servlet multipart limits, as {@code spring.servlet.multipart.*} configures them but never below what an import
     * takes: Spring Boot's default (1MB per file) would refuse student files the import accepts. It replaces Boot's
     * own bean (which backs off when one exists), so the other {@code spring.servlet.multipart.*} settings still
     * apply.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "spring.servlet.multipart.enabled", matchIfMissing = true)
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, RosterImportSettings settings) {
        long maxFile = settings.maxFileSize().toBytes();
        DataSize fileSize = atLeast(multipart.getMaxFileSize(), maxFile);
        DataSize requestSize = atLeast(multipart.getMaxRequestSize(), maxFile + ENVELOPE.toBytes());
        var raised = new MultipartProperties();
        raised.setLocation(multipart.getLocation());
        raised.setFileSizeThreshold(multipart.getFileSizeThreshold());
        raised.setMaxFileSize(fileSize);
        raised.setMaxRequestSize(requestSize);
        return raised.createMultipartConfig();
    }

    /** The configured size, raised to the minimum; unlimited (negative) stays unlimited. */
    private static DataSize atLeast(DataSize configured, long minimum) {
        if (configured != null && (configured.isNegative() || configured.toBytes() >= minimum)) {
            return configured;
        }
        return DataSize.ofBytes(minimum);
    }
}
