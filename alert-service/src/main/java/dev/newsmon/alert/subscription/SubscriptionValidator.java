package dev.newsmon.alert.subscription;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.newsmon.events.AlertType;
import dev.newsmon.events.net.AddressGuard;
import dev.newsmon.events.net.RefusedAddressException;
import dev.newsmon.events.watchlist.Watchlist;

/** Turns a request into a subscription or lists everything wrong with it. */
public class SubscriptionValidator {

    /** Pragmatic: one @, no spaces, a dot in the domain. The SMTP server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Watchlist watchlist;
    private final AddressGuard guard;
    private final Clock clock;

    public SubscriptionValidator(Watchlist watchlist, AddressGuard guard, Clock clock) {
        this.watchlist = watchlist;
        this.guard = guard;
        this.clock = clock;
    }

    /** The validated subscription and, when the service generated the webhook secret, that secret. */
    public record Accepted(Subscription subscription, String generatedSecret) {
    }

    public Accepted validate(SubscriptionRequest request) {
        List<String> problems = new ArrayList<>();
        if (request == null) {
            throw new InvalidSubscriptionException(List.of("body: a JSON subscription object is required"));
        }
        String channel = request.channel() == null ? null : request.channel().strip().toLowerCase(Locale.ROOT);
        if (channel == null && request.webhookUrl() != null && request.email() == null) {
            channel = Subscription.WEBHOOK;
        } else if (channel == null && request.email() != null && request.webhookUrl() == null) {
            channel = Subscription.EMAIL;
        }
        String generatedSecret = null;
        String secret = request.secret();
        if (Subscription.WEBHOOK.equals(channel)) {
            if (request.webhookUrl() == null || request.webhookUrl().isBlank()) {
                problems.add("webhookUrl: required for a webhook subscription");
            } else {
                try {
                    guard.check(request.webhookUrl());
                } catch (RefusedAddressException e) {
                    problems.add("webhookUrl: " + e.getMessage());
                }
            }
            if (secret == null || secret.isBlank()) {
                byte[] key = new byte[24];
                RANDOM.nextBytes(key);
                secret = "whsec_" + Base64.getEncoder().encodeToString(key);
                generatedSecret = secret;
            } else if (secret.startsWith("whsec_")) {
                try {
                    if (Base64.getDecoder().decode(secret.substring("whsec_".length())).length < 16) {
                        problems.add("secret: a whsec_ secret must hold at least 16 bytes of base64");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add("secret: whsec_ must be followed by base64");
                }
            } else if (secret.length() < 16) {
                problems.add("secret: at least 16 characters");
            }
            if (request.email() != null) {
                problems.add("email: not allowed on a webhook subscription");
            }
        } else if (Subscription.EMAIL.equals(channel)) {
            if (request.email() == null || !EMAIL.matcher(request.email().strip()).matches()) {
                problems.add("email: '" + request.email() + "' is not an e-mail address");
            }
            if (request.webhookUrl() != null) {
                problems.add("webhookUrl: not allowed on an email subscription");
            }
            secret = null;
        } else {
            problems.add("channel: must be 'webhook' or 'email' (got " + (request.channel() == null ? "nothing" : "'" + request.channel() + "'") + ")");
        }
        List<String> issues = request.issues() == null ? List.of() : request.issues().stream().map(String::strip).toList();
        for (String issue : issues) {
            if (watchlist.issue(issue).isEmpty()) {
                problems.add("issues: unknown issue '" + issue + "' (known: "
                        + String.join(", ", watchlist.issues().stream().map(i -> i.id()).toList()) + ")");
            }
        }
        List<AlertType> types = new ArrayList<>();
        for (String type : request.types() == null ? List.<String>of() : request.types()) {
            try {
                types.add(AlertType.valueOf(type.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add("types: unknown alert type '" + type + "' (UPDATE or CONTRADICTION)");
            }
        }
        double minConfidence = request.minConfidence() == null ? 0.0 : request.minConfidence();
        if (minConfidence < 0 || minConfidence > 1 || Double.isNaN(minConfidence)) {
            problems.add("minConfidence: must be between 0 and 1");
        }
        if (request.name() != null && request.name().length() > 200) {
            problems.add("name: at most 200 characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubscriptionException(problems);
        }
        Subscription subscription = new Subscription(
                "sub-" + UUID.randomUUID(),
                request.name() == null || request.name().isBlank() ? null : request.name().strip(),
                channel,
                request.webhookUrl() == null ? null : request.webhookUrl().strip(),
                secret,
                request.email() == null ? null : request.email().strip(),
                issues,
                types.stream().distinct().toList(),
                minConfidence,
                request.sources() == null ? List.of() : request.sources().stream().map(String::strip).toList(),
                clock.instant());
        return new Accepted(subscription, generatedSecret);
    }
}
