package dev.newsmon.alert.rest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.smallrye.common.annotation.Blocking;

import dev.newsmon.alert.delivery.DeliveryAttempt;
import dev.newsmon.alert.delivery.DeliveryLog;
import dev.newsmon.alert.subscription.Subscription;
import dev.newsmon.alert.subscription.SubscriptionRegistry;
import dev.newsmon.alert.subscription.SubscriptionRequest;
import dev.newsmon.alert.subscription.SubscriptionValidator;
import dev.newsmon.alert.subscription.SubscriptionView;

@Path("/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SubscriptionResource {

    private final SubscriptionRegistry registry;
    private final SubscriptionValidator validator;
    private final DeliveryLog deliveries;

    public SubscriptionResource(SubscriptionRegistry registry, SubscriptionValidator validator, DeliveryLog deliveries) {
        this.registry = registry;
        this.validator = validator;
        this.deliveries = deliveries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SubscriptionRequest request) {
        SubscriptionValidator.Accepted accepted = validator.validate(request);
        Subscription saved = registry.save(accepted.subscription());
        SubscriptionView view = SubscriptionView.of(saved);
        if (accepted.generatedSecret() != null) {
            view = view.withGeneratedSecret(accepted.generatedSecret());
        }
        return Response.created(URI.create("/api/subscriptions/" + saved.id())).entity(view).build();
    }

    @GET
    public List<SubscriptionView> list() {
        return registry.all().stream().map(SubscriptionView::of).toList();
    }

    @GET
    @Path("/{id}")
    public SubscriptionView get(@PathParam("id") String id) {
        return registry.get(id).map(SubscriptionView::of).orElseThrow(() -> notFound(id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        if (!registry.delete(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    /** Every attempt and its outcome, newest first. */
    @GET
    @Path("/{id}/deliveries")
    public List<DeliveryAttempt> deliveries(@PathParam("id") String id) {
        if (registry.get(id).isEmpty() && deliveries.attempts(id).isEmpty()) {
            throw notFound(id);
        }
        return deliveries.attempts(id);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException(Response.status(404).type(MediaType.APPLICATION_JSON)
                .entity(java.util.Map.of("error", "no subscription '" + id + "'")).build());
    }
}
