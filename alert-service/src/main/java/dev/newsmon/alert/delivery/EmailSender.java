package dev.newsmon.alert.delivery;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsmon.events.Alert;
import dev.newsmon.events.Claim;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

/** Sends an alert by SMTP (Quarkus Mailer): a plain-text and an HTML part with both evidence sentences and links. */
@ApplicationScoped
public class EmailSender {

    private final ReactiveMailer mailer;

    public EmailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    public CompletionStage<SendResult> send(String address, DeliveryTask task) {
        Alert alert = task.alert();
        Mail mail = Mail.withText(address, subject(alert), text(alert))
                .setHtml(html(alert))
                .addHeader("X-Newsmon-Delivery-Id", task.deliveryId())
                .addHeader("X-Newsmon-Alert-Id", alert.alertId());
        return mailer.send(mail)
                .map(ignored -> SendResult.ok(null))
                .onFailure().recoverWithItem(e -> SendResult.failed(null, "SMTP: " + e.getMessage()))
                .subscribeAsCompletionStage();
    }

    static String subject(Alert alert) {
        String subject = "[newsmon] " + alert.type() + ": " + alert.summary();
        return subject.length() > 180 ? subject.substring(0, 177) + "..." : subject;
    }

    static String text(Alert alert) {
        StringBuilder out = new StringBuilder();
        out.append(alert.summary()).append("\n\n");
        appendClaim(out, "Now", alert.current());
        appendClaim(out, alert.type() == dev.newsmon.events.AlertType.UPDATE ? "Earlier" : "Contradicts", alert.previous());
        if (alert.corroboratingSources() != null && !alert.corroboratingSources().isEmpty()) {
            out.append("Earlier state also reported by: ").append(String.join(", ", alert.corroboratingSources())).append('\n');
        }
        out.append("\nAlert ").append(alert.alertId()).append('\n');
        return out.toString();
    }

    private static void appendClaim(StringBuilder out, String label, Claim claim) {
        if (claim == null) {
            return;
        }
        out.append(label).append(": ").append(claim.source()).append(", ").append(claim.publishedAt()).append('\n');
        if (claim.evidence() != null) {
            out.append("  \"").append(claim.evidence().sentence()).append("\"\n");
        }
        out.append("  ").append(claim.articleUrl()).append("\n\n");
    }

    static String html(Alert alert) {
        StringBuilder out = new StringBuilder("<html><body>");
        out.append("<p><strong>").append(escape(alert.summary())).append("</strong></p>");
        htmlClaim(out, "Now", alert.current());
        htmlClaim(out, alert.type() == dev.newsmon.events.AlertType.UPDATE ? "Earlier" : "Contradicts", alert.previous());
        out.append("<p style=\"color:#666\">Alert ").append(escape(alert.alertId())).append("</p></body></html>");
        return out.toString();
    }

    private static void htmlClaim(StringBuilder out, String label, Claim claim) {
        if (claim == null) {
            return;
        }
        out.append("<p>").append(label).append(": <a href=\"").append(escape(claim.articleUrl())).append("\">")
                .append(escape(claim.articleTitle() != null ? claim.articleTitle() : claim.articleUrl())).append("</a> (")
                .append(escape(claim.source())).append(")</p>");
        if (claim.evidence() != null) {
            out.append("<blockquote>").append(escape(claim.evidence().sentence())).append("</blockquote>");
        }
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
