package uz.fikr.analytics.report.schedule;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import uz.fikr.analytics.report.ReportLanguage;
import uz.fikr.analytics.report.ReportPeriod;
import uz.fikr.analytics.report.archive.ArchivedReport;
import uz.fikr.analytics.report.archive.ReportFormat;

/**
 * Writes and sends a scheduled report's e-mail: one message to all recipients, subject and body in the definition's
 * language (bundle {@code report/messages/mail}), the PDF attached, and a Message-ID made from the definition and
 * the period, so that a copy sent twice is recognisable as the same message.
 */
@Component
class ReportMailer {

    private static final String BUNDLE = "report/messages/mail";

    private final ObjectProvider<JavaMailSender> sender;
    private final ScheduleProperties properties;

    ReportMailer(ObjectProvider<JavaMailSender> sender, ScheduleProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** Whether SMTP is configured ({@code FIKR_SMTP_HOST}); without it nothing can be sent. */
    boolean configured() {
        JavaMailSender mail = sender.getIfAvailable();
        return mail != null && !(mail instanceof JavaMailSenderImpl impl && (impl.getHost() == null
                || impl.getHost().isBlank()));
    }

    /**
     * Sends the e-mail; returns when the SMTP server accepted it.
     *
     * @throws org.springframework.mail.MailException when it did not
     */
    void send(ReportDefinition definition, ReportPeriod period, ArchivedReport report, byte[] pdf) {
        JavaMailSender mail = sender.getObject();
        ReportLanguage language = definition.language();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String attachment = ReportFormat.PDF.fileName(report.fileName());
        Object[] arguments = {report.title(), periodLabel(period, texts, language.locale()), definition.name(),
            attachment};
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(definition.recipients().toArray(String[]::new));
            helper.setSubject(format(texts, "subject." + period.kind().parameter(), arguments, language.locale()));
            helper.setText(format(texts, "body", arguments, language.locale()));
            helper.addAttachment(attachment, new ByteArrayResource(pdf), ReportFormat.PDF.mediaType());
            message.setHeader("Message-ID", Delivery.messageId(definition.id(), period));
            mail.send(message);
        } catch (MessagingException e) {
            throw new MailPreparationException("The report e-mail could not be written", e);
        }
    }

    private static String periodLabel(ReportPeriod period, ResourceBundle texts, Locale locale) {
        return switch (period.kind()) {
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(period.from());
            case QUARTER -> format(texts, "period.quarter", new Object[] {
                String.valueOf(period.from().get(IsoFields.QUARTER_OF_YEAR)), String.valueOf(period.from().getYear())},
                locale);
            case YEAR -> String.valueOf(period.from().getYear());
            case CUSTOM -> period.from() + " – " + period.to();
        };
    }

    private static String format(ResourceBundle texts, String key, Object[] arguments, Locale locale) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
